package yearbook.publish;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What the office's workbooks share: fixed document properties (so a rerun of the same year
 * carries the same creator and date), the header, text and number styles, and cell writers.
 * Text is only ever written as a STRING cell: a unit or file name such as =HYPERLINK(…) must
 * stay text, so there is no formula writer here at all.
 */
final class Workbooks {
    static final String FONT = "宋体";
    private static final int MAX_WIDTH_CHARS = 60;
    private static final DataFormatter SHOWN = new DataFormatter(java.util.Locale.ROOT);

    /** An XSSFWorkbook, or for a large year an SXSSFWorkbook over one (see {@link #STREAMED_ABOVE_UNITS}). */
    final Workbook book;
    final CellStyle title;
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrap;
    final CellStyle note;
    final CellStyle dash;
    final CellStyle alert;
    private final Map<String, CellStyle> numbers = new HashMap<>();
    private final java.time.LocalDateTime stamp;

    /**
     * Above this many units a workbook is built as SXSSF: its cells are plain objects written out as
     * text, where XSSF's are XML beans, and a city's 2,000-row sheets took most of publish to build and
     * save. Rows are all kept (no window), so that columns can still be fitted to what they hold.
     * A sub-district (a few dozen units) stays XSSF: its files are compared byte for byte from run to run and
     * release to release. A district of 150 units took 9.8 s to publish as XSSF.
     */
    static final int STREAMED_ABOVE_UNITS = 50;

    /** Whether a workbook of this year is streamed: as asked (tests compare the two ways), else by its units. */
    static boolean streamed(Boolean asked, ReportOrder order) {
        return asked != null ? asked : order.units().size() > STREAMED_ABOVE_UNITS;
    }

    Workbooks(YearReport report, String title) {
        this(report, title, false);
    }

    Workbooks(YearReport report, String title, boolean streamed) {
        XSSFWorkbook xssf = new XSSFWorkbook();
        book = streamed ? new SXSSFWorkbook(xssf, -1, false, false) : xssf;
        stamp = report.compiledOn().atStartOfDay();
        POIXMLProperties.CoreProperties p = xssf.getProperties().getCoreProperties();
        Date compiled = Date.from(report.compiledOn().atStartOfDay(ZoneOffset.UTC).toInstant());
        p.setCreator("yearbook");
        p.setLastModifiedByUser("yearbook");
        p.setCreated(Optional.of(compiled));
        p.setModified(Optional.of(compiled));
        p.setTitle(title);

        Font plain = book.createFont();
        plain.setFontName(FONT);
        plain.setFontHeightInPoints((short) 11);
        Font bold = book.createFont();
        bold.setFontName(FONT);
        bold.setFontHeightInPoints((short) 11);
        bold.setBold(true);
        Font big = book.createFont();
        big.setFontName(FONT);
        big.setFontHeightInPoints((short) 14);
        big.setBold(true);
        Font small = book.createFont();
        small.setFontName(FONT);
        small.setFontHeightInPoints((short) 10);
        small.setColor(IndexedColors.GREY_80_PERCENT.getIndex());

        this.title = book.createCellStyle();
        this.title.setFont(big);
        this.title.setVerticalAlignment(VerticalAlignment.CENTER);

        header = book.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        borders(header);

        text = book.createCellStyle();
        text.setFont(plain);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        borders(text);

        wrap = book.createCellStyle();
        wrap.cloneStyleFrom(text);
        wrap.setWrapText(true);

        dash = book.createCellStyle();
        dash.cloneStyleFrom(text);
        dash.setAlignment(HorizontalAlignment.CENTER);

        Font red = book.createFont();
        red.setFontName(FONT);
        red.setFontHeightInPoints((short) 11);
        red.setBold(true);
        red.setColor(IndexedColors.RED.getIndex());
        alert = book.createCellStyle();
        alert.cloneStyleFrom(text);
        alert.setFont(red);

        note = book.createCellStyle();
        note.setFont(small);
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
    }

    boolean streamed() {
        return book instanceof SXSSFWorkbook;
    }

    private static void borders(CellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
    }

    /** A sheet name Excel accepts (≤ 31 characters, none of []:*?/\), unique in the book. */
    Sheet sheet(String name) {
        String safe = WorkbookUtil.createSafeSheetName(name);
        String candidate = safe;
        for (int n = 2; book.getSheet(candidate) != null; n++) {
            String suffix = "(" + n + ")";
            candidate = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        return book.createSheet(candidate);
    }

    /** #,##0.00 for 2 decimals, #,##0 for none; one style per format and fill. */
    CellStyle number(int decimals, boolean flagged) {
        // asked once per cell of a city's 2,000-row sheets: the format string is built once per decimals
        int key = Math.max(0, decimals) * 2 + (flagged ? 1 : 0);
        CellStyle known = byDecimals.get(key);
        if (known != null) return known;
        String format = decimals <= 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
        CellStyle style = numberFormat(format, flagged);
        byDecimals.put(key, style);
        return style;
    }

    private final Map<Integer, CellStyle> byDecimals = new HashMap<>();

    CellStyle numberFormat(String format, boolean flagged) {
        return numbers.computeIfAbsent(format + (flagged ? "|flag" : ""), k -> {
            CellStyle s = book.createCellStyle();
            s.cloneStyleFrom(text);
            s.setDataFormat(book.createDataFormat().getFormat(format));
            s.setAlignment(HorizontalAlignment.RIGHT);
            if (flagged) {
                // a pale yellow marks a figure the reader should not take at face value
                s.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            return s;
        });
    }

    /** Excel refuses a cell of more text than this; a hostile file can carry a megabyte in one cell. */
    static final int MAX_CELL_CHARS = 32_767;

    static Cell string(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null) c.setCellValue(fitCell(value));
        c.setCellStyle(style);
        return c;
    }

    /** The text itself, or its beginning and how long it was when it is longer than a cell can hold. */
    static String fitCell(String value) {
        if (value.length() <= MAX_CELL_CHARS) return value;
        int keep = 1_000;
        if (Character.isHighSurrogate(value.charAt(keep - 1))) keep--;
        return value.substring(0, keep) + "…(内容过长,已截断,原文共" + value.length() + "字)";
    }

    /**
     * The exact value, unrounded: the cell's format does the rounding on screen. Empty when null.
     * A spreadsheet number is a double: a value whose whole part has more than 15 digits would lose
     * digits in it, and one beyond a double's range Excel shows as an error (#DIV/0!, #NUM!); such a value
     * is written as its exact decimal text instead, never overflowed or cut by a conversion. (Decimals
     * beyond 15 digits are rounded by the cell's format anyway.)
     */
    static Cell number(Row row, int col, BigDecimal value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null) {
            if (fitsASpreadsheetNumber(value)) c.setCellValue(value.doubleValue());
            else c.setCellValue(value.toPlainString().length() > 40 ? value.toString() : value.toPlainString());
        }
        c.setCellStyle(style);
        return c;
    }

    private static final BigDecimal SPREADSHEET_WHOLE_DIGITS = new BigDecimal("1e15");

    /** Whether a double holds every digit of the value's whole part (Excel keeps 15). */
    static boolean fitsASpreadsheetNumber(BigDecimal value) {
        return value.abs().compareTo(SPREADSHEET_WHOLE_DIGITS) < 0;
    }

    static Cell integer(Row row, int col, long value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
        return c;
    }

    /**
     * Printed on A4 landscape, one page wide, the header rows (and the first column, where it
     * names the unit) repeated on every page: the office prints these tables.
     */
    static void printSetup(Sheet sheet, int headerRows, boolean repeatFirstColumn) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setRepeatingRows(new CellRangeAddress(headerRows - 1, headerRows - 1, -1, -1));
        if (repeatFirstColumn) sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 0));
    }

    /** A title row across the table's columns. */
    void title(Sheet sheet, String value, int columns) {
        Row r = sheet.createRow(0);
        r.setHeightInPoints(24);
        string(r, 0, value, title);
        if (columns > 1) sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
    }

    Row header(Sheet sheet, int rowIndex, List<String> names) {
        Row r = sheet.createRow(rowIndex);
        for (int i = 0; i < names.size(); i++) string(r, i, names.get(i), header);
        return r;
    }

    /**
     * Widths from the longest line of each column, counting a CJK character as two (Excel's
     * width unit is the width of a "0"), from firstRow on, so that the title does not count.
     */
    static void fitColumns(Sheet sheet, int columns, int firstRow, int minChars) {
        int[] widest = new int[columns];
        List<CellRangeAddress> merged = sheet.getMergedRegions(); // XSSF builds this list anew on every call
        Map<String, String> numbersShown = new HashMap<>();
        for (int r = firstRow; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) continue;
            for (int c = 0; c < columns; c++) {
                Cell cell = row.getCell(c);
                if (cell == null || merged(merged, r, c)) continue;
                // as displayed, with the cell's number format: +6.55个百分点 is wider than 6.55
                String shown = shown(cell, numbersShown);
                for (String line : shown.split("\n")) widest[c] = Math.max(widest[c], displayWidth(line));
            }
        }
        for (int c = 0; c < columns; c++) {
            int chars = Math.min(MAX_WIDTH_CHARS, Math.max(minChars, widest[c] + 2));
            sheet.setColumnWidth(c, chars * 256);
        }
    }

    /**
     * What DataFormatter shows, without asking it for text (which it returns as it is) and asking it
     * once per format and number: a city's 2,000-row sheets repeat the same few counts.
     */
    private static String shown(Cell cell, Map<String, String> numbersShown) {
        // getStringCellValue: SXSSF builds a rich text (XML beans) for getRichStringCellValue on every call
        if (cell.getCellType() == CellType.STRING) return cell.getStringCellValue();
        if (cell.getCellType() != CellType.NUMERIC) return SHOWN.formatCellValue(cell);
        String key = cell.getCellStyle().getDataFormatString() + "\u0000" + Double.doubleToLongBits(cell.getNumericCellValue());
        return numbersShown.computeIfAbsent(key, k -> SHOWN.formatCellValue(cell));
    }

    /** A merged cell (title, note) spans columns: it must not widen the first one. */
    private static boolean merged(List<CellRangeAddress> merged, int row, int col) {
        for (CellRangeAddress a : merged) if (a.isInRange(row, col)) return true;
        return false;
    }

    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += cp >= 0x2E80 ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    /**
     * Saves with every zip entry stamped with the compile date instead of the clock, so that
     * publishing the same year twice gives byte-identical workbooks (POI stamps "now").
     */
    void save(Path file) {
        if (book instanceof SXSSFWorkbook sx) {
            saveStreamed(sx, file);
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            book.write(bytes);
            book.close();
        } catch (IOException e) {
            throw new UncheckedIOException("无法生成 " + file, e);
        }
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) restamp(e, in, out);
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入 " + file, e);
        }
    }

    private void restamp(ZipEntry e, java.io.InputStream in, ZipOutputStream out) throws IOException {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(stamp);
        out.putNextEntry(copy);
        in.transferTo(out);
        out.closeEntry();
    }

    /**
     * SXSSF's zip gives its entries' sizes only in the central directory, which a ZipInputStream
     * does not read: it is written to a file beside the target and read back through the directory.
     */
    private void saveStreamed(SXSSFWorkbook sx, Path file) {
        Path dir = file.toAbsolutePath().getParent();
        Path raw = null;
        try {
            raw = Files.createTempFile(dir, "." + file.getFileName(), ".raw");
            try (var o = new java.io.BufferedOutputStream(Files.newOutputStream(raw))) {
                sx.write(o);
            } finally {
                sx.close();
                sx.dispose(); // its rows' temporary files
            }
            try (ZipFile in = new ZipFile(raw.toFile());
                 ZipOutputStream out = new ZipOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
                for (var entries = in.entries(); entries.hasMoreElements(); ) {
                    ZipEntry e = entries.nextElement();
                    try (var entry = in.getInputStream(e)) {
                        restamp(e, entry, out);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入 " + file, e);
        } finally {
            if (raw != null) {
                try {
                    Files.deleteIfExists(raw);
                } catch (IOException e) {
                    // hidden, inside the year's temporary folder, which goes as a whole
                }
            }
        }
    }
}

package yearbook.publish;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
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
 * What the office's workbooks share: fixed document properties (so a rerun of the same
 * year carries the same creator and date), the header, text and number styles, sheet
 * names, titles and headers. Cells are written by {@link Cells}, columns fitted by
 * {@link ColumnFit}, tables laid out for print by {@link PrintLayout} and the file saved
 * by {@link ReproducibleZip}.
 */
final class Workbooks {

    static final String FONT = "宋体";

    /**
     * An XSSFWorkbook, or for a large year an SXSSFWorkbook over one (see
     * {@link #STREAMED_ABOVE_UNITS}).
     */
    final Workbook book;

    final CellStyle title;

    final CellStyle header;

    final CellStyle text;

    final CellStyle wrap;

    final CellStyle note;

    final CellStyle dash;

    final CellStyle alert;

    private final Map<String, CellStyle> numbers = new HashMap<>();

    private final LocalDateTime stamp;

    /**
     * Above this many units a workbook is built as SXSSF: its cells are plain objects
     * written out as text, where XSSF's are XML beans, too heavy for thousands of rows
     * (figures in bench/README.md). A sub-district (a few dozen units) stays XSSF: its
     * files are compared byte for byte from run to run and release to release.
     */
    static final int STREAMED_ABOVE_UNITS = 50;

    /**
     * Whether a workbook of this year is streamed: as asked (tests compare the two ways),
     * else by its units.
     */
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

    /**
     * A sheet name Excel accepts (≤ 31 characters, none of []:*?/\), unique in the book.
     */
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
        // asked once per cell of a city's 2,000-row sheets: the format string is built
        // once per decimals
        int key = Math.max(0, decimals) * 2 + (flagged ? 1 : 0);
        CellStyle known = byDecimals.get(key);
        if (known != null) {
            return known;
        }
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

    /** A title row across the table's columns. */
    void title(Sheet sheet, String value, int columns) {
        Row r = sheet.createRow(0);
        r.setHeightInPoints(24);
        Cells.string(r, 0, value, title);
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
        }
    }

    Row header(Sheet sheet, int rowIndex, List<String> names) {
        Row r = sheet.createRow(rowIndex);
        for (int i = 0; i < names.size(); i++) {
            Cells.string(r, i, names.get(i), header);
        }
        return r;
    }

    /** Saved with every zip entry stamped with the compile date, not the clock. */
    void save(Path file) {
        ReproducibleZip.save(book, stamp, file);
    }

}

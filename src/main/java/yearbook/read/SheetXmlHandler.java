package yearbook.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns one sheet's XML (&lt;row&gt;&lt;c r t s&gt;&lt;f/&gt;&lt;v/&gt;&lt;is/&gt;&lt;/c&gt;&lt;/row&gt;) into rows of
 * {@link GridCell}s with the user model's semantics: the cell type from the t attribute (a formula
 * by its cached result, never evaluated), numbers rounded to Excel's 15 digits, a number in a date
 * format is a date (in the workbook's 1900 or 1904 system), and "shown" is what DataFormatter gives.
 * POI's XSSFSheetXMLHandler is not used because it hands on only the formatted text: the raw value
 * and the cell type (is "123" a number or text? is "#N/A" an error?) would be lost.
 */
final class SheetXmlHandler extends DefaultHandler {
    /** Thrown to end parsing of a sheet early, when the sink has what it needs. */
    static final class StopSheet extends SAXException {
        StopSheet() {
            super("stop");
        }
    }

    /** A style's number format, and whether it is a date format (a regex test: once per format, not per cell). */
    private record NumberFormat(int index, String pattern, boolean date) {
        NumberFormat(StylesPart.Format f) {
            this(f.id(), f.pattern(), DateUtil.isADateFormat(f.id(), f.pattern()));
        }
    }

    /** Formats seen across files (a handful in practice; bounded so hostile files cannot grow it). */
    private static final Map<StylesPart.Format, NumberFormat> KNOWN_FORMATS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_KNOWN_FORMATS = 1_000;
    /** DataFormatter builds its formats lazily and keeps them: one per reading thread, not one per sheet. */
    private static final ThreadLocal<DataFormatter> FORMATTER = ThreadLocal.withInitial(() -> {
        DataFormatter f = new DataFormatter();
        f.setUseCachedValuesForFormulaCells(true);
        return f;
    });

    private final RowSink sink;
    private final SharedStringsPart strings;
    private final StylesPart styles;
    private final boolean date1904;
    private final int maxChars;
    private final DataFormatter formatter = FORMATTER.get();
    private final Map<Integer, NumberFormat> formats = new HashMap<>();

    private int row = -1;
    private int col = -1;
    private List<GridCell> cells = new ArrayList<>();
    // the cell being read
    private String type;
    private int style;
    private boolean formula;
    private boolean hasValue;
    private boolean inValue;
    private boolean inInline;
    private boolean inText;
    private boolean inPhonetic;
    private final StringBuilder value = new StringBuilder();

    SheetXmlHandler(RowSink sink, SharedStringsPart strings, StylesPart styles, boolean date1904, int maxChars) {
        this.sink = sink;
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
        this.maxChars = maxChars;
    }

    /** Excel's sheet: rows 1 to 1,048,576, columns A to XFD. */
    static final int MAX_ROWS = 1_048_576;
    static final int MAX_COLUMNS = 16_384;

    /**
     * The column of an A1 reference (B12 → 1): letters only, without CellReference's regex per cell;
     * -1 for a reference no spreadsheet writes (ZZZZZZZZ37, beyond XFD, no letters at all).
     */
    static int column(String ref) {
        int col = 0;
        int letters = 0;
        for (int i = 0; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch == '$') continue;
            if (ch < 'A' || ch > 'Z') break;
            if (++letters > 3) return -1;
            col = col * 26 + (ch - 'A' + 1);
        }
        if (col == 0 || col > MAX_COLUMNS) return -1;
        return col - 1;
    }

    /** A1 for row 0, column 0. */
    static String a1(int row, int col) {
        return CellReference.convertNumToColString(col) + (row + 1);
    }

    static String local(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) return localName;
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        switch (local(localName, qName)) {
            case "row" -> {
                String r = atts.getValue("r");
                int previous = row;
                row = r == null ? row + 1 : rowNumber(r) - 1;
                if (row < 0 || row >= MAX_ROWS) throw corrupt("第" + clip(r) + "行", "行号“" + clip(r) + "”不存在(工作表的行号是1到1048576)", r);
                // rows come in ascending order: a row numbered again would overwrite the earlier one unseen
                if (row <= previous)
                    throw corrupt("第" + (row + 1) + "行", "行号“" + clip(r) + "”重复或顺序颠倒(前一行是第" + (previous + 1) + "行)", r);
                col = -1;
                cells = new ArrayList<>();
            }
            case "c" -> {
                String r = atts.getValue("r");
                int left = col;
                col = r == null ? col + 1 : column(r);
                if (col < 0 || col >= MAX_COLUMNS)
                    throw corrupt(r == null ? "第" + (row + 1) + "行" : clip(r), "单元格位置“" + (r == null ? "第" + (col + 1) + "列" : clip(r))
                            + "”不存在(工作表的列是A到XFD)", r);
                // cells come left to right: one written twice would hide the other
                if (col <= left)
                    throw corrupt(clip(r), "单元格位置“" + clip(r) + "”重复或顺序颠倒(同一行的前一个单元格在" + a1(row, left) + ")", r);
                type = atts.getValue("t");
                String s = atts.getValue("s");
                style = s == null ? 0 : Integer.parseInt(s.trim());
                formula = false;
                hasValue = false;
                value.setLength(0);
            }
            case "f" -> formula = true;
            case "v" -> {
                inValue = true;
                hasValue = true;
            }
            case "is" -> {
                inInline = true;
                hasValue = true;
            }
            case "t" -> inText = inInline;
            case "rPh" -> inPhonetic = true;
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (local(localName, qName)) {
            case "v" -> inValue = false;
            case "is" -> inInline = false;
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> {
                GridCell c = cell();
                if (!c.isBlank()) cells.add(c);
                // a row holds at most one cell per column: more is a corrupt (or hostile) row, not data
                if (cells.size() > MAX_COLUMNS)
                    throw corrupt("第" + (row + 1) + "行", "一行中有超过" + MAX_COLUMNS + "个单元格(工作表只有" + MAX_COLUMNS + "列)", null);
            }
            case "row" -> {
                if (sink.row(row, cells) != RowSink.Next.MORE) throw new StopSheet();
            }
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (!inValue && !(inText && !inPhonetic)) return;
        // A hostile 100 MB inline string is cut here; one char over the limit is kept so the sink sees it is too long.
        int room = maxChars + 1 - value.length();
        if (room > 0) value.append(ch, start, Math.min(length, room));
    }

    private GridCell cell() throws CorruptCell {
        String t = type == null ? "n" : type;
        String v = value.toString();
        return switch (t) {
            case "s" -> {
                if (!hasValue || v.isBlank()) yield GridCell.blank(row, col);
                int index = sharedIndex(v.trim());
                if (index < 0 || index >= strings.size())
                    throw corrupt(a1(row, col), "引用的共享文字第" + clip(v.trim()) + "项不存在(文件中只有" + strings.size() + "项)", v.trim());
                String text = strings.text(index);
                yield text(text);
            }
            case "inlineStr", "str", "d" -> text(v);
            case "b" -> new GridCell(row, col, CellKind.BOOLEAN, null, null, null,
                    hasValue && v.trim().equals("1") ? "TRUE" : "FALSE");
            case "e" -> {
                String code = errorCode(hasValue ? v.trim() : null);
                yield new GridCell(row, col, CellKind.ERROR, code, null, null, code);
            }
            default -> number(v);
        };
    }

    private GridCell text(String text) {
        return new GridCell(row, col, CellKind.TEXT, text, null, null, text);
    }

    private static int rowNumber(String r) {
        try {
            return Integer.parseInt(r.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int sharedIndex(String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A number as spreadsheets store it (digits, sign, point, exponent); anything else (0x1p3, NaN) is none. */
    private static double parseDouble(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) return Double.NaN;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** A raw attribute or value quoted in a finding: at most 40 characters of it. */
    static String clip(String s) {
        if (s == null) return "";
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    private static CorruptCell corrupt(String ref, String what, String seen) {
        return new CorruptCell(null, ref, what, clip(seen));
    }

    /** A number, or a date when its format is a date format (DateUtil.isCellDateFormatted's rule). */
    private GridCell number(String v) {
        double d;
        if (!hasValue || v.isBlank()) {
            if (!formula) return GridCell.blank(row, col);
            d = 0; // a formula without a cached result reads as 0, as in the user model
        } else {
            d = parseDouble(v.trim());
            // NaN, Infinity, 1e400: no number a spreadsheet can hold; the cell keeps what it says, as text
            if (!Double.isFinite(d)) return text(clip(v.trim()));
        }
        NumberFormat f = format(style);
        String shown = generalInteger(f, d);
        if (shown == null) {
            try {
                shown = formatter.formatRawCellContents(d, f.index(), f.pattern(), date1904);
            } catch (RuntimeException e) {
                shown = "";
            }
        }
        if (f.date() && DateUtil.isValidExcelDate(d))
            return new GridCell(row, col, CellKind.DATE, null, SheetWalker.decimal(d), DateUtil.getLocalDateTime(d, date1904), shown);
        return new GridCell(row, col, CellKind.NUMBER, null, SheetWalker.decimal(d), null, shown);
    }

    /**
     * A whole number in the General format shows as its digits (DataFormatter gives the same text; most
     * cells of a report are such counts, and formatting them through DataFormatter was a tenth of reading).
     */
    private static String generalInteger(NumberFormat f, double d) {
        if (f.index() != 0 || !"General".equals(f.pattern()) || d != Math.rint(d) || Math.abs(d) >= 1e10) return null;
        return Long.toString((long) d);
    }

    private NumberFormat format(int styleIndex) {
        return formats.computeIfAbsent(styleIndex, i -> {
            StylesPart.Format f = styles.format(i);
            NumberFormat known = KNOWN_FORMATS.get(f);
            if (known != null) return known;
            NumberFormat n = new NumberFormat(f);
            if (KNOWN_FORMATS.size() < MAX_KNOWN_FORMATS) KNOWN_FORMATS.put(f, n);
            return n;
        });
    }

    /** As the user model: the code of an error cell, #NULL! for an empty one, #ERROR for an unknown one. */
    private static String errorCode(String v) {
        if (v == null || v.isEmpty()) return SheetWalker.errorCode((byte) 0);
        try {
            return FormulaError.forString(v).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }
}

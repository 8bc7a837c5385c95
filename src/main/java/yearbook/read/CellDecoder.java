package yearbook.read;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import yearbook.read.xlsx.MalformedSheetException;
import yearbook.read.xlsx.SharedStringsPart;
import yearbook.read.xlsx.SheetXml;
import yearbook.read.xlsx.StylesPart;

/**
 * A raw .xlsx cell as a {@link GridCell}, with the user model's semantics
 * ({@link SheetWalker}): the cell type from the t attribute (a formula by its cached
 * result, never evaluated), numbers rounded to Excel's 15 digits, a number in a date
 * format is a date (in the workbook's 1900 or 1904 system), and "shown" is what
 * DataFormatter gives. POI's XSSFSheetXMLHandler is not used because it hands on only the
 * formatted text: the raw value and the cell type (is "123" a number or text? is "#N/A"
 * an error?) would be lost.
 */
final class CellDecoder {

    /**
     * A style's number format, and whether it is a date format (a regex test: once per
     * format, not per cell).
     */
    private record NumberFormat(int index, String pattern, boolean date) {
        NumberFormat(StylesPart.Format f) {
            this(f.id(), f.pattern(), DateUtil.isADateFormat(f.id(), f.pattern()));
        }
    }

    /**
     * Formats seen across files (a handful in practice; bounded so hostile files cannot
     * grow it).
     */
    private static final Map<StylesPart.Format, NumberFormat> KNOWN_FORMATS = new ConcurrentHashMap<>();

    private static final int MAX_KNOWN_FORMATS = 1_000;

    /**
     * DataFormatter builds its formats lazily and keeps them: one per reading thread, not
     * one per sheet.
     */
    private static final ThreadLocal<DataFormatter> FORMATTER = ThreadLocal.withInitial(() -> {
        DataFormatter f = new DataFormatter();
        f.setUseCachedValuesForFormulaCells(true);
        return f;
    });

    private final SharedStringsPart strings;

    private final StylesPart styles;

    private final boolean date1904;

    private final DataFormatter formatter = FORMATTER.get();

    private final Map<Integer, NumberFormat> formats = new HashMap<>();

    CellDecoder(SharedStringsPart strings, StylesPart styles, boolean date1904) {
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    /**
     * @param raw the &lt;v&gt; or inline text as written, null when the cell has none
     */
    GridCell cell(int row, int col, String type, int style, boolean formula, String raw)
            throws MalformedSheetException {
        boolean hasValue = raw != null;
        String v = hasValue ? raw : "";
        return switch (type == null ? "n" : type) {
            case "s" -> {
                if (!hasValue || v.isBlank()) {
                    yield GridCell.blank(row, col);
                }
                int index = sharedIndex(v.trim());
                if (index < 0 || index >= strings.size()) {
                    throw new MalformedSheetException(SheetXml.a1(row, col),
                            "引用的共享文字第" + MalformedSheetException.clip(v.trim()) + "项不存在(文件中只有" + strings.size() + "项)",
                            v.trim());
                }
                yield text(row, col, strings.text(index));
            }
            case "inlineStr", "str", "d" -> text(row, col, v);
            case "b" -> new GridCell(row, col, CellKind.BOOLEAN, null, null, null,
                    hasValue && v.trim().equals("1") ? "TRUE" : "FALSE");
            case "e" -> {
                String code = errorCode(hasValue ? v.trim() : null);
                yield new GridCell(row, col, CellKind.ERROR, code, null, null, code);
            }
            default -> number(row, col, style, formula, hasValue, v);
        };
    }

    private static GridCell text(int row, int col, String text) {
        return new GridCell(row, col, CellKind.TEXT, text, null, null, text);
    }

    /**
     * A number, or a date when its format is a date format
     * (DateUtil.isCellDateFormatted's rule).
     */
    private GridCell number(int row, int col, int style, boolean formula, boolean hasValue, String v) {
        double d;
        String digits = null;
        if (!hasValue || v.isBlank()) {
            if (!formula) {
                return GridCell.blank(row, col);
            }
            d = 0; // a formula without a cached result reads as 0, as in the user model
        }
        else {
            digits = v.trim();
            d = parseDouble(digits);
            // NaN, Infinity, 1e400: no number a spreadsheet can hold; the cell keeps what
            // it says, as text
            if (!Double.isFinite(d)) {
                return text(row, col, MalformedSheetException.clip(v.trim()));
            }
        }
        NumberFormat f = format(style);
        String shown = generalInteger(f, d);
        BigDecimal value = digits == null ? SheetWalker.decimal(d) : SheetWalker.decimal(digits, d);
        if (f.date() && DateUtil.isValidExcelDate(d)) {
            LocalDateTime date = DateUtil.getLocalDateTime(d, date1904);
            return shown != null ? new GridCell(row, col, CellKind.DATE, null, value, date, shown)
                    : new GridCell(row, col, CellKind.DATE, value, date, () -> shown(d, f));
        }
        return shown != null ? new GridCell(row, col, CellKind.NUMBER, null, value, null, shown)
                : new GridCell(row, col, CellKind.NUMBER, value, null, () -> shown(d, f));
    }

    /** What the spreadsheet shows of a number in its format (DataFormatter's text). */
    private String shown(double d, NumberFormat f) {
        try {
            return formatter.formatRawCellContents(d, f.index(), f.pattern(), date1904);
        }
        catch (RuntimeException e) {
            return "";
        }
    }

    /**
     * A whole number in the General format shows as its digits (DataFormatter gives the
     * same text; most cells of a report are such counts, and formatting them through
     * DataFormatter was a tenth of reading).
     */
    private static String generalInteger(NumberFormat f, double d) {
        if (f.index() != 0 || !"General".equals(f.pattern()) || d != Math.rint(d) || Math.abs(d) >= 1e10) {
            return null;
        }
        return Long.toString((long) d);
    }

    private NumberFormat format(int styleIndex) {
        return formats.computeIfAbsent(styleIndex, i -> {
            StylesPart.Format f = styles.format(i);
            NumberFormat known = KNOWN_FORMATS.get(f);
            if (known != null) {
                return known;
            }
            NumberFormat n = new NumberFormat(f);
            if (KNOWN_FORMATS.size() < MAX_KNOWN_FORMATS) {
                KNOWN_FORMATS.put(f, n);
            }
            return n;
        });
    }

    private static int sharedIndex(String v) {
        try {
            return Integer.parseInt(v);
        }
        catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * A number as spreadsheets store it (digits, sign, point, exponent); anything else
     * (0x1p3, NaN) is none.
     */
    static double parseDouble(String v) {
        // most cells of a report hold a count: its digits are its value, exact in a
        // double
        // below 10^15, without Double.parseDouble
        boolean digitsOnly = !v.isEmpty() && v.length() <= 15;
        long whole = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                whole = whole * 10 + (c - '0');
                continue;
            }
            digitsOnly = false;
            if (!(c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return Double.NaN;
            }
        }
        if (digitsOnly) {
            return whole;
        }
        try {
            return Double.parseDouble(v);
        }
        catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * As the user model: the code of an error cell, #NULL! for an empty one, #ERROR for
     * an unknown one.
     */
    private static String errorCode(String v) {
        if (v == null || v.isEmpty()) {
            return SheetWalker.errorCode((byte) 0);
        }
        try {
            return FormulaError.forString(v).getString();
        }
        catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }

}

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

    /** The column of an A1 reference (B12 → 1): letters only, without CellReference's regex per cell. */
    static int column(String ref) {
        int col = 0;
        int i = 0;
        for (; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch == '$') continue;
            if (ch < 'A' || ch > 'Z') break;
            col = col * 26 + (ch - 'A' + 1);
        }
        if (col == 0) return new CellReference(ref).getCol(); // not a plain A1 reference: let POI say what it is
        return col - 1;
    }

    static String local(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) return localName;
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (local(localName, qName)) {
            case "row" -> {
                String r = atts.getValue("r");
                row = r == null ? row + 1 : Integer.parseInt(r.trim()) - 1;
                col = -1;
                cells = new ArrayList<>();
            }
            case "c" -> {
                String r = atts.getValue("r");
                col = r == null ? col + 1 : column(r);
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

    private GridCell cell() {
        String t = type == null ? "n" : type;
        String v = value.toString();
        return switch (t) {
            case "s" -> {
                if (!hasValue || v.isBlank()) yield GridCell.blank(row, col);
                int index = Integer.parseInt(v.trim());
                if (index < 0 || index >= strings.size()) yield GridCell.blank(row, col);
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

    /** A number, or a date when its format is a date format (DateUtil.isCellDateFormatted's rule). */
    private GridCell number(String v) {
        double d;
        if (!hasValue || v.isBlank()) {
            if (!formula) return GridCell.blank(row, col);
            d = 0; // a formula without a cached result reads as 0, as in the user model
        } else {
            d = Double.parseDouble(v.trim());
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

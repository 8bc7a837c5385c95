package yearbook.read.xlsx;

import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.util.CellReference;

/**
 * Pulls one sheet's XML (&lt;row r&gt;&lt;c r t
 * s&gt;&lt;f/&gt;&lt;v/&gt;&lt;is&gt;&lt;t/&gt;&lt;/is&gt;&lt;/c&gt;&lt;/row&gt;) and
 * hands each cell on raw, as written: its place, type attribute, style, whether it has a
 * formula, and its value or inline text (phonetic runs left out, cut one character past
 * the longest text a cell may hold). What a value means is the caller's business; here,
 * only what no spreadsheet writes is refused: rows or cells out of order or numbered
 * again, places beyond the sheet's 1,048,576 rows and columns A to XFD.
 */
public final class SheetXml {

    /** Excel's sheet: rows 1 to 1,048,576, columns A to XFD. */
    public static final int MAX_ROWS = 1_048_576;

    public static final int MAX_COLUMNS = 16_384;

    /** Where the raw cells go. */
    public interface Cells {

        /** A row begins: the cells before it (and outside any row) are forgotten. */
        void startRow(int row);

        /**
         * A cell of the current row; {@code value} is null when the cell has neither
         * &lt;v&gt; nor &lt;is&gt;.
         */
        void cell(int row, int col, String type, int style, boolean formula, String value)
                throws MalformedSheetException;

        /**
         * @return false: the rest of the sheet is not wanted
         */
        boolean endRow(int row) throws MalformedSheetException;

    }

    private final int maxChars;

    private final StringBuilder value = new StringBuilder();

    public SheetXml(int maxChars) {
        this.maxChars = maxChars;
    }

    /** Walks the sheet until its end or until {@code cells} wants no more. */
    public void walk(InputStream in, Cells cells) throws XMLStreamException, MalformedSheetException {
        // unwrapped: this loop sees every event of the sheet and refuses declarations
        // itself
        XMLStreamReader x = XmlParts.openPulled(in);
        try {
            walk(x, cells);
        }
        finally {
            x.close();
        }
    }

    private void walk(XMLStreamReader x, Cells cells) throws XMLStreamException, MalformedSheetException {
        int row = -1;
        int col = -1;
        String type = null;
        int style = 0;
        boolean formula = false;
        boolean hasValue = false;
        boolean inValue = false;
        boolean inInline = false;
        boolean inText = false;
        boolean inPhonetic = false;
        while (x.hasNext()) {
            switch (XmlParts.refuseDeclarations(x.next())) {
                case XMLStreamConstants.START_ELEMENT -> {
                    switch (x.getLocalName()) {
                        case "row" -> {
                            row = rowAfter(XmlParts.attribute(x, "r"), row);
                            col = -1;
                            cells.startRow(row);
                        }
                        case "c" -> {
                            // r, t and s in one pass over the cell's attributes
                            String r = null;
                            String t = null;
                            String s = null;
                            for (int i = 0, n = x.getAttributeCount(); i < n; i++) {
                                String name = x.getAttributeLocalName(i);
                                if (name.length() != 1) {
                                    continue;
                                }
                                String prefix = x.getAttributePrefix(i);
                                if (prefix != null && !prefix.isEmpty()) {
                                    continue;
                                }
                                switch (name.charAt(0)) {
                                    case 'r' -> r = x.getAttributeValue(i);
                                    case 't' -> t = x.getAttributeValue(i);
                                    case 's' -> s = x.getAttributeValue(i);
                                    default -> {
                                    }
                                }
                            }
                            col = columnAfter(r, row, col);
                            type = t;
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
                        default -> {
                        }
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    switch (x.getLocalName()) {
                        case "v" -> inValue = false;
                        case "is" -> inInline = false;
                        case "t" -> inText = false;
                        case "rPh" -> inPhonetic = false;
                        case "c" -> cells.cell(row, col, type, style, formula, hasValue ? value.toString() : null);
                        case "row" -> {
                            if (!cells.endRow(row)) {
                                return;
                            }
                        }
                        default -> {
                        }
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!inValue && !(inText && !inPhonetic)) {
                        continue;
                    }
                    // A hostile 100 MB inline string is cut here; one char over the limit
                    // is kept so the caller sees it is too long.
                    int room = maxChars + 1 - value.length();
                    if (room > 0) {
                        value.append(x.getTextCharacters(), x.getTextStart(), Math.min(x.getTextLength(), room));
                    }
                }
                default -> {
                }
            }
        }
    }

    /**
     * The row a {@code <row r=…>} opens, after the row before it; refused if it does not
     * exist or comes out of order.
     */
    private static int rowAfter(String r, int previous) throws MalformedSheetException {
        int row = r == null ? previous + 1 : rowNumber(r) - 1;
        if (row < 0 || row >= MAX_ROWS) {
            throw new MalformedSheetException("第" + clip(r) + "行", "行号“" + clip(r) + "”不存在(工作表的行号是1到1048576)", r);
        }
        // rows come in ascending order: a row numbered again would overwrite the earlier
        // one unseen
        if (row <= previous) {
            throw new MalformedSheetException("第" + (row + 1) + "行",
                    "行号“" + clip(r) + "”重复或顺序颠倒(前一行是第" + (previous + 1) + "行)", r);
        }
        return row;
    }

    /**
     * The column a {@code <c r=…>} sits in, after the cell left of it; refused if it does
     * not exist or comes out of order.
     */
    private static int columnAfter(String r, int row, int left) throws MalformedSheetException {
        int col = r == null ? left + 1 : column(r);
        if (col < 0 || col >= MAX_COLUMNS) {
            throw new MalformedSheetException(r == null ? "第" + (row + 1) + "行" : clip(r),
                    "单元格位置“" + (r == null ? "第" + (col + 1) + "列" : clip(r)) + "”不存在(工作表的列是A到XFD)", r);
        }
        // cells come left to right: one written twice would hide the other
        if (col <= left) {
            throw new MalformedSheetException(clip(r),
                    "单元格位置“" + clip(r) + "”重复或顺序颠倒(同一行的前一个单元格在" + a1(row, left) + ")", r);
        }
        return col;
    }

    /**
     * The column of an A1 reference (B12 → 1): letters only, without CellReference's
     * regex per cell; -1 for a reference no spreadsheet writes (ZZZZZZZZ37, beyond XFD,
     * no letters at all).
     */
    public static int column(String ref) {
        int col = 0;
        int letters = 0;
        for (int i = 0; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch == '$') {
                continue;
            }
            if (ch < 'A' || ch > 'Z') {
                break;
            }
            if (++letters > 3) {
                return -1;
            }
            col = col * 26 + (ch - 'A' + 1);
        }
        if (col == 0 || col > MAX_COLUMNS) {
            return -1;
        }
        return col - 1;
    }

    /** A1 for row 0, column 0. */
    public static String a1(int row, int col) {
        return CellReference.convertNumToColString(col) + (row + 1);
    }

    private static int rowNumber(String r) {
        try {
            return Integer.parseInt(r.trim());
        }
        catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String clip(String s) {
        return MalformedSheetException.clip(s);
    }

}

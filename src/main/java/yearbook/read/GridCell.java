package yearbook.read;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One cell as the reader sees it, independent of the file format and of POI. text: the
 * string of a TEXT cell or the code of an ERROR cell (#REF!); number: a NUMBER or DATE
 * cell's value; date: a DATE cell's value; shown: what the clerk saw on screen.
 *
 * <p>
 * What was shown may be formatted only when asked for: a station's million readings are
 * quoted only in a finding, and formatting each as the spreadsheet shows it was a fifth
 * of reading them. Equal, hashed and printed as the record it was.
 */
final class GridCell {

    private final int row;

    private final int col;

    private final CellKind kind;

    private final String text;

    private final BigDecimal number;

    private final LocalDateTime date;

    private String shown;

    private Supplier<String> format;

    GridCell(int row, int col, CellKind kind, String text, BigDecimal number, LocalDateTime date, String shown) {
        this.row = row;
        this.col = col;
        this.kind = kind;
        this.text = text;
        this.number = number;
        this.date = date;
        this.shown = shown;
    }

    /**
     * A cell whose shown text is formatted when first asked for, on the reading thread
     * (the formatter is that thread's).
     */
    GridCell(int row, int col, CellKind kind, BigDecimal number, LocalDateTime date, Supplier<String> format) {
        this(row, col, kind, null, number, date, null);
        this.format = format;
    }

    static GridCell blank(int row, int col) {
        return new GridCell(row, col, CellKind.BLANK, null, null, null, "");
    }

    int row() {
        return row;
    }

    int col() {
        return col;
    }

    CellKind kind() {
        return kind;
    }

    String text() {
        return text;
    }

    BigDecimal number() {
        return number;
    }

    LocalDateTime date() {
        return date;
    }

    String shown() {
        if (format != null) {
            shown = format.get();
            format = null;
        }
        return shown;
    }

    boolean isBlank() {
        return kind == CellKind.BLANK || (kind == CellKind.TEXT && text.isBlank());
    }

    /** The text as seen, trimmed: what a finding quotes as the value seen. */
    String seen() {
        String s = shown();
        return s == null ? "" : s.strip();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GridCell c && row == c.row && col == c.col && kind == c.kind && Objects.equals(text, c.text)
                && Objects.equals(number, c.number) && Objects.equals(date, c.date)
                && Objects.equals(shown(), c.shown());
    }

    @Override
    public int hashCode() {
        return Objects.hash(row, col, kind, text, number, date, shown());
    }

    @Override
    public String toString() {
        return "GridCell[row=" + row + ", col=" + col + ", kind=" + kind + ", text=" + text + ", number=" + number
                + ", date=" + date + ", shown=" + shown() + "]";
    }

}

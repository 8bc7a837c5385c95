package yearbook.read;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One cell as the reader sees it, independent of the file format and of POI. text: the
 * string of a TEXT cell or the code of an ERROR cell (#REF!); number: a NUMBER or DATE
 * cell's value; date: a DATE cell's value; shown: what the clerk saw on screen.
 */
record GridCell(int row, int col, CellKind kind, String text, BigDecimal number, LocalDateTime date, String shown) {

    static GridCell blank(int row, int col) {
        return new GridCell(row, col, CellKind.BLANK, null, null, null, "");
    }

    boolean isBlank() {
        return kind == CellKind.BLANK || (kind == CellKind.TEXT && text.isBlank());
    }

    /** The text as seen, trimmed: what a finding quotes as the value seen. */
    String seen() {
        return shown == null ? "" : shown.strip();
    }
}

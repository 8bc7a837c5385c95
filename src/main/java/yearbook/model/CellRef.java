package yearbook.model;

import java.util.stream.IntStream;
import org.apache.poi.ss.util.CellReference;

/**
 * Where a value was read: sheet name and A1-style cell, printed as 报表!D9. Either part may
 * be null.
 */
public record CellRef(String sheet, String cell) {
    public static final CellRef NONE = new CellRef(null, null);

    /** A to CZ: the columns of every report and target sheet. */
    private static final String[] FIRST_COLUMNS = IntStream.range(0, 104)
        .mapToObj(CellReference::convertNumToColString)
        .toArray(String[]::new);

    public static CellRef of(String sheet, int rowIndex, int columnIndex) {
        String column = columnIndex >= 0 && columnIndex < FIRST_COLUMNS.length ? FIRST_COLUMNS[columnIndex]
                : CellReference.convertNumToColString(columnIndex);
        return new CellRef(sheet, column + (rowIndex + 1));
    }

    @Override
    public String toString() {
        if (sheet == null && cell == null) {
            return "";
        }
        if (cell == null) {
            return sheet;
        }
        if (sheet == null) {
            return cell;
        }
        return sheet + "!" + cell;
    }
}

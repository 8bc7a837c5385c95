package yearbook.model;

import org.apache.poi.ss.util.CellReference;

/**
 * Where a value was read: sheet name and A1-style cell, printed as 报表!D9. Either part may
 * be null.
 */
public record CellRef(String sheet, String cell) {
    public static final CellRef NONE = new CellRef(null, null);

    public static CellRef of(String sheet, int rowIndex, int columnIndex) {
        return new CellRef(sheet, CellReference.convertNumToColString(columnIndex) + (rowIndex + 1));
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

package yearbook.read;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A sheet's non-blank cells by row, as read by a {@link SheetWalker}. */
final class SheetGrid {

    private final String name;

    private final TreeMap<Integer, TreeMap<Integer, GridCell>> rows = new TreeMap<>();

    SheetGrid(String name, List<GridCell> cells) {
        this.name = name;
        for (GridCell c : cells) {
            if (c.isBlank()) {
                continue;
            }
            rows.computeIfAbsent(c.row(), r -> new TreeMap<>()).put(c.col(), c);
        }
    }

    String name() {
        return name;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Row indices holding at least one non-blank cell, in order. */
    Iterable<Integer> rowIndices() {
        return rows.keySet();
    }

    Iterable<Integer> rowIndicesAfter(int row) {
        return rows.tailMap(row, false).keySet();
    }

    Iterable<Integer> rowIndicesBefore(int row) {
        return rows.headMap(row, false).keySet();
    }

    /** The non-blank cells of a row, left to right. */
    List<GridCell> row(int row) {
        Map<Integer, GridCell> r = rows.get(row);
        return r == null ? List.of() : List.copyOf(r.values());
    }

    GridCell cell(int row, int col) {
        Map<Integer, GridCell> r = rows.get(row);
        GridCell c = r == null ? null : r.get(col);
        return c == null ? GridCell.blank(row, col) : c;
    }

}

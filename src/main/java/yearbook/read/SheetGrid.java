package yearbook.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A sheet's non-blank cells by row, as read by a {@link SheetWalker}. Built once per
 * sheet and then only looked up: sorted arrays searched by halves, not a map of maps (a
 * boxed key and a tree node per cell, a fifteenth of reading a report).
 */
final class SheetGrid {

    private static final Comparator<GridCell> BY_PLACE = Comparator.comparingInt(GridCell::row)
        .thenComparingInt(GridCell::col);

    private final String name;

    /** The rows holding a non-blank cell, ascending. */
    private final int[] rowNumbers;

    /** Each of those rows' cells, left to right. */
    private final List<List<GridCell>> rowCells;

    SheetGrid(String name, List<GridCell> cells) {
        this.name = name;
        List<GridCell> sorted = new ArrayList<>(cells.size());
        for (GridCell c : cells) {
            if (!c.isBlank()) {
                sorted.add(c);
            }
        }
        // walkers hand cells over in order; a stable sort keeps the last of a place
        // written twice last, and that one stands
        sorted.sort(BY_PLACE);
        int[] rows = new int[sorted.size()];
        List<List<GridCell>> cellsOfRows = new ArrayList<>();
        List<GridCell> current = List.of();
        int n = 0;
        for (GridCell c : sorted) {
            if (n == 0 || rows[n - 1] != c.row()) {
                rows[n++] = c.row();
                current = new ArrayList<>();
                cellsOfRows.add(current);
            }
            if (!current.isEmpty() && current.get(current.size() - 1).col() == c.col()) {
                current.set(current.size() - 1, c);
            }
            else {
                current.add(c);
            }
        }
        this.rowNumbers = Arrays.copyOf(rows, n);
        this.rowCells = cellsOfRows.stream().map(List::copyOf).toList();
    }

    String name() {
        return name;
    }

    boolean isEmpty() {
        return rowNumbers.length == 0;
    }

    /** Row indices holding at least one non-blank cell, in order. */
    Iterable<Integer> rowIndices() {
        return rows(0, rowNumbers.length);
    }

    Iterable<Integer> rowIndicesAfter(int row) {
        int i = Arrays.binarySearch(rowNumbers, row);
        return rows(i >= 0 ? i + 1 : -i - 1, rowNumbers.length);
    }

    Iterable<Integer> rowIndicesBefore(int row) {
        int i = Arrays.binarySearch(rowNumbers, row);
        return rows(0, i >= 0 ? i : -i - 1);
    }

    private Iterable<Integer> rows(int from, int to) {
        return () -> IntStream.range(from, to).map(i -> rowNumbers[i]).iterator();
    }

    /** The non-blank cells of a row, left to right. */
    List<GridCell> row(int row) {
        int i = Arrays.binarySearch(rowNumbers, row);
        return i < 0 ? List.of() : rowCells.get(i);
    }

    GridCell cell(int row, int col) {
        List<GridCell> cells = row(row);
        int lo = 0;
        int hi = cells.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = cells.get(mid).col();
            if (c < col) {
                lo = mid + 1;
            }
            else if (c > col) {
                hi = mid - 1;
            }
            else {
                return cells.get(mid);
            }
        }
        return GridCell.blank(row, col);
    }

}

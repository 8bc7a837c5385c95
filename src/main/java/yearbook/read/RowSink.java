package yearbook.read;

import java.util.List;

/**
 * Where a walker delivers a workbook's visible sheets, row by row, in workbook order. The
 * one interface behind which a small .xls (read whole) and a million-row .xlsx (streamed)
 * look alike.
 */
interface RowSink {

    /** What the walker does after a row. */
    enum Next {

        MORE, NEXT_SHEET, STOP

    }

    /**
     * @return false: do not read this sheet nor any later one
     */
    boolean startSheet(String name);

    /**
     * A row's non-blank cells, left to right. Rows without content may be passed as an
     * empty list (the sink checks its time budget there too).
     */
    Next row(int index, List<GridCell> cells);

    /**
     * @return true: the walk is over (the data sheet has been read, or reading was
     * stopped)
     */
    boolean endSheet();

}

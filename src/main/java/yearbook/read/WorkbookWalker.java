package yearbook.read;

import java.nio.file.Path;

/**
 * Opens a workbook and delivers its visible sheets to a {@link RowSink}. Formulas are
 * never evaluated.
 */
interface WorkbookWalker {

    /** Throws what the format library throws; the reader turns it into a finding. */
    void walk(Path file, RowSink sink) throws Exception;

}

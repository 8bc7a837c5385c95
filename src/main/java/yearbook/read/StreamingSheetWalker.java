package yearbook.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import yearbook.read.xlsx.MalformedSheetException;
import yearbook.read.xlsx.SheetXml;
import yearbook.read.xlsx.Watchdog;
import yearbook.read.xlsx.WorkbookPart;
import yearbook.read.xlsx.XlsxPackage;

/**
 * Streams an .xlsx/.xlsm ({@link XlsxPackage}, {@link SheetXml}): sheet XML is pulled
 * cell by cell and each row is handed on and forgotten, so a million-row sheet needs no
 * more memory than one row. Only workbook.xml, styles.xml and the shared strings are
 * held, each bounded in size. Cells keep exactly the semantics of the user model
 * ({@link SheetWalker}): see {@link CellDecoder}.
 */
final class StreamingSheetWalker implements WorkbookWalker {

    private final ReadLimits limits;

    private final XlsxPackage.Limits packageLimits;

    StreamingSheetWalker(ReadLimits limits) {
        this.limits = limits;
        this.packageLimits = new XlsxPackage.Limits(limits.maxZipEntries(), limits.maxEntryBytes(),
                PoiGuards.MIN_INFLATE_RATIO, limits.maxSmallPartBytes());
    }

    @Override
    public void walk(Path file, RowSink sink) throws IOException, XMLStreamException, CorruptCell {
        Watchdog dog = watchdog();
        try (XlsxPackage pkg = XlsxPackage.open(file, packageLimits, dog)) {
            walk(pkg, sink);
        }
    }

    /**
     * A small workbook straight from its bytes: no temporary file written, read and
     * deleted per file.
     */
    void walk(byte[] content, RowSink sink) throws IOException, XMLStreamException, CorruptCell {
        Watchdog dog = watchdog();
        try (XlsxPackage pkg = XlsxPackage.open(content, packageLimits, dog)) {
            walk(pkg, sink);
        }
    }

    /** One watchdog for the whole file: every part the parser pulls goes through it. */
    private Watchdog watchdog() {
        return new Watchdog(limits.timeBudget(), limits.maxXmlBytes());
    }

    private void walk(XlsxPackage pkg, RowSink sink) throws IOException, XMLStreamException, CorruptCell {
        try {
            walkSheets(pkg, sink);
        }
        catch (XMLStreamException e) {
            throw XlsxPackage.unwrapped(e);
        }
    }

    private void walkSheets(XlsxPackage pkg, RowSink sink) throws IOException, XMLStreamException, CorruptCell {
        WorkbookPart workbook = pkg.workbook();
        CellDecoder decoder = new CellDecoder(pkg.sharedStrings(), pkg.styles(), workbook.date1904());
        SheetXml xml = new SheetXml(limits.maxCellChars());
        for (WorkbookPart.SheetEntry sheet : workbook.sheets()) {
            if (!sheet.visible()) {
                continue;
            }
            if (!sink.startSheet(sheet.name())) {
                return;
            }
            try (InputStream in = pkg.sheet(sheet.relationId())) {
                xml.walk(in, new Rows(sink, decoder));
            }
            catch (MalformedSheetException m) {
                throw new CorruptCell(sheet.name(), m.ref, m.what, m.seen);
            }
            if (sink.endSheet()) {
                return;
            }
        }
    }

    /** A sheet's raw cells decoded and gathered into rows for the sink. */
    private static final class Rows implements SheetXml.Cells {

        private final RowSink sink;

        private final CellDecoder decoder;

        private List<GridCell> cells = new ArrayList<>();

        Rows(RowSink sink, CellDecoder decoder) {
            this.sink = sink;
            this.decoder = decoder;
        }

        @Override
        public void startRow(int row) {
            cells = new ArrayList<>();
        }

        @Override
        public void cell(int row, int col, String type, int style, boolean formula, String value)
                throws MalformedSheetException {
            GridCell c = decoder.cell(row, col, type, style, formula, value);
            if (!c.isBlank()) {
                cells.add(c);
            }
            // a row holds at most one cell per column: more is a corrupt (or hostile)
            // row, not data
            if (cells.size() > SheetXml.MAX_COLUMNS) {
                throw new MalformedSheetException("第" + (row + 1) + "行",
                        "一行中有超过" + SheetXml.MAX_COLUMNS + "个单元格(工作表只有" + SheetXml.MAX_COLUMNS + "列)", null);
            }
        }

        @Override
        public boolean endRow(int row) {
            return sink.row(row, cells) == RowSink.Next.MORE;
        }

    }

}

package yearbook.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.SAXException;

/**
 * Streams an .xlsx/.xlsm with POI's event API (XSSFReader): sheet XML is parsed as SAX events and
 * each row is handed on and forgotten, so a million-row sheet needs no more memory than one row.
 * Only workbook.xml, styles.xml and the shared strings are held, each bounded in size.
 * Cells keep exactly the semantics of the user model ({@link SheetWalker}): see {@link SheetXmlHandler}.
 */
final class StreamingSheetWalker implements WorkbookWalker {
    private static final Set<String> WORKBOOK_TYPES = Set.of(XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(), XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType(), XSSFRelation.MACRO_ADDIN_WORKBOOK.getContentType());

    private final ReadLimits limits;

    StreamingSheetWalker(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public void walk(Path file, RowSink sink) throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            walk(pkg, sink);
        }
    }

    /**
     * A small workbook straight from its bytes: no temporary file written, read and deleted per file
     * (a fifth of the read stage's time at 24,000 files). POI's zip guards (inflate ratio, entry size)
     * apply as for a file; the expanded entries are held on the heap, so only small files come here.
     */
    void walk(byte[] content, RowSink sink) throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        try (OPCPackage pkg = OPCPackage.open(new java.io.ByteArrayInputStream(content))) {
            walk(pkg, sink);
        }
    }

    private void walk(OPCPackage pkg, RowSink sink) throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        requireSpreadsheet(pkg);
        // one watchdog for the whole file: every part the parser pulls goes through it
        Watchdog dog = new Watchdog(limits.timeBudget(), limits.maxXmlBytes());
        XSSFReader reader = new XSSFReader(pkg);
        WorkbookPart workbook = WorkbookPart.read(bounded(dog.watch(reader.getWorkbookData()), "workbook"));
        StylesPart styles = styles(pkg, dog);
        SharedStringsPart strings = sharedStrings(pkg, dog);
        for (WorkbookPart.SheetEntry sheet : workbook.sheets()) {
            if (!sheet.visible()) continue;
            if (!sink.startSheet(sheet.name())) return;
            try (InputStream in = dog.watch(reader.getSheet(sheet.relationId()))) {
                parse(in, new SheetXmlHandler(sink, strings, styles, workbook.date1904(), limits.maxCellChars()));
            } catch (SheetXmlHandler.StopSheet stop) {
                // the sink has what it needs from this sheet
            } catch (CorruptCell corrupt) {
                throw corrupt.inSheet(sheet.name());
            }
            if (sink.endSheet()) return;
        }
    }

    /** A .docx renamed .xlsx is a zip package too: its main part must be a workbook's. */
    private static void requireSpreadsheet(OPCPackage pkg) throws InvalidFormatException {
        PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        PackagePart part = main.size() == 0 ? null : pkg.getPart(main.getRelationship(0));
        String type = part == null ? "" : part.getContentType();
        if (!WORKBOOK_TYPES.contains(type)) throw new NotOfficeXmlFileException("main part is " + type + ", not a workbook");
    }

    private static void parse(InputStream in, SheetXmlHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        SaxParsers.parse(in, handler);
    }

    /** The cell styles (for number formats: dates and the text shown), bounded: held in memory. */
    private StylesPart styles(OPCPackage pkg, Watchdog dog) throws IOException, SAXException, ParserConfigurationException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
        if (parts.isEmpty()) return StylesPart.empty();
        return StylesPart.read(bounded(dog.watch(parts.get(0).getInputStream()), "styles"));
    }

    /** The shared strings, read only after checking the part's expanded size (they are held in memory). */
    private SharedStringsPart sharedStrings(OPCPackage pkg, Watchdog dog) throws IOException, SAXException, ParserConfigurationException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) return SharedStringsPart.empty();
        // Phonetic runs are not part of the cell's text (as in the user model).
        return SharedStringsPart.read(bounded(dog.watch(parts.get(0).getInputStream()), "sharedStrings"));
    }

    private InputStream bounded(InputStream in, String part) {
        return new BoundedInputStream(in, limits.maxSmallPartBytes(), part);
    }
}

package yearbook.read.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.junit.jupiter.api.Test;

/**
 * The .xlsx package layer on a real workbook of the sample year (written by a spreadsheet
 * program) and on variants of it rebuilt entry by entry: what the walk finds, and what it
 * refuses before any cell.
 */
class XlsxPackageTest {

    private static final Path SAMPLE = Path.of("input/2022/横河社区2022年统计报表.xlsx");

    private static final XlsxPackage.Limits LIMITS = new XlsxPackage.Limits(25_000, 2L << 30, 0.01, 48L << 20);

    private static Watchdog dog() {
        return new Watchdog(Duration.ofMinutes(1), 1L << 30);
    }

    @Test
    void theSampleGivesItsSheetsStylesAndStringsFromTheFileAndFromItsBytesAlike() throws Exception {
        int[] fromFile = cells(XlsxPackage.open(SAMPLE, LIMITS, dog()));
        int[] fromBytes = cells(XlsxPackage.open(Files.readAllBytes(SAMPLE), LIMITS, dog()));
        assertThat(fromFile[0]).as("visible sheets").isPositive();
        assertThat(fromFile[1]).as("cells with a value").isGreaterThan(50);
        assertThat(fromBytes).containsExactly(fromFile);
    }

    @Test
    void partNamesAreFoundWhateverTheirCase() throws Exception {
        Map<String, byte[]> e = entries();
        Map<String, byte[]> upper = new LinkedHashMap<>();
        e.forEach((k, v) -> upper.put(k.startsWith("xl/worksheets/") ? k.toUpperCase(Locale.ROOT) : k, v));
        assertThat(cells(XlsxPackage.open(zip(upper), LIMITS, dog())))
            .containsExactly(cells(XlsxPackage.open(zip(e), LIMITS, dog())));
    }

    @Test
    void aPackageWhoseMainPartIsNoWorkbookIsRefused() throws Exception {
        Map<String, byte[]> e = entries();
        String types = text(e.get("[Content_Types].xml")).replace("spreadsheetml.sheet.main+xml",
                "wordprocessingml.document.main+xml");
        e.put("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> XlsxPackage.open(zip(e), LIMITS, dog())).isInstanceOf(NotOfficeXmlFileException.class);
    }

    @Test
    void aZipWithoutContentTypesIsNoWorkbook() throws Exception {
        Map<String, byte[]> e = entries();
        e.remove("[Content_Types].xml");
        assertThatThrownBy(() -> XlsxPackage.open(zip(e), LIMITS, dog())).isInstanceOf(NotOfficeXmlFileException.class);
    }

    @Test
    void aDoctypeInThePackagesOwnPartsIsRefusedBeforeAnyEntityIsRead() throws Exception {
        Map<String, byte[]> e = entries();
        String rels = text(e.get("_rels/.rels")).replaceFirst("\\?>",
                "?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>");
        e.put("_rels/.rels", rels.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> XlsxPackage.open(zip(e), LIMITS, dog())).hasMessageContaining("DOCTYPE")
            .hasMessageNotContaining("root:");
    }

    @Test
    void moreEntriesThanTheLimitAreRefusedOnOpening() throws Exception {
        Map<String, byte[]> e = entries();
        for (int i = 0; i < 30; i++) {
            e.put("xl/media/pad" + i + ".bin", new byte[1]);
        }
        XlsxPackage.Limits few = new XlsxPackage.Limits(e.size() - 1, LIMITS.maxEntryBytes(), LIMITS.minInflateRatio(),
                LIMITS.maxSmallPartBytes());
        assertThatThrownBy(() -> XlsxPackage.open(zip(e), few, dog())).hasMessageContaining("internal file entries");
    }

    @Test
    void aSheetThatExpandsBeyondTheInflateRatioIsAZipBomb() throws Exception {
        Map<String, byte[]> e = entries();
        String sheet = e.keySet().stream().filter(k -> k.startsWith("xl/worksheets/sheet")).findFirst().orElseThrow();
        String xml = text(e.get(sheet));
        int at = xml.indexOf("</sheetData>");
        // 4 MB of one repeated comment compresses about 1000:1, far past the 100:1 guard
        e.put(sheet, (xml.substring(0, at) + "<!--" + "x".repeat(4 << 20) + "-->" + xml.substring(at))
            .getBytes(StandardCharsets.UTF_8));
        try (XlsxPackage p = XlsxPackage.open(zip(e), LIMITS, dog())) {
            assertThatThrownBy(() -> walkAll(p)).hasStackTraceContaining("Zip bomb");
        }
    }

    @Test
    void partsWithTheSameStoredBytesAreParsedOnceAndOthersAreParsedAfresh() throws Exception {
        Map<String, byte[]> e = entries();
        byte[] template = zip(e);
        WorkbookPart first;
        StylesPart styles;
        try (XlsxPackage p = XlsxPackage.open(template, LIMITS, dog())) {
            first = p.workbook();
            styles = p.styles();
        }
        // another package carrying the same parts byte for byte: the parts read before
        try (XlsxPackage p = XlsxPackage.open(zip(e), LIMITS, dog())) {
            assertThat(p.workbook()).isSameAs(first);
            assertThat(p.styles()).isSameAs(styles);
            assertThat(cells(p)).containsExactly(cells(XlsxPackage.open(template, LIMITS, dog())));
        }
        // a workbook part differing in one sheet's name is read as it is
        String workbook = e.keySet().stream().filter(n -> n.endsWith("workbook.xml")).findFirst().orElseThrow();
        String xml = text(e.get(workbook));
        e.put(workbook, xml.replaceFirst("<sheet name=\"", "<sheet name=\"改").getBytes(StandardCharsets.UTF_8));
        try (XlsxPackage p = XlsxPackage.open(zip(e), LIMITS, dog())) {
            assertThat(p.workbook()).isNotSameAs(first);
            assertThat(p.workbook().sheets().get(0).name()).isEqualTo("改" + first.sheets().get(0).name());
            assertThat(p.styles()).isSameAs(styles);
        }
        // what the cache hands out cannot be changed by the one who gets it
        assertThatThrownBy(() -> first.sheets().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void relationshipTargetsResolveAgainstTheirSourcePart() {
        assertThat(Relationships.resolve("xl/workbook.xml", "worksheets/sheet1.xml"))
            .isEqualTo("xl/worksheets/sheet1.xml");
        assertThat(Relationships.resolve("xl/workbook.xml", "/xl/worksheets/sheet2.xml"))
            .isEqualTo("xl/worksheets/sheet2.xml");
        assertThat(Relationships.resolve("xl/workbook.xml", "../customXml/item1.xml")).isEqualTo("customXml/item1.xml");
        assertThat(Relationships.resolve("", "xl/workbook.xml")).isEqualTo("xl/workbook.xml");
        assertThat(Relationships.resolve("xl/workbook.xml", "../../outside.xml")).isNull();
        assertThat(Relationships.of("xl/workbook.xml")).isEqualTo("xl/_rels/workbook.xml.rels");
    }

    /** [visible sheets, cells with a value] of a package, closed afterwards. */
    private static int[] cells(XlsxPackage p) throws Exception {
        try (p) {
            return walkAll(p);
        }
    }

    private static int[] walkAll(XlsxPackage p) throws Exception {
        int[] n = new int[2];
        p.styles();
        p.sharedStrings();
        for (WorkbookPart.SheetEntry s : p.workbook().sheets()) {
            if (!s.visible()) {
                continue;
            }
            n[0]++;
            try (InputStream in = p.sheet(s.relationId())) {
                new SheetXml(32_767).walk(in, new SheetXml.Cells() {
                    @Override
                    public void startRow(int row) {
                    }

                    @Override
                    public void cell(int row, int col, String type, int style, boolean formula, String value) {
                        if (value != null && !value.isBlank()) {
                            n[1]++;
                        }
                    }

                    @Override
                    public boolean endRow(int row) {
                        return true;
                    }
                });
            }
            catch (XMLStreamException e) {
                throw XlsxPackage.unwrapped(e);
            }
        }
        return n;
    }

    private static Map<String, byte[]> entries() throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(SAMPLE)))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

}

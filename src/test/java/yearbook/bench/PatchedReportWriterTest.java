package yearbook.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.UnitRegistry;
import yearbook.model.Observation;
import yearbook.read.ReadResult;
import yearbook.read.WorkbookReader;

/**
 * The province's generator: a workbook made by patching the values into the template's
 * bytes is the workbook POI writes for the same report (same zip entries in the same
 * order, same cells), and the program's reader takes exactly the same observations from
 * it; the synthetic registry of a province has 20,000 distinct communities that the
 * registry resolves each to itself.
 */
class PatchedReportWriterTest {

    static IndicatorCatalog catalog;
    static UnitRegistry real;

    @BeforeAll
    static void load() {
        catalog = IndicatorCatalog.load(Path.of("config/catalog.yaml"));
        real = UnitRegistry.load(Path.of("config/units.yaml"));
    }

    @Test
    void patchedWorkbookReadsAsThePoiWrittenOne(@TempDir Path dir) throws Exception {
        SyntheticRegistry reg = registry(20_000);
        Path units = dir.resolve("units.yaml");
        reg.write(units);
        WorkbookReader reader = new WorkbookReader(catalog, UnitRegistry.load(units));
        ReportGenerator gen = new ReportGenerator(catalog);
        PatchedReportWriter patched = new PatchedReportWriter(gen, dir.resolve("template"));
        // a real community, a two-character synthetic one, a three-character one; a stock
        // month and December
        for (int unit : new int[] { 0, 150, 19_999 }) {
            for (int month : new int[] { 1, 7, 12 }) {
                String name = reg.communities().get(unit).name();
                ReportGenerator.Report r = gen.report(name, unit, 2022, month);
                Path byPoi = dir.resolve("poi-" + unit + "-" + month + ".xlsx");
                Path byPatch = dir.resolve("patched-" + unit + "-" + month + ".xlsx");
                gen.write(byPoi, r);
                assertThat(patched.write(byPatch, r)).isEqualTo(gen.rowsPerReport());

                assertThat(entries(byPatch)).containsExactlyElementsOf(entries(byPoi));
                assertThat(cells(byPatch)).containsExactlyElementsOf(cells(byPoi));

                String fileName = name + "2022年" + month + "月报表.xlsx";
                ReadResult a = reader.read(byPoi, fileName);
                ReadResult b = reader.read(Files.readAllBytes(byPatch), fileName);
                assertThat(b).isInstanceOf(ReadResult.Report.class);
                ReadResult.Report ra = (ReadResult.Report) a, rb = (ReadResult.Report) b;
                assertThat(rb.findings()).isEmpty();
                assertThat(rb.unitCode()).isEqualTo(reg.communities().get(unit).code());
                assertThat(rb.period()).isEqualTo(ra.period());
                assertThat(rb.filedOn()).isEqualTo(ra.filedOn());
                assertThat(rb.observations()).hasSize(gen.rowsPerReport());
                assertThat(values(rb.observations())).containsExactlyElementsOf(values(ra.observations()));
            }
        }
    }

    @Test
    void aProvinceHasTwentyThousandDistinctCommunities(@TempDir Path dir) {
        SyntheticRegistry reg = registry(20_000);
        Path units = dir.resolve("units.yaml");
        assertThat(reg.communities()).hasSize(20_000);
        Set<String> names = new HashSet<>();
        reg.communities().forEach(u -> names.add(u.name()));
        assertThat(names).hasSize(20_000);
        try {
            reg.write(units);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UnitRegistry loaded = UnitRegistry.load(units);
        assertThat(loaded.communities(2022)).hasSize(20_000);
        for (SyntheticRegistry.Unit u : reg.communities()) {
            assertThat(loaded.resolve(u.name()).orElseThrow().code()).isEqualTo(u.code());
        }
        // the city's names are what they were before the province needed three characters
        assertThat(registry(2_000).communities()).containsExactlyElementsOf(reg.communities().subList(0, 2_000));
    }

    private static SyntheticRegistry registry(int n) {
        return SyntheticRegistry.of(
                real.communities(2022).stream().map(u -> new SyntheticRegistry.Unit(u.code(), u.name())).toList(), n,
                0);
    }

    private static List<String> values(List<Observation> obs) {
        return obs.stream()
            .map(o -> o.unitCode() + " " + o.period() + " " + o.indicatorCode() + " "
                    + (o.value() == null ? null : o.value().stripTrailingZeros().toPlainString()) + " "
                    + (o.prior() == null ? null : o.prior().stripTrailingZeros().toPlainString()) + " " + o.source())
            .toList();
    }

    private static List<String> entries(Path xlsx) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipFile z = new ZipFile(xlsx.toFile())) {
            z.stream()
                .forEach(e -> names
                    .add(e.getName() + " " + (e.getMethod() == ZipEntry.DEFLATED ? "deflated" : "stored")));
        }
        return names;
    }

    /**
     * Every cell of every sheet, as POI's full model reads it: the file is a valid
     * workbook.
     */
    private static List<String> cells(Path xlsx) throws Exception {
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (var sheet : wb) {
                for (var row : sheet) {
                    for (Cell c : row) {
                        out.add(sheet.getSheetName()
                                + "!" + c.getAddress() + "=" + (c.getCellType() == CellType.NUMERIC
                                        ? Double.toString(c.getNumericCellValue()) : c.getStringCellValue())
                                + " s" + c.getCellStyle().getIndex());
                    }
                }
            }
        }
        return out;
    }

}

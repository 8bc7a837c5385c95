package yearbook.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.UnitRegistry;
import yearbook.model.Finding;
import yearbook.model.Observation;
import yearbook.model.Severity;

/**
 * The real catalog and registry, the reader over them, and the corpus made by
 * LibreOffice.
 */
abstract class CorpusSupport {

    static final IndicatorCatalog CATALOG = IndicatorCatalog.load(Path.of("config/catalog.yaml"));
    static final UnitRegistry UNITS = UnitRegistry.load(Path.of("config/units.yaml"));
    static final Path CORPUS = Path.of("src/test/resources/corpus");

    final WorkbookReader reader = new WorkbookReader(CATALOG, UNITS);

    ReadResult read(String name) {
        return reader.read(CORPUS.resolve(name), name);
    }

    ReadResult.Report report(String name) {
        ReadResult r = read(name);
        assertThat(r).as(name + " " + r.findings()).isInstanceOf(ReadResult.Report.class);
        return (ReadResult.Report) r;
    }

    static Observation obs(ReadResult.Report r, String code) {
        return r.observations()
            .stream()
            .filter(o -> o.indicatorCode().equals(code))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no observation " + code + " in " + r.observations()));
    }

    static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }

    /** The findings as "SEVERITY rule @cell": what a reviewer would check first. */
    static List<String> where(List<Finding> findings) {
        return findings.stream().map(f -> f.severity() + " " + f.rule() + " @" + f.where()).toList();
    }

    static List<Finding> errors(ReadResult r) {
        return r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    /** No stack trace, no English exception text: a clerk reads these. */
    static void assertReadable(List<Finding> findings) {
        for (Finding f : findings) {
            assertThat(f.message()).doesNotContain("Exception").doesNotContain("\tat ").containsPattern("\\p{IsHan}");
            assertThat(f.advice()).doesNotContain("Exception").containsPattern("\\p{IsHan}");
            assertThat(f.rule()).containsPattern("\\p{IsHan}");
        }
    }

}

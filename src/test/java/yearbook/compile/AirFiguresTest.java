package yearbook.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.UnitRegistry;
import yearbook.model.AnnualAirQuality;
import yearbook.model.Figure;

/**
 * The station's year becomes the figures the catalog names by {@code air:}, whatever
 * their codes.
 */
class AirFiguresTest {

    static final Path REAL = Path.of("config/catalog.yaml");
    static final UnitRegistry UNITS = UnitRegistry.load(Path.of("config/units.yaml"));

    @TempDir
    Path dir;

    /**
     * Every statistic a different number, so a statistic fed into the wrong figure shows.
     * CO is not computable.
     */
    static final AnnualAirQuality YEAR = new AnnualAirQuality("TZ_PARK", 2022, 300, 360, new BigDecimal("83.33"),
            new BigDecimal("31.5"), new BigDecimal("52.25"), new BigDecimal("24.75"), new BigDecimal("7.125"), null,
            new BigDecimal("161.5"), Map.of(), new int[12], new int[12], Map.of(), List.of());

    @Test
    void eachMeasureTakesTheStatisticItsAirNames() {
        List<CompiledFigure> f = compile(IndicatorCatalog.load(REAL));
        // one station: its figures are the sub-district's too
        for (String unit : List.of("TZ_PARK", "TANGZHA")) {
            assertThat(value(f, unit, "ENV_GOOD_DAYS")).isEqualByComparingTo("300");
            assertThat(value(f, unit, "ENV_VALID_DAYS")).isEqualByComparingTo("360");
            assertThat(value(f, unit, "ENV_PM25_MEAN")).isEqualByComparingTo("31.5");
            assertThat(value(f, unit, "ENV_PM10_MEAN")).isEqualByComparingTo("52.25");
            assertThat(value(f, unit, "ENV_NO2_MEAN")).isEqualByComparingTo("24.75");
            assertThat(value(f, unit, "ENV_SO2_MEAN")).isEqualByComparingTo("7.125");
            assertThat(value(f, unit, "ENV_O3_8H_P90")).isEqualByComparingTo("161.5");
            // HJ 663 could not compute it: no figure, not a zero
            assertThat(value(f, unit, "ENV_CO_P95")).isNull();
            assertThat(value(f, unit, "ENV_GOOD_DAYS_RATE").setScale(8, RoundingMode.HALF_UP))
                .isEqualByComparingTo("83.33333333");
        }
    }

    /**
     * The office renames a code and drops a measure: the compiler follows the catalog, no
     * code knows ENV_*.
     */
    @Test
    void theCatalogNotTheCodeSaysWhichIndicatorCarriesWhichStatistic() throws IOException {
        String text = Files.readString(REAL, StandardCharsets.UTF_8).replace("ENV_PM25_MEAN", "AIR_FINE_PARTICLES");
        List<String> lines = text.lines().filter(l -> !l.contains("{code: ENV_SO2_MEAN,")).toList();
        Path file = Files.writeString(dir.resolve("catalog.yaml"), String.join("\n", lines), StandardCharsets.UTF_8);
        List<CompiledFigure> f = compile(IndicatorCatalog.load(file));
        assertThat(value(f, "TZ_PARK", "AIR_FINE_PARTICLES")).isEqualByComparingTo("31.5");
        assertThat(value(f, "TZ_PARK", "ENV_PM25_MEAN")).isNull();
        assertThat(f).noneMatch(c -> c.figure().value().compareTo(new BigDecimal("7.125")) == 0);
        assertThat(value(f, "TZ_PARK", "ENV_NO2_MEAN")).isEqualByComparingTo("24.75");
    }

    private static List<CompiledFigure> compile(IndicatorCatalog catalog) {
        return new YearCompiler(catalog, UNITS)
            .compile(new YearCompiler.Inputs(2022, List.of(), Map.of(), Set.of(), List.of(YEAR)));
    }

    private static BigDecimal value(List<CompiledFigure> figures, String unit, String code) {
        return figures.stream()
            .map(CompiledFigure::figure)
            .filter(x -> x.unitCode().equals(unit) && x.indicatorCode().equals(code))
            .map(Figure::value)
            .findFirst()
            .orElse(null);
    }

}

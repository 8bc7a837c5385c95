package yearbook.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.UnitRegistry;
import yearbook.model.CellRef;
import yearbook.model.Figure;
import yearbook.model.Observation;
import yearbook.model.Period;

/** The compile rules on hand-made observations, with hand-computed expectations. */
class YearCompilerTest {

    static final IndicatorCatalog CATALOG = IndicatorCatalog.load(Path.of("config/catalog.yaml"));
    static final UnitRegistry UNITS = UnitRegistry.load(Path.of("config/units.yaml"));

    final YearCompiler compiler = new YearCompiler(CATALOG, UNITS);

    final List<StoredObservation> obs = new ArrayList<>();

    long nextId = 1;

    void obs(String unit, Period p, String code, String value, String prior) {
        obs.add(new StoredObservation(nextId++, 100,
                new Observation(unit, p, code, value == null ? null : new BigDecimal(value),
                        prior == null ? null : new BigDecimal(prior), false, false, new CellRef("报表", "D" + nextId),
                        value, null)));
    }

    List<CompiledFigure> compile(Map<String, Map<String, BigDecimal>> previous, Set<String> missing) {
        return compiler.compile(new YearCompiler.Inputs(2022, obs, previous, missing, List.of()));
    }

    static Figure figure(List<CompiledFigure> figures, String unit, String code) {
        return figures.stream()
            .map(CompiledFigure::figure)
            .filter(f -> f.unitCode().equals(unit) && f.indicatorCode().equals(code))
            .findFirst()
            .orElse(null);
    }

    @Test
    void flowsSumOverQuartersAndOverCommunities() {
        for (int q = 1; q <= 4; q++) {
            obs("BEIDAJIE", Period.quarter(2022, q), "LIV_NEW_JOBS", String.valueOf(10 * q), null);
        }
        obs("HENGHE", Period.year(2022), "LIV_NEW_JOBS", "7", null);
        var f = compile(Map.of(), Set.of());
        assertThat(figure(f, "BEIDAJIE", "LIV_NEW_JOBS").value()).isEqualByComparingTo("100"); // 10+20+30+40
        assertThat(figure(f, "TANGZHA", "LIV_NEW_JOBS").value()).isEqualByComparingTo("107");
        assertThat(figure(f, "TANGZHA", "LIV_NEW_JOBS").incomplete()).isFalse();
        // no prior anywhere: —
        assertThat(figure(f, "TANGZHA", "LIV_NEW_JOBS").growth()).isNull();
    }

    @Test
    void stocksTakeTheLatestPeriodNeverTheSum() {
        obs("BEIDAJIE", Period.quarter(2022, 1), "GRD_GRIDS_GENERAL", "5", null);
        obs("BEIDAJIE", Period.quarter(2022, 4), "GRD_GRIDS_GENERAL", "6", null);
        obs("BEIDAJIE", Period.quarter(2022, 2), "GRD_GRIDS_GENERAL", "9", null);
        obs("XINHUA", Period.year(2022), "GRD_GRIDS_GENERAL", "4", null);
        var f = compile(Map.of(), Set.of());
        assertThat(figure(f, "BEIDAJIE", "GRD_GRIDS_GENERAL").value()).isEqualByComparingTo("6");
        assertThat(figure(f, "TANGZHA", "GRD_GRIDS_GENERAL").value()).isEqualByComparingTo("10");
    }

    @Test
    void theAnnualReportStandsOverPeriodReports() {
        obs("HENGHE", Period.year(2022), "SAF_DISPUTES", "12", null);
        obs("HENGHE", Period.quarter(2022, 1), "SAF_DISPUTES", "2", null);
        obs("HENGHE", Period.quarter(2022, 2), "SAF_DISPUTES", "3", null);
        assertThat(figure(compile(Map.of(), Set.of()), "HENGHE", "SAF_DISPUTES").value()).isEqualByComparingTo("12");
    }

    @Test
    void ratesAreRecomputedFromSummedParts() {
        // Community rates 10/10 = 100% and 104/119 = 87.39%: their mean (93.70%) would be
        // wrong.
        obs("HENGHE", Period.year(2022), "SAF_HAZARDS_FOUND", "10", null);
        obs("HENGHE", Period.year(2022), "SAF_HAZARDS_FIXED", "10", null);
        obs("XINHUA", Period.year(2022), "SAF_HAZARDS_FOUND", "119", null);
        obs("XINHUA", Period.year(2022), "SAF_HAZARDS_FIXED", "104", null);
        var f = compile(Map.of(), Set.of());
        Figure rate = figure(f, "TANGZHA", "SAF_HAZARDS_FIX_RATE");
        // 114 / 129 × 100 = 88.3720930232558…
        assertThat(rate.value().setScale(10, RoundingMode.HALF_UP)).isEqualByComparingTo("88.3720930233");
        assertThat(figure(f, "HENGHE", "SAF_HAZARDS_FIX_RATE").value()).isEqualByComparingTo("100");
        assertThat(figure(f, "TANGZHA", "SAF_HAZARDS_FIX_RATE").prior()).isNull();
    }

    @Test
    void growthUsesTheSubmittedPriorAndConvertsNothingItself() {
        obs("TANGZHA", Period.year(2022), "ECO_WHOLESALE_RETAIL", "130.61", "113.88");
        var f = compile(Map.of(), Set.of());
        Figure total = figure(f, "TANGZHA", "ECO_WHOLESALE_RETAIL");
        // (130.61 − 113.88) / 113.88 × 100 = 14.690902704601335…
        assertThat(total.growth().setScale(6, RoundingMode.HALF_UP)).isEqualByComparingTo("14.690903");
        assertThat(figure(f, "TANGZHA", "ECO_WHOLESALE_RETAIL_YOY").value()).isEqualByComparingTo(total.growth());
    }

    @Test
    void growthFallsBackToLastYearsCompiledFigureAndIsDashWithoutOne() {
        obs("HENGHE", Period.year(2022), "SAF_DISPUTES", "12", null);
        obs("XINHUA", Period.year(2022), "SAF_DISPUTES", "8", null);
        obs("HENGHE", Period.year(2022), "ENV_RIVER_ISSUES", "3", null);
        var f = compile(
                Map.of("TANGZHA", Map.of("SAF_DISPUTES", new BigDecimal("16"), "ENV_RIVER_ISSUES", BigDecimal.ZERO),
                        "HENGHE", Map.of("SAF_DISPUTES", new BigDecimal("10"))),
                Set.of());
        assertThat(figure(f, "TANGZHA", "SAF_DISPUTES").growth()).isEqualByComparingTo("25"); // (20−16)/16
        assertThat(figure(f, "HENGHE", "SAF_DISPUTES").growth()).isEqualByComparingTo("20"); // (12−10)/10
        // prior 0: not computable
        assertThat(figure(f, "TANGZHA", "ENV_RIVER_ISSUES").growth()).isNull();
    }

    @Test
    void aRedrawnOrNewCommunityIsNotComparableButTheTotalIs() {
        obs("CHANGAN", Period.year(2022), "SAF_DISPUTES", "5", "9");
        obs("BEIDAJIE", Period.year(2022), "SAF_DISPUTES", "4", null);
        var f = compile(Map.of("TANGZHA", Map.of("SAF_DISPUTES", new BigDecimal("8"))), Set.of());
        assertThat(figure(f, "CHANGAN", "SAF_DISPUTES").comparable()).isFalse();
        assertThat(figure(f, "CHANGAN", "SAF_DISPUTES").growth()).isNull();
        assertThat(figure(f, "BEIDAJIE", "SAF_DISPUTES").comparable()).isFalse();
        Figure total = figure(f, "TANGZHA", "SAF_DISPUTES");
        assertThat(total.comparable()).isTrue();
        // (9−8)/8: not every part had a 上年同期, so last year's total
        assertThat(total.growth()).isEqualByComparingTo("12.5");
    }

    @Test
    void aMissingCommunityMarksEveryCommunityTotalIncompleteNotTheStreetOnes() {
        obs("HENGHE", Period.year(2022), "LIV_NEW_JOBS", "7", null);
        obs("TANGZHA", Period.year(2022), "ECO_BUDGET_REV", "3.4", null);
        var f = compile(Map.of(), Set.of("XINHUA"));
        assertThat(figure(f, "TANGZHA", "LIV_NEW_JOBS").incomplete()).isTrue();
        assertThat(figure(f, "HENGHE", "LIV_NEW_JOBS").incomplete()).isFalse();
        assertThat(figure(f, "TANGZHA", "ECO_BUDGET_REV").incomplete()).isFalse();
    }

    @Test
    void lineageNamesEveryObservationOfATotal() {
        obs("HENGHE", Period.year(2022), "LIV_NEW_JOBS", "7", null);
        obs("XINHUA", Period.year(2022), "LIV_NEW_JOBS", "8", null);
        var f = compile(Map.of(), Set.of());
        CompiledFigure total = f.stream()
            .filter(c -> c.figure().unitCode().equals("TANGZHA") && c.figure().indicatorCode().equals("LIV_NEW_JOBS"))
            .findFirst()
            .orElseThrow();
        assertThat(total.observationIds()).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void ratesCompareInPercentagePoints() {
        obs("HENGHE", Period.year(2022), "SAF_HAZARDS_FOUND", "40", "50");
        obs("HENGHE", Period.year(2022), "SAF_HAZARDS_FIXED", "38", "40");
        var f = compile(Map.of(), Set.of());
        Figure rate = figure(f, "HENGHE", "SAF_HAZARDS_FIX_RATE");
        assertThat(rate.value()).isEqualByComparingTo("95"); // 38/40
        assertThat(rate.prior()).isEqualByComparingTo("80"); // 40/50
        assertThat(rate.growth()).isEqualByComparingTo("15"); // +15 个百分点, not +18.75%
    }

    @Test
    void aYearToDateSumsOnlyThePeriodsEndedByThenAndTakesNoDatabasePrior() {
        for (int q = 1; q <= 4; q++) {
            obs("BEIDAJIE", Period.quarter(2022, q), "LIV_NEW_JOBS", String.valueOf(10 * q), null);
        }
        obs("BEIDAJIE", Period.quarter(2022, 1), "GRD_GRIDS_GENERAL", "5", null);
        obs("BEIDAJIE", Period.quarter(2022, 2), "GRD_GRIDS_GENERAL", "6", null);
        obs("BEIDAJIE", Period.quarter(2022, 3), "GRD_GRIDS_GENERAL", "7", null);
        obs("HENGHE", Period.year(2022), "LIV_NEW_JOBS", "7", null);
        var f = compiler.compile(new YearCompiler.Inputs(2022, 6, obs,
                Map.of("TANGZHA", Map.of("LIV_NEW_JOBS", new BigDecimal("50"))), Set.of(), List.of()));
        // Q1 + Q2
        assertThat(figure(f, "BEIDAJIE", "LIV_NEW_JOBS").value()).isEqualByComparingTo("30");
        // at the end of June
        assertThat(figure(f, "BEIDAJIE", "GRD_GRIDS_GENERAL").value()).isEqualByComparingTo("6");
        // its annual report is not a half year
        assertThat(figure(f, "HENGHE", "LIV_NEW_JOBS")).isNull();
        // last year's full year is no basis
        assertThat(figure(f, "TANGZHA", "LIV_NEW_JOBS").growth()).isNull();
    }

}

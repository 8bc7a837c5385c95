package yearbook.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.UnitRegistry;
import yearbook.model.CellRef;
import yearbook.model.Figure;
import yearbook.model.PeriodKind;
import yearbook.model.Progress;
import yearbook.model.ProgressState;
import yearbook.model.Target;
import yearbook.model.TargetDirection;

/**
 * 完成率, 时序进度 and states by the rules of docs/targets.md, exact, and never a division
 * error.
 */
class TargetProgressTest {

    static final IndicatorCatalog CATALOG = IndicatorCatalog.load(Path.of("config/catalog.yaml"));
    static final UnitRegistry UNITS = UnitRegistry.load(Path.of("config/units.yaml"));

    final TargetProgress progress = new TargetProgress(CATALOG, UNITS);

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static BigDecimal q(String a, String b) {
        return d(a).divide(d(b), MathContext.DECIMAL128);
    }

    static Target target(String unit, String code, TargetDirection dir, String annual, PeriodKind kind,
            String... split) {
        BigDecimal[] s = null;
        if (kind != null) {
            s = new BigDecimal[split.length];
            for (int k = 0; k < split.length; k++) {
                s[k] = split[k] == null ? null : d(split[k]);
            }
        }
        return new Target(2023, unit, code, dir, d(annual), kind, s, new CellRef("目标任务", "F9"), annual);
    }

    static Target floor(String unit, String code, String annual) {
        return target(unit, code, TargetDirection.AT_LEAST, annual, null);
    }

    static Figure figure(String unit, String code, String value) {
        return new Figure(2023, unit, code, value == null ? null : d(value), null, null, false, false, true);
    }

    TargetProgress.Result run(int through, List<Target> targets, Figure... figures) {
        List<TargetProgress.Given> given = new ArrayList<>();
        for (Target t : targets) {
            given.add(new TargetProgress.Given(t, "目标任务.xlsx"));
        }
        return progress.compute(2023, through, given, List.of(figures));
    }

    @Test
    void aFlowWithoutSplitIsDueEvenlyAndItsRatiosAreExactQuotients() {
        Progress p = run(6, List.of(floor("TANGZHA", "LIV_NEW_JOBS", "2300")), figure("TANGZHA", "LIV_NEW_JOBS", "180"))
            .progress()
            .get(0);
        assertThat(p.completion()).isEqualByComparingTo(q("18000", "2300")); // 7.826086956521739130434782608695652
        assertThat(p.completion().precision()).isEqualTo(34);
        assertThat(p.schedule()).isEqualByComparingTo("50");
        assertThat(p.state()).isEqualTo(ProgressState.BEHIND);
        Progress july = run(7, List.of(floor("TANGZHA", "LIV_NEW_JOBS", "2300")),
                figure("TANGZHA", "LIV_NEW_JOBS", "1400"))
            .progress()
            .get(0);
        assertThat(july.schedule()).isEqualByComparingTo(q("700", "12")); // 58.33…
        // 60.87 − 58.33 = 2.54 < 5
        assertThat(july.state()).isEqualTo(ProgressState.ON_TRACK);
    }

    @Test
    void aMonthlySplitIsDueAsItAddsUpAndABlankMonthGivesADashAndAFinding() {
        Target t = target("TANGZHA", "ECO_BUDGET_REV", TargetDirection.AT_LEAST, "3.6", PeriodKind.MONTH, "0.45",
                "0.25", "0.32", "0.30", "0.30", "0.28", "0.30", "0.28", "0.27", "0.30", "0.28", "0.27");
        Progress p = run(6, List.of(t), figure("TANGZHA", "ECO_BUDGET_REV", "1.77")).progress().get(0);
        assertThat(p.schedule()).isEqualByComparingTo(q("190", "3.6"));
        assertThat(p.completion()).isEqualByComparingTo(q("177", "3.6"));
        assertThat(p.state()).isEqualTo(ProgressState.ON_TRACK); // 49.17 − 52.78 = −3.61

        Target gap = target("TANGZHA", "ECO_BUDGET_REV", TargetDirection.AT_LEAST, "3.6", PeriodKind.MONTH, "0.45",
                "0.25", "0.32", "0.30", null, "0.28", "0.30", "0.28", "0.27", "0.30", "0.28", "0.27");
        TargetProgress.Result r = run(6, List.of(gap), figure("TANGZHA", "ECO_BUDGET_REV", "1.77"));
        assertThat(r.progress().get(0).schedule()).isNull();
        assertThat(r.progress().get(0).state()).isEqualTo(ProgressState.UNKNOWN);
        assertThat(r.findings())
            .anySatisfy(f -> assertThat(f.finding().rule()).isEqualTo(TargetProgress.SPLIT_MONTH_MISSING));
        // before the blank month the schedule is known
        assertThat(run(4, List.of(gap), figure("TANGZHA", "ECO_BUDGET_REV", "1.3")).progress().get(0).schedule())
            .isEqualByComparingTo(q("132", "3.6"));
    }

    @Test
    void aQuarterlySplitIsDueByQuartersAndTheRunningQuarterProRata() {
        Target t = target("TANGZHA", "ECO_PROJECTS", TargetDirection.AT_LEAST, "16", PeriodKind.QUARTER, "3", "4", "4",
                "5");
        assertThat(run(6, List.of(t), figure("TANGZHA", "ECO_PROJECTS", "2")).progress().get(0).schedule())
            .isEqualByComparingTo("43.75");
        // May: 3 + 4 × 2/3 = 5.666… of 16
        BigDecimal due = d("3").add(d("8").divide(d("3"), MathContext.DECIMAL128));
        assertThat(run(5, List.of(t), figure("TANGZHA", "ECO_PROJECTS", "2")).progress().get(0).schedule())
            .isEqualByComparingTo(due.multiply(d("100")).divide(d("16"), MathContext.DECIMAL128));
    }

    @Test
    void aTargetOfZeroOrNoFigureIsADashAndAFindingNeverADivisionError() {
        TargetProgress.Result zero = run(6, List.of(floor("TANGZHA", "URB_RELOC_RESIDENT", "0")),
                figure("TANGZHA", "URB_RELOC_RESIDENT", "3"));
        assertThat(zero.progress().get(0).completion()).isNull();
        assertThat(zero.progress().get(0).state()).isEqualTo(ProgressState.UNKNOWN);
        assertThat(zero.findings()).anySatisfy(f -> {
            assertThat(f.finding().rule()).isEqualTo(TargetProgress.ZERO);
            assertThat(f.finding().message()).contains("征收搬迁民居签约").contains("全年目标为0");
        });
        Target zeroSplit = target("TANGZHA", "URB_RELOC_RESIDENT", TargetDirection.AT_LEAST, "0", PeriodKind.QUARTER,
                "0", "0", "0", "0");
        assertThat(
                run(6, List.of(zeroSplit), figure("TANGZHA", "URB_RELOC_RESIDENT", "0")).progress().get(0).schedule())
            .isNull();

        TargetProgress.Result none = run(6, List.of(floor("CHANGAN", "LIV_NEW_JOBS", "170")));
        assertThat(none.progress().get(0).actual()).isNull();
        assertThat(none.progress().get(0).completion()).isNull();
        assertThat(none.progress().get(0).state()).isEqualTo(ProgressState.UNKNOWN);
        assertThat(none.findings()).anySatisfy(f -> {
            assertThat(f.unitCode()).isEqualTo("CHANGAN");
            assertThat(f.finding().message()).contains("长岸社区没有“新增就业人员”的2023年1-6月数字");
        });
    }

    @Test
    void aCeilingHoldsOrNotAndAtYearEndAFloorNotReachedIsMissed() {
        Target pm = target("TANGZHA", "ENV_PM25_MEAN", TargetDirection.AT_MOST, "35", null);
        assertThat(run(6, List.of(pm), figure("TZ_PARK", "ENV_PM25_MEAN", "34.96")).progress().get(0).state())
            .isEqualTo(ProgressState.ON_TRACK);
        assertThat(run(6, List.of(pm), figure("TZ_PARK", "ENV_PM25_MEAN", "36")).progress().get(0).state())
            .isEqualTo(ProgressState.BEHIND);
        assertThat(run(12, List.of(pm), figure("TZ_PARK", "ENV_PM25_MEAN", "36")).progress().get(0).state())
            .isEqualTo(ProgressState.MISSED);
        assertThat(run(12, List.of(pm), figure("TZ_PARK", "ENV_PM25_MEAN", "35")).progress().get(0).state())
            .isEqualTo(ProgressState.ON_TRACK);
        // a flow's ceiling broken mid-year stays broken
        Target cap = target("TANGZHA", "URB_ILLEGAL_AREA", TargetDirection.AT_MOST, "1000", null);
        assertThat(run(6, List.of(cap), figure("TANGZHA", "URB_ILLEGAL_AREA", "1001")).progress().get(0).state())
            .isEqualTo(ProgressState.MISSED);
        assertThat(run(6, List.of(cap), figure("TANGZHA", "URB_ILLEGAL_AREA", "600")).progress().get(0).state())
            .isEqualTo(ProgressState.BEHIND);

        Target jobs = floor("TANGZHA", "LIV_NEW_JOBS", "2300");
        assertThat(run(12, List.of(jobs), figure("TANGZHA", "LIV_NEW_JOBS", "2299")).progress().get(0).state())
            .isEqualTo(ProgressState.MISSED);
        assertThat(run(12, List.of(jobs), figure("TANGZHA", "LIV_NEW_JOBS", "2300")).progress().get(0).state())
            .isEqualTo(ProgressState.ON_TRACK);
        assertThat(run(12, List.of(jobs), figure("TANGZHA", "LIV_NEW_JOBS", "2500")).progress().get(0).state())
            .isEqualTo(ProgressState.AHEAD);
        // a rate is a level, due all year
        Progress rate = run(3, List.of(floor("TANGZHA", "SAF_HAZARDS_FIX_RATE", "90")),
                figure("TANGZHA", "SAF_HAZARDS_FIX_RATE", "85"))
            .progress()
            .get(0);
        assertThat(rate.schedule()).isEqualByComparingTo("100");
        assertThat(rate.completion()).isEqualByComparingTo(q("8500", "90"));
        assertThat(rate.state()).isEqualTo(ProgressState.BEHIND);
    }

    @Test
    void communitiesAreRankedWithoutTheSubdistrictTiesSharingARankAndOthersAreToldTheyHaveNoTarget() {
        TargetProgress.Result r = run(6,
                List.of(floor("TANGZHA", "SAF_HAZARDS_FIX_RATE", "90"), floor("HENGHE", "SAF_HAZARDS_FIX_RATE", "90"),
                        floor("XINHUA", "SAF_HAZARDS_FIX_RATE", "90"), floor("YONGYI", "SAF_HAZARDS_FIX_RATE", "90")),
                figure("TANGZHA", "SAF_HAZARDS_FIX_RATE", "85"), figure("HENGHE", "SAF_HAZARDS_FIX_RATE", "66.67"),
                figure("XINHUA", "SAF_HAZARDS_FIX_RATE", "100"), figure("YONGYI", "SAF_HAZARDS_FIX_RATE", "100"));
        assertThat(r.progress()).extracting(Progress::rank).containsExactly(null, 3, 1, 1);
        // three of fourteen: an allocation to a few, nobody was forgotten
        assertThat(r.findings()).filteredOn(f -> f.finding().rule().equals(TargetProgress.NOT_GIVEN)).isEmpty();
        List<Target> most = new ArrayList<>();
        for (var c : UNITS.communities(2023)) {
            if (!c.code().equals("CHANGAN")) {
                most.add(floor(c.code(), "LIV_NEW_JOBS", "150"));
            }
        }
        assertThat(run(6, most).findings()).filteredOn(f -> f.finding().rule().equals(TargetProgress.NOT_GIVEN))
            .singleElement()
            .satisfies(f -> {
                assertThat(f.unitCode()).isEqualTo("CHANGAN");
                assertThat(f.finding().message()).contains("长岸社区没有下达“新增就业人员”的目标");
            });
    }

}

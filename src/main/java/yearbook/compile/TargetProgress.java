package yearbook.compile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import yearbook.catalog.Indicator;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.IndicatorKind;
import yearbook.catalog.ReportingUnit;
import yearbook.catalog.UnitRegistry;
import yearbook.model.CellRef;
import yearbook.model.Figure;
import yearbook.model.Finding;
import yearbook.model.PeriodKind;
import yearbook.model.Progress;
import yearbook.model.ProgressState;
import yearbook.model.Target;
import yearbook.model.TargetDirection;

/**
 * 完成率, 时序进度 and the state of each target of a year against its figures (docs/targets.md).
 * Exact: ratios are BigDecimal quotients to 34 significant digits (a third is not a
 * finite decimal), rounded only when printed. A target of 0, a missing figure or a blank
 * month of the split gives null (printed —) and a finding, never a division error.
 */
public final class TargetProgress {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final MathContext MC = MathContext.DECIMAL128;

    /** The rules of the findings, as the validation report names them. */
    public static final String NO_FIGURE = "目标进度:无完成数";

    public static final String ZERO = "目标进度:目标为0";

    public static final String SPLIT_MONTH_MISSING = "目标进度:分解数缺期";

    public static final String NOT_GIVEN = "目标进度:未下达目标";

    private final IndicatorCatalog catalog;

    private final UnitRegistry units;

    public TargetProgress(IndicatorCatalog catalog, UnitRegistry units) {
        this.catalog = catalog;
        this.units = units;
    }

    /** A target with where it came from, for findings. */
    public record Given(Target target, String fileName) {
    }

    /**
     * Each target's progress (in the order given) and the findings: why a figure is —.
     */
    public record Result(List<Progress> progress, List<UnitFinding> findings) {
    }

    /** A finding about a unit's target. */
    public record UnitFinding(String unitCode, String fileName, Finding finding) {
    }

    public Result compute(int year, int throughMonth, List<Given> targets, List<Figure> figures) {
        Map<String, Figure> byKey = new HashMap<>();
        for (Figure f : figures) {
            byKey.put(f.unitCode() + "/" + f.indicatorCode(), f);
        }
        List<Progress> out = new ArrayList<>();
        List<UnitFinding> findings = new ArrayList<>();
        for (Given g : targets) {
            Target t = g.target();
            Indicator ind = catalog.get(t.indicatorCode());
            Figure f = figure(byKey, t);
            BigDecimal actual = f == null ? null : f.value();
            String unitName = units.nameOf(t.unitCode());
            BigDecimal completion = null;
            if (actual == null) {
                findings.add(new UnitFinding(t.unitCode(), g.fileName(),
                        Finding.warning(
                                NO_FIGURE, t.source(), t.rawText(), unitName + "没有“" + ind.name() + "”的"
                                        + label(year, throughMonth) + "数字(未报送或未填),完成率无法计算。",
                                "请督促" + unitName + "报送(见催报名单);确实没有发生的应填0。")));
            }
            else if (t.annual().signum() == 0) {
                if (t.direction() == TargetDirection.AT_LEAST) {
                    findings.add(new UnitFinding(t.unitCode(), g.fileName(), Finding.warning(ZERO, t.source(),
                            t.rawText(), unitName + "“" + ind.name() + "”的全年目标为0,完成率无法计算。", "请核对目标任务表;不考核的项目请填“—”。")));
                }
            }
            else {
                completion = actual.multiply(HUNDRED).divide(t.annual(), MC);
            }
            BigDecimal schedule = schedule(t, ind, throughMonth);
            if (schedule == null && t.hasSplit()) {
                findings.add(new UnitFinding(t.unitCode(), g.fileName(),
                        Finding.warning(
                                SPLIT_MONTH_MISSING, t.source(), t.rawText(), unitName + "“" + ind.name() + "”的目标分解缺少"
                                        + label(year, throughMonth) + "内某月(季)的分解数,时序进度无法计算。",
                                "请在目标任务表中补填分解数,使各期相加等于全年目标。")));
            }
            ProgressState state = state(t, ind, throughMonth, actual, completion, schedule);
            out.add(new Progress(t, throughMonth, actual, completion, schedule, state, null,
                    f != null && f.incomplete()));
        }
        findings.addAll(missingTargets(year, targets));
        return new Result(ranked(out, units.subdistrict().code()), findings);
    }

    /**
     * The unit's figure; a station statistic's target for the sub-district is the
     * station's figure.
     */
    private Figure figure(Map<String, Figure> byKey, Target t) {
        Figure f = byKey.get(t.unitCode() + "/" + t.indicatorCode());
        if (f != null || !t.unitCode().equals(units.subdistrict().code())) {
            return f;
        }
        for (ReportingUnit s : units.stations()) {
            f = byKey.get(s.code() + "/" + t.indicatorCode());
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /**
     * 时序进度 in %: a flow's target is due as the months go by (its own split when it has
     * one, else evenly); a rate, stock, growth or station measure is a level the year
     * must hold throughout.
     */
    static BigDecimal schedule(Target t, Indicator ind, int throughMonth) {
        if (ind.kind() != IndicatorKind.FLOW) {
            return HUNDRED;
        }
        if (!t.hasSplit()) {
            return BigDecimal.valueOf(throughMonth).multiply(HUNDRED).divide(BigDecimal.valueOf(12), MC);
        }
        if (t.annual().signum() == 0) {
            return null;
        }
        BigDecimal due = BigDecimal.ZERO;
        if (t.splitKind() == PeriodKind.MONTH) {
            for (int m = 1; m <= throughMonth; m++) {
                if (t.splitAt(m) == null) {
                    return null;
                }
                due = due.add(t.splitAt(m));
            }
        }
        else {
            int fullQuarters = throughMonth / 3;
            for (int q = 1; q <= fullQuarters; q++) {
                if (t.splitAt(q) == null) {
                    return null;
                }
                due = due.add(t.splitAt(q));
            }
            int into = throughMonth % 3;
            if (into > 0) {
                // inside a quarter: its share is due evenly over its three months
                BigDecimal part = t.splitAt(fullQuarters + 1);
                if (part == null) {
                    return null;
                }
                due = due.add(part.multiply(BigDecimal.valueOf(into)).divide(BigDecimal.valueOf(3), MC));
            }
        }
        return due.multiply(HUNDRED).divide(t.annual(), MC);
    }

    ProgressState state(Target t, Indicator ind, int through, BigDecimal actual, BigDecimal completion,
            BigDecimal schedule) {
        if (actual == null) {
            return ProgressState.UNKNOWN;
        }
        boolean yearOver = through == 12;
        BigDecimal tolerance = catalog.progressTolerance(ind.code());
        if (t.direction() == TargetDirection.AT_MOST) {
            if (actual.compareTo(t.annual()) > 0) {
                return yearOver || ind.kind() == IndicatorKind.FLOW ? ProgressState.MISSED : ProgressState.BEHIND;
            }
            // a flow spending its ceiling faster than the calendar will break it
            if (!yearOver && ind.kind() == IndicatorKind.FLOW && completion != null && schedule != null
                    && completion.subtract(schedule).compareTo(tolerance) >= 0) {
                return ProgressState.BEHIND;
            }
            return ProgressState.ON_TRACK;
        }
        if (completion == null) {
            return ProgressState.UNKNOWN;
        }
        boolean met = actual.compareTo(t.annual()) >= 0;
        if (yearOver && !met) {
            return ProgressState.MISSED;
        }
        if (schedule == null) {
            return met ? ProgressState.AHEAD : ProgressState.UNKNOWN;
        }
        BigDecimal gap = completion.subtract(schedule);
        if (gap.compareTo(tolerance) >= 0) {
            return ProgressState.AHEAD;
        }
        if (gap.compareTo(tolerance.negate()) <= 0) {
            return ProgressState.BEHIND;
        }
        return ProgressState.ON_TRACK;
    }

    /**
     * Communities ranked per indicator by 完成率: highest first, for a ceiling lowest first;
     * ties share a rank.
     */
    static List<Progress> ranked(List<Progress> progress, String subdistrict) {
        Map<String, List<Integer>> byIndicator = new LinkedHashMap<>();
        for (int k = 0; k < progress.size(); k++) {
            Progress p = progress.get(k);
            if (p.completion() == null || p.unitCode().equals(subdistrict)) {
                continue;
            }
            byIndicator.computeIfAbsent(p.indicatorCode(), c -> new ArrayList<>()).add(k);
        }
        List<Progress> out = new ArrayList<>(progress);
        byIndicator.forEach((code, idx) -> {
            Comparator<Integer> order = Comparator.comparing(k -> progress.get(k).completion());
            if (progress.get(idx.get(0)).target().direction() == TargetDirection.AT_LEAST) {
                order = order.reversed();
            }
            List<Integer> sorted = idx.stream().sorted(order).toList();
            int rank = 0;
            BigDecimal last = null;
            for (int n = 0; n < sorted.size(); n++) {
                Progress p = progress.get(sorted.get(n));
                if (last == null || p.completion().compareTo(last) != 0) {
                    rank = n + 1;
                }
                last = p.completion();
                out.set(sorted.get(n), new Progress(p.target(), p.throughMonth(), p.actual(), p.completion(),
                        p.schedule(), p.state(), rank, p.incomplete()));
            }
        });
        return out;
    }

    /**
     * A community left out of an allocation that most communities got: its 完成率 is —, and
     * says so.
     */
    private List<UnitFinding> missingTargets(int year, List<Given> targets) {
        Map<String, Set<String>> holders = new LinkedHashMap<>();
        Map<String, Given> example = new HashMap<>();
        for (Given g : targets) {
            if (g.target().unitCode().equals(units.subdistrict().code())) {
                continue;
            }
            holders.computeIfAbsent(g.target().indicatorCode(), c -> new HashSet<>()).add(g.target().unitCode());
            example.putIfAbsent(g.target().indicatorCode(), g);
        }
        List<UnitFinding> out = new ArrayList<>();
        List<ReportingUnit> communities = units.communities(year);
        holders.forEach((code, have) -> {
            // an allocation to a few communities (the estates being renovated) leaves the
            // others out on purpose; one meant for most of them has left someone out by
            // mistake
            if (have.size() * 2 <= communities.size()) {
                return;
            }
            for (ReportingUnit c : communities) {
                if (have.contains(c.code())) {
                    continue;
                }
                out.add(new UnitFinding(c.code(), example.get(code).fileName(),
                        Finding.info(NOT_GIVEN, CellRef.NONE, null,
                                c.name() + "没有下达“" + catalog.get(code).name() + "”的目标,不计算完成率(显示为—)。",
                                "如应考核,请在目标任务表中补充该社区的目标。")));
            }
        });
        return out;
    }

    private static String label(int year, int through) {
        return through == 12 ? year + "年" : year + "年1-" + through + "月";
    }

}

package yearbook.publish;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import yearbook.catalog.Indicator;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.IndicatorKind;
import yearbook.catalog.ReportingUnit;
import yearbook.catalog.UnitRegistry;
import yearbook.compile.ProgressStage;
import yearbook.model.YearOnYear;
import yearbook.model.Period;
import yearbook.model.PeriodKind;
import yearbook.model.Progress;
import yearbook.model.ProgressState;

/**
 * Reads a year's compiled progress and its trends (the years before it, the months of it)
 * for publish.
 */
final class TargetsAndTrendsLoader {

    /** The trends span the last five years in the database. */
    static final int TREND_YEARS = 5;

    private final JdbcClient jdbc;

    private final IndicatorCatalog catalog;

    private final UnitRegistry units;

    TargetsAndTrendsLoader(JdbcClient jdbc, IndicatorCatalog catalog, UnitRegistry units) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.units = units;
    }

    List<Progress> progress(int year) {
        return jdbc
            .sql("""
                    select t.year, t.unit_code, t.indicator_code, t.direction, t.annual, t.split_kind, t.split, t.sheet, t.cell,
                           t.raw_text, p.through_month, p.actual, p.completion, p.schedule, p.state, p.rank, p.incomplete
                    from target_progress p join target t on t.id = p.target_id
                    where p.year = ? order by t.id""")
            .param(year)
            .query((rs, n) -> new Progress(ProgressStage.target(rs, 1), rs.getInt(11), rs.getBigDecimal(12),
                    rs.getBigDecimal(13), rs.getBigDecimal(14), ProgressState.valueOf(rs.getString(15)),
                    (Integer) rs.getObject(16), rs.getBoolean(17)))
            .list();
    }

    Trends trends(int year, int through) {
        return new Trends(years(year), cumulative(year, through));
    }

    /**
     * Key indicators of every unit with a figure this year, over the last five compiled
     * years.
     */
    private List<Trends.YearSeries> years(int year) {
        Map<Integer, Integer> compiled = new TreeMap<>();
        jdbc.sql("select year, through_month from compilation where year between ? and ? order by year")
            .params(year - TREND_YEARS + 1, year)
            .query((rs, n) -> compiled.put(rs.getInt(1), rs.getInt(2)))
            .list();
        if (compiled.size() < 2) {
            return List.of();
        }
        List<String> keys = catalog.all().stream().filter(Indicator::key).map(Indicator::code).toList();
        Map<String, Map<Integer, BigDecimal>> values = new LinkedHashMap<>();
        jdbc.sql("""
                select unit_code, indicator_code, year, value from figure
                where year between ? and ? and indicator_code = any(?) order by unit_code, indicator_code, year""")
            .params(year - TREND_YEARS + 1, year, new SqlArrayValue("text", keys.toArray()))
            .query((rs, n) -> values.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2), k -> new HashMap<>())
                .put(rs.getInt(3), rs.getBigDecimal(4)))
            .list();
        List<Trends.YearSeries> out = new ArrayList<>();
        values.forEach((key, byYear) -> {
            if (!byYear.containsKey(year)) {
                return;
            }
            String unit = key.substring(0, key.indexOf('|'));
            String code = key.substring(key.indexOf('|') + 1);
            List<Trends.YearPoint> points = new ArrayList<>();
            compiled.forEach((y, m) -> points.add(new Trends.YearPoint(y, m, byYear.get(y))));
            out.add(new Trends.YearSeries(unit, code, points, since(unit, year)));
        });
        return out;
    }

    /** The first year of a unit's present area: its creation or its latest redrawing. */
    private int since(String unitCode, int year) {
        ReportingUnit u = units.byCode(unitCode).orElse(null);
        if (u == null) {
            return Integer.MIN_VALUE;
        }
        int since = u.from() == null ? Integer.MIN_VALUE : u.from();
        for (int y : u.boundaryChanged()) {
            if (y <= year && y > since) {
                since = y;
            }
        }
        return since;
    }

    /**
     * 1–N月累计 of the flows every unit reported by month this year: this year's against
     * last year's same months (the 上年同期 of these reports when all carry one, else last
     * year's monthly reports).
     */
    private List<Trends.Cumulative> cumulative(int year, int through) {
        Map<String, TreeMap<Integer, BigDecimal[]>> now = monthly(year, through);
        Map<String, TreeMap<Integer, BigDecimal[]>> before = monthly(year - 1, through);
        List<Trends.Cumulative> out = new ArrayList<>();
        for (Indicator ind : catalog.all()) {
            TreeMap<Integer, BigDecimal[]> months = now.get(ind.code());
            if (months == null || ind.kind() != IndicatorKind.FLOW) {
                continue;
            }
            TreeMap<Integer, BigDecimal[]> last = before.get(ind.code());
            BigDecimal cum = BigDecimal.ZERO;
            BigDecimal priorCum = BigDecimal.ZERO;
            boolean priorKnown = true;
            BigDecimal lastCum = BigDecimal.ZERO;
            boolean lastKnown = last != null;
            List<Trends.MonthPoint> points = new ArrayList<>();
            for (int m = 1; m <= through; m++) {
                BigDecimal[] v = months.get(m);
                if (v == null) {
                    // a month not reported: the series stops rather than flattening
                    break;
                }
                cum = cum.add(v[0]);
                if (v[1] == null) {
                    priorKnown = false;
                }
                else {
                    priorCum = priorCum.add(v[1]);
                }
                BigDecimal[] l = lastKnown ? last.get(m) : null;
                if (l == null) {
                    lastKnown = false;
                }
                else {
                    lastCum = lastCum.add(l[0]);
                }
                BigDecimal prior = priorKnown ? priorCum : lastKnown ? lastCum : null;
                points.add(new Trends.MonthPoint(m, cum, prior, YearOnYear.growthPercent(cum, prior)));
            }
            if (!points.isEmpty()) {
                out.add(new Trends.Cumulative(ind.code(), points));
            }
        }
        return out;
    }

    /**
     * indicator → month → {Σ value, Σ 上年同期 (null when some report lacks it)} over the
     * standing monthly reports of a year; an indicator that any unit reported for a
     * longer period is left out, since its months would be only part of the sub-district.
     */
    private Map<String, TreeMap<Integer, BigDecimal[]>> monthly(int year, int through) {
        // summed in the database: a city year is 936,000 observations, a few hundred
        // sums;
        // joined by submission_id, not by the ranges of ids: for the whole year a hash
        // join beats 240,000 range scans (province: 5.3 s against 9.0 s)
        Map<String, TreeMap<Integer, BigDecimal[]>> out = new HashMap<>();
        Map<String, Boolean> onlyMonths = new HashMap<>();
        jdbc.sql("""
                select o.indicator_code, o.period, sum(o.value), sum(o.prior), count(o.prior) = count(*)
                from observation o join submission s on s.id = o.submission_id
                where s.year = ? and s.status = 'ACCEPTED' and s.kind = 'REPORT' and o.value is not null
                group by o.indicator_code, o.period""").param(year).query(rs -> {
            String code = rs.getString(1);
            Period p = Period.parseCode(rs.getString(2));
            if (p.kind() != PeriodKind.MONTH) {
                onlyMonths.put(code, false);
                return;
            }
            onlyMonths.putIfAbsent(code, true);
            if (p.number() > through) {
                return;
            }
            out.computeIfAbsent(code, c -> new TreeMap<>())
                .put(p.number(),
                        new BigDecimal[] { rs.getBigDecimal(3), rs.getBoolean(5) ? rs.getBigDecimal(4) : null });
        });
        out.keySet().removeIf(code -> !onlyMonths.getOrDefault(code, false));
        return out;
    }

}

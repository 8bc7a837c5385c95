package yearbook.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import yearbook.catalog.Indicator;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.IndicatorKind;
import yearbook.catalog.ReportingUnit;
import yearbook.catalog.UnitRegistry;
import yearbook.model.CellRef;
import yearbook.model.ObservationId;
import yearbook.model.Finding;
import yearbook.model.Period;
import yearbook.model.PeriodKind;
import yearbook.model.YearOnYear;
import yearbook.read.store.ReadResultStore;

/**
 * Runs the checks across files and years for a year. Idempotent: its findings and the
 * 催报名单 are replaced on every run. Call inside one transaction.
 */
public class CheckStage {

    private static final Logger log = LoggerFactory.getLogger(CheckStage.class);

    public record Outcome(int superseded, int unitsMissing, int warnings) {
    }

    private final JdbcClient jdbc;

    private final IndicatorCatalog catalog;

    private final UnitRegistry units;

    private final ReadResultStore findings;

    private final AqiCrossCheck aqiCrossCheck;

    public CheckStage(JdbcClient jdbc, IndicatorCatalog catalog, UnitRegistry units, ReadResultStore findings,
            AqiCrossCheck aqiCrossCheck) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.units = units;
        this.findings = findings;
        this.aqiCrossCheck = aqiCrossCheck;
    }

    /**
     * @param throughMonth 12 for the year, or the last month of a year-to-date (累计)
     * compilation
     */
    public Outcome check(int year, int throughMonth) {
        jdbc.sql("delete from finding where year = ? and stage = 'check'").param(year).update();
        jdbc.sql("delete from missing_report where year = ?").param(year).update();

        var superseded = new ArrayList<>(new Supersession(jdbc).apply(year));
        superseded.addAll(new TargetVersions(jdbc).apply(year));
        for (var s : superseded) {
            findings.saveFindings(s.id(), year, s.unitCode(), "check", Supersession.findingsOf(List.of(s)));
        }

        int missing = completeness(year, throughMonth);
        int warnings = unitByUnit(year);
        warnings += aqiCrossCheck.check(year);
        log.info("审核 {} 年: 被替代版本 {} 个, 缺报单位 {} 个, 核实性提示 {} 条", year, superseded.size(), missing, warnings);
        return new Outcome(superseded.size(), missing, warnings);
    }

    private int completeness(int year, int throughMonth) {
        Map<String, List<Period>> reported = new HashMap<>();
        jdbc.sql("select unit_code, period from submission where year = ? and status = 'ACCEPTED' and kind = 'REPORT'")
            .param(year)
            .query((rs, n) -> {
                reported.computeIfAbsent(rs.getString(1), u -> new ArrayList<>())
                    .add(Period.parseCode(rs.getString(2)));
                return null;
            })
            .list();
        List<String> due = new ArrayList<>();
        due.add(units.subdistrict().code());
        units.communities(year).forEach(c -> due.add(c.code()));
        Map<String, List<Period>> owed = Completeness.owed(year, due, reported, throughMonth);
        for (ReportingUnit s : units.stations()) {
            long days = jdbc.sql("""
                    select count(*) from air_quality_day d join submission s on s.id = d.submission_id
                    where s.year = ? and s.status = 'ACCEPTED' and d.station_code = ? and extract(year from d.day) = ?
                      and extract(month from d.day) <= ?""")
                .params(year, s.code(), year, throughMonth)
                .query(Long.class)
                .single();
            if (days == 0) {
                owed.put(s.code(), List.of(Period.year(year)));
            }
        }
        for (var e : owed.entrySet()) {
            for (Period p : e.getValue()) {
                jdbc.sql("insert into missing_report (year, unit_code, period) values (?, ?, ?)")
                    .params(year, e.getKey(), p.code())
                    .update();
            }
        }
        return owed.size();
    }

    /** Without its cell and raw text: only the few rows with a finding need them. */
    private record Row(long id, long submissionId, String unit, Period period, String indicator, BigDecimal value,
            BigDecimal prior, BigDecimal lastYear) {

        Row withLastYear(BigDecimal figure) {
            return new Row(id, submissionId, unit, period, indicator, value, prior, figure);
        }

    }

    private record Located(CellRef cell, String raw) {
    }

    /** Where an observation with a finding was read, and what its cell held. */
    private Located located(long observationId) {
        return jdbc.sql("select sheet, cell, raw_text from observation where id = ?")
            .param(observationId)
            .query((rs, n) -> new Located(new CellRef(rs.getString(1), rs.getString(2)), rs.getString(3)))
            .single();
    }

    /**
     * Both checks of the standing observations, a unit at a time through a cursor (a city
     * year is 936,000 observations, a province ten times that), each unit's in id order
     * with last year's figure beside each (the basis of a swing where no 上年同期 was
     * submitted).
     *
     * <p>
     * The year's submissions are sorted by unit and each one's observations fetched by
     * its range of ids, so the rows come grouped by unit without sorting the observations
     * (at the city 936,000 rows spilled to disk); a unit's are put in id order here. Last
     * year's figures of a unit come once, with its first submission, instead of being
     * looked up for every observation.
     */
    private int unitByUnit(int year) {
        Map<String, String> codes = new HashMap<>();
        List<Row> unit = new ArrayList<>();
        Map<String, BigDecimal> lastYear = new HashMap<>();
        int[] count = { 0 };
        String[] current = { null };
        jdbc.sql("""
                select s.unit_code, x.part, x.id, x.submission_id, x.period, x.indicator_code, x.value, x.prior,
                       x.unit_code
                from (select id, unit_code, id = min(id) over (partition by unit_code) as first from submission
                      where year = ? and status = 'ACCEPTED') s
                cross join lateral (
                  select 0 as part, o.id, o.submission_id, o.period, o.indicator_code, o.value, o.prior,
                         o.unit_code
                  from observation o where """ + ObservationId.OF_SUBMISSION_S + """

                    and o.value is not null
                  union all
                  select 1, f.id, null, null, f.indicator_code, f.value, null, f.unit_code
                  from figure f where s.first and f.year = ? and f.unit_code = s.unit_code) x
                order by s.unit_code""").params(year, year - 1).withFetchSize(5_000).query(rs -> {
            String u = rs.getString(1);
            if (!u.equals(current[0])) {
                count[0] += checkUnit(year, unit, lastYear);
                current[0] = u;
            }
            if (rs.getInt(2) == 1) {
                lastYear.put(rs.getString(6), rs.getBigDecimal(7));
                return;
            }
            if (!u.equals(rs.getString(9))) {
                throw new IllegalStateException(
                        "observation " + rs.getLong(3) + " is not of its submission's unit " + u);
            }
            unit.add(new Row(rs.getLong(3), rs.getLong(4), shared(codes, u), Period.parseCode(rs.getString(5)),
                    shared(codes, rs.getString(6)), rs.getBigDecimal(7), rs.getBigDecimal(8), null));
        });
        count[0] += checkUnit(year, unit, lastYear);
        return count[0];
    }

    /** One unit's rows, in id order, each with last year's figure; both lists emptied. */
    private int checkUnit(int year, List<Row> rows, Map<String, BigDecimal> lastYear) {
        if (rows.isEmpty()) {
            lastYear.clear();
            return 0;
        }
        List<Row> unit = new ArrayList<>(rows.size());
        for (Row r : rows) {
            unit.add(r.withLastYear(lastYear.get(r.indicator())));
        }
        unit.sort(Comparator.comparingLong(Row::id));
        rows.clear();
        lastYear.clear();
        return annualVersusPeriods(year, unit) + swings(year, unit);
    }

    /**
     * Where a unit sent an annual report and period reports too, the annual stands; say
     * where they disagree.
     */
    private int annualVersusPeriods(int year, List<Row> standing) {
        Map<String, Map<String, List<Row>>> byUnitIndicator = new LinkedHashMap<>();
        for (Row r : standing) {
            byUnitIndicator.computeIfAbsent(r.unit(), u -> new LinkedHashMap<>())
                .computeIfAbsent(r.indicator(), i -> new ArrayList<>())
                .add(r);
        }
        int count = 0;
        for (var ue : byUnitIndicator.entrySet()) {
            for (var ie : ue.getValue().entrySet()) {
                Indicator ind = catalog.byCode(ie.getKey()).orElse(null);
                if (ind == null) {
                    continue;
                }
                Row annual = ie.getValue()
                    .stream()
                    .filter(r -> r.period().kind() == PeriodKind.YEAR)
                    .findFirst()
                    .orElse(null);
                if (annual == null) {
                    continue;
                }
                List<Row> parts = ie.getValue()
                    .stream()
                    .filter(r -> r.period().kind() != PeriodKind.YEAR)
                    .sorted((a, b) -> a.period().compareTo(b.period()))
                    .toList();
                if (parts.isEmpty()) {
                    continue;
                }
                PeriodKind kind = parts.get(parts.size() - 1).period().kind();
                List<Row> same = parts.stream().filter(r -> r.period().kind() == kind).toList();
                BigDecimal fromParts = ind.kind() == IndicatorKind.STOCK ? same.get(same.size() - 1).value()
                        : same.stream().map(Row::value).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (fromParts.compareTo(annual.value()) != 0) {
                    String what = ind.kind() == IndicatorKind.STOCK ? "最后一期数"
                            : (kind == PeriodKind.QUARTER ? "各季度之和" : "各月之和");
                    Located at = located(annual.id());
                    findings.saveFindings(annual.submissionId(), year, annual.unit(), "check",
                            List.of(Finding.warning("ANNUAL_VS_PERIODS", at.cell(), at.raw(),
                                    "「" + ind.name() + "」年报数 " + annual.value().toPlainString() + " 与" + what + " "
                                            + fromParts.toPlainString() + " 不一致;汇总以年报数为准。",
                                    "请核实年报与分期报表,并说明原因或更正后重新报送。")));
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * 核实性审核: a change against last year beyond the catalog's threshold (a 元-for-万元 slip
     * shows here too).
     */
    private int swings(int year, List<Row> standing) {
        int count = 0;
        for (Row r : standing) {
            Indicator ind = catalog.byCode(r.indicator()).orElse(null);
            if (ind == null || ind.swingPercent() == null) {
                continue;
            }
            BigDecimal prior = r.prior();
            String basis = "上年同期数";
            // Last year's figure of a new or redrawn unit is no like-for-like basis: only
            // its own 上年同期 is.
            boolean comparable = units.byCode(r.unit()).map(u -> u.comparableIn(year)).orElse(true);
            if (prior == null && comparable && r.period().kind() == PeriodKind.YEAR) {
                prior = r.lastYear();
                basis = "上年汇总数";
            }
            BigDecimal growth = YearOnYear.growthPercent(r.value(), prior);
            if (growth == null || growth.abs().compareTo(ind.swingPercent()) <= 0) {
                continue;
            }
            Located at = located(r.id());
            findings.saveFindings(r.submissionId(), year, r.unit(), "check",
                    List.of(Finding.warning("YOY_SWING", at.cell(), at.raw(),
                            "「" + ind.name() + "」本期 " + r.value().toPlainString() + ind.unit() + ",比" + basis + " "
                                    + prior.toPlainString() + ind.unit() + (growth.signum() > 0 ? "增长" : "下降")
                                    + growth.abs().setScale(1, RoundingMode.HALF_UP).toPlainString() + "%,超过±"
                                    + ind.swingPercent().toPlainString() + "%。",
                            "请核实并说明原因(是否填错计量单位,如把“元”填成“万元”)。")));
            count++;
        }
        return count;
    }

    private static String shared(Map<String, String> codes, String s) {
        return s == null ? null : codes.computeIfAbsent(s, k -> k);
    }

}

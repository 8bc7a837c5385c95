package yearbook.job;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.UnitRegistry;
import yearbook.compile.AirQualityDays;
import yearbook.compile.FigureStore;
import yearbook.compile.air.AnnualAirQualityEvaluator;
import yearbook.model.AnnualAirQuality;
import yearbook.model.CellRef;
import yearbook.model.Finding;
import yearbook.model.Period;
import yearbook.model.Severity;
import yearbook.publish.Lineage;
import yearbook.publish.YearReport;

/** Reads everything publish needs for a year out of the database. */
public class YearReportLoader {
    private final JdbcClient jdbc;
    private final IndicatorCatalog catalog;
    private final UnitRegistry units;
    private final FigureStore figures;
    private final AirQualityDays airDays;
    private final AnnualAirQualityEvaluator airEvaluator;

    public YearReportLoader(JdbcClient jdbc, IndicatorCatalog catalog, UnitRegistry units, FigureStore figures,
                            AirQualityDays airDays, AnnualAirQualityEvaluator airEvaluator) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.units = units;
        this.figures = figures;
        this.airDays = airDays;
        this.airEvaluator = airEvaluator;
    }

    public YearReport load(int year) {
        int through = jdbc.sql("select through_month from compilation where year = ?").param(year)
                .query(Integer.class).optional().orElse(12);
        // The compile date is the figures' own, so that the same database state gives the same outputs.
        LocalDate compiledOn = jdbc.sql("select max(compiled_at) from figure where year = ?").param(year)
                .query(java.sql.Timestamp.class).optional()
                .map(t -> t.toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate())
                .orElse(LocalDate.now(ZoneId.of("Asia/Shanghai")));

        Map<String, List<String>> missing = new LinkedHashMap<>();
        jdbc.sql("select unit_code, period from missing_report where year = ? order by unit_code, period").param(year)
                .query((rs, n) -> missing.computeIfAbsent(rs.getString(1), u -> new ArrayList<>())
                        .add(Period.parseCode(rs.getString(2)).label()))
                .list();
        List<YearReport.Missing> missingRows = new ArrayList<>();
        missing.forEach((u, p) -> missingRows.add(new YearReport.Missing(u, p)));

        List<YearReport.Received> received = jdbc.sql("""
                select id, file_name, unit_code, period, status, filed_on, sha256 from submission where year = ? order by id""")
                .param(year)
                .query((rs, n) -> new YearReport.Received(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4) == null ? null : Period.parseCode(rs.getString(4)).label(), rs.getString(5),
                        rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(), rs.getString(7)))
                .list();

        List<YearReport.FileFinding> findings = jdbc.sql("""
                select f.unit_code, s.file_name, f.severity, f.rule, f.sheet, f.cell, f.value_seen, f.message, f.advice
                from finding f left join submission s on s.id = f.submission_id
                where f.year = ?
                order by f.unit_code nulls last, s.file_name, case f.severity when 'ERROR' then 0 when 'WARNING' then 1 else 2 end, f.id""")
                .param(year)
                .query((rs, n) -> new YearReport.FileFinding(rs.getString(1), rs.getString(2), new Finding(
                        Severity.valueOf(rs.getString(3)), rs.getString(4), new CellRef(rs.getString(5), rs.getString(6)),
                        rs.getString(7), rs.getString(8), rs.getString(9))))
                .list();

        Lineage lineage = new DbLineage(jdbc, year);

        AnnualAirQuality air = null;
        for (var e : airDays.byStation(year).entrySet()) {
            air = airEvaluator.evaluate(e.getKey(), year,
                    e.getValue().stream().filter(d -> d.day().getMonthValue() <= through).toList());
            break; // the report shows the sub-district's (first) station
        }
        return new YearReport(year, through, compiledOn, catalog, units, figures.load(year), missingRows, received, findings,
                lineage, air);
    }

    /**
     * A year's lineage read from the database when publish goes through it, a window of figures at a
     * time: a city year has 1.75 million sources, which as one list (and as the driver's buffered result
     * set before that) took gigabytes of heap. Each cell once, under the figure of the unit that reported
     * it: a total's sources are its units' rows, and repeating them under every total, rate and growth
     * would multiply the list (lineage is in figure_source for explain; this is the office's readable list).
     */
    static final class DbLineage implements Lineage {
        /** Figures per query: about 20 sources each at city scale, so some 40,000 rows in memory at a time. */
        private static final int WINDOW = 2_000;
        private static final String FROM = """
                from figure f
                join figure_source fs on fs.figure_id = f.id
                join observation o on o.id = fs.observation_id
                join submission s on s.id = o.submission_id
                where f.year = ? and f.unit_code = o.unit_code and f.indicator_code = o.indicator_code""";

        private final JdbcClient jdbc;
        private final int year;
        private Integer size;

        DbLineage(JdbcClient jdbc, int year) {
            this.jdbc = jdbc;
            this.year = year;
        }

        @Override
        public synchronized int size() {
            if (size == null) size = jdbc.sql("select count(*) " + FROM).param(year).query(Integer.class).single();
            return size;
        }

        @Override
        public void forEach(Consumer<YearReport.Source> each) {
            List<Long> ids = jdbc.sql("select id from figure where year = ? order by id").param(year).query(Long.class).list();
            // Period labels repeat for every row: parse each code once.
            Map<String, String> periods = new java.util.HashMap<>();
            for (int from = 0; from < ids.size(); from += WINDOW) {
                long first = ids.get(from);
                long last = ids.get(Math.min(ids.size(), from + WINDOW) - 1);
                jdbc.sql("select f.unit_code, f.indicator_code, s.file_name, o.period, o.sheet, o.cell, o.value "
                                + FROM + " and f.id between ? and ? order by f.id, o.id")
                        .params(year, first, last)
                        .query(rs -> {
                            each.accept(new YearReport.Source(rs.getString(1), rs.getString(2), rs.getString(3),
                                    periods.computeIfAbsent(rs.getString(4), p -> Period.parseCode(p).label()),
                                    rs.getString(5), rs.getString(6), rs.getBigDecimal(7)));
                        });
            }
        }
    }
}

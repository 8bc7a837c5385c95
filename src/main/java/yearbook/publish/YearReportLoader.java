package yearbook.publish;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.UnitRegistry;
import yearbook.store.AirQualityDays;
import yearbook.compile.air.AnnualAirQualityEvaluator;
import yearbook.model.AnnualAirQuality;
import yearbook.model.Period;

/** Reads everything publish needs for a year out of the database. */
public class YearReportLoader {

    private final DataSource dataSource;

    private final JdbcClient jdbc;

    private final IndicatorCatalog catalog;

    private final UnitRegistry units;

    private final AirQualityDays airDays;

    private final AnnualAirQualityEvaluator airEvaluator;

    public YearReportLoader(DataSource dataSource, JdbcClient jdbc, IndicatorCatalog catalog, UnitRegistry units,
            AirQualityDays airDays, AnnualAirQualityEvaluator airEvaluator) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.units = units;
        this.airDays = airDays;
        this.airEvaluator = airEvaluator;
    }

    public YearReport load(int year) {
        int through = jdbc.sql("select through_month from compilation where year = ?")
            .param(year)
            .query(Integer.class)
            .optional()
            .orElse(12);
        // The compile date is the figures' own, so that the same database state gives the
        // same outputs.
        LocalDate compiledOn = jdbc.sql("select max(compiled_at) from figure where year = ?")
            .param(year)
            .query(Timestamp.class)
            .optional()
            .map(t -> t.toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate())
            .orElse(LocalDate.now(ZoneId.of("Asia/Shanghai")));

        Map<String, List<String>> missing = new LinkedHashMap<>();
        jdbc.sql("select unit_code, period from missing_report where year = ? order by unit_code, period")
            .param(year)
            .query((rs, n) -> missing.computeIfAbsent(rs.getString(1), u -> new ArrayList<>())
                .add(Period.parseCode(rs.getString(2)).label()))
            .list();
        List<YearReport.Missing> missingRows = new ArrayList<>();
        missing.forEach((u, p) -> missingRows.add(new YearReport.Missing(u, p)));

        // the files stay in the database: a province has 240,000
        YearFiles received = new DbFiles(jdbc, year);

        // the findings too: a province where every file has one or two would not fit
        YearFindings findings = new DbFindings(jdbc, year);

        Lineage lineage = new DbLineage(dataSource, jdbc, year);

        // Every station of the year: a sub-district has one, a district's network several
        // (a section each).
        List<AnnualAirQuality> air = airDays.evaluate(year, through, airEvaluator);
        TargetsAndTrendsLoader more = new TargetsAndTrendsLoader(jdbc, catalog, units);
        // the figures stay in the database: a province's do not fit in the heap
        YearFigures figures = new DbFigures(dataSource, jdbc, year, ReportOrder.units(units, year));
        return new YearReport(year, through, compiledOn, catalog, units, figures, missingRows, received, findings,
                lineage, air, more.progress(year), more.trends(year, through));
    }

}

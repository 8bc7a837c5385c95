package yearbook.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import yearbook.compile.air.AnnualAirQualityEvaluator;
import yearbook.model.AnnualAirQuality;
import yearbook.model.CellRef;
import yearbook.model.Observation;
import yearbook.model.Period;

/** Compiles a year from the database into the database. Call inside one transaction. */
public class CompileStage {
    private static final Logger log = LoggerFactory.getLogger(CompileStage.class);

    private final JdbcClient jdbc;
    private final YearCompiler compiler;
    private final FigureStore figures;
    private final AirQualityDays airDays;
    private final AnnualAirQualityEvaluator airEvaluator;
    private final ProgressStage progress;

    public CompileStage(JdbcClient jdbc, YearCompiler compiler, FigureStore figures, AirQualityDays airDays,
                        AnnualAirQualityEvaluator airEvaluator) {
        this(jdbc, compiler, figures, airDays, airEvaluator, null);
    }

    /** @param progress the targets' 完成率 after the figures, or null to compile figures only */
    public CompileStage(JdbcClient jdbc, YearCompiler compiler, FigureStore figures, AirQualityDays airDays,
                        AnnualAirQualityEvaluator airEvaluator, ProgressStage progress) {
        this.progress = progress;
        this.jdbc = jdbc;
        this.compiler = compiler;
        this.figures = figures;
        this.airDays = airDays;
        this.airEvaluator = airEvaluator;
    }

    public int compile(int year) {
        return compile(year, 12);
    }

    /** @param throughMonth 12 for the year, or the last month of a year-to-date (累计) compilation */
    public int compile(int year, int throughMonth) {
        // Only what the compiler uses (not the cell, raw text or conversion), each repeated code one shared
        // string (Period.parseCode shares periods): a city year is 936,000 observations of 2,000 units, 40 indicators, 17 periods.
        Map<String, String> codes = new HashMap<>();
        List<StoredObservation> obs = jdbc.sql("""
                select o.id, o.submission_id, o.unit_code, o.period, o.indicator_code, o.value, o.prior, o.approximate,
                       o.not_applicable
                from observation o join submission s on s.id = o.submission_id
                where s.year = ? and s.status = 'ACCEPTED' and s.kind = 'REPORT'
                order by o.id""")
                .param(year)
                .query((rs, n) -> new StoredObservation(rs.getLong(1), rs.getLong(2), new Observation(
                        shared(codes, rs.getString(3)), period(rs.getString(4)), shared(codes, rs.getString(5)),
                        rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBoolean(8), rs.getBoolean(9), CellRef.NONE,
                        null, null)))
                .list();
        Set<String> missing = new HashSet<>(jdbc.sql("select distinct unit_code from missing_report where year = ?")
                .param(year).query(String.class).list());
        List<AnnualAirQuality> air = airDays.evaluate(year, throughMonth, airEvaluator);
        List<CompiledFigure> compiled = compiler.compile(new YearCompiler.Inputs(year, throughMonth, obs,
                figures.values(year - 1), missing, air));
        figures.replace(year, compiled);
        jdbc.sql("delete from compilation where year = ?").param(year).update();
        jdbc.sql("insert into compilation (year, through_month) values (?, ?)").params(year, throughMonth).update();
        int targets = progress == null ? 0 : progress.compile(year, throughMonth, figures.load(year));
        log.info("汇总 {} 年: 观测值 {} 个, 生成指标数 {} 个, 目标 {} 项", year, obs.size(), compiled.size(), targets);
        return compiled.size();
    }

    private static String shared(Map<String, String> codes, String s) {
        return s == null ? null : codes.computeIfAbsent(s, k -> k);
    }

    private static Period period(String code) {
        return code == null ? null : Period.parseCode(code);
    }
}

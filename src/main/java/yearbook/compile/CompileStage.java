package yearbook.compile;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import yearbook.compile.air.AnnualAirQualityEvaluator;
import yearbook.model.AnnualAirQuality;
import yearbook.store.AirQualityDays;

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

    /**
     * @param progress the targets' 完成率 after the figures, or null to compile figures only
     */
    public CompileStage(JdbcClient jdbc, YearCompiler compiler, FigureStore figures, AirQualityDays airDays,
            AnnualAirQualityEvaluator airEvaluator, ProgressStage progress) {
        this.progress = progress;
        this.jdbc = jdbc;
        this.compiler = compiler;
        this.figures = figures;
        this.airDays = airDays;
        this.airEvaluator = airEvaluator;
    }

    /**
     * @param throughMonth 12 for the year, or the last month of a year-to-date (累计)
     * compilation
     */
    public int compile(int year, int throughMonth) {
        // No observation is deleted (a file re-read, a submission withdrawn) while the
        // year is compiled from them: the lineage written at the end names them, and its
        // foreign keys are not checked against them again (FigureStore). New files may
        // not be stored meanwhile either; they wait for the compile to commit.
        jdbc.sql("lock table observation in share mode").update();
        Set<String> missing = new HashSet<>(jdbc.sql("select distinct unit_code from missing_report where year = ?")
            .param(year)
            .query(String.class)
            .list());
        List<AnnualAirQuality> air = airDays.evaluate(year, throughMonth, airEvaluator);
        long figureCount;
        long observations;
        try (FigureStaging staging = new FigureStaging()) {
            YearCompilation run = compiler.start(year, throughMonth, missing, air, staging);
            observations = new UnitObservations(figures.template()).forEachUnit(year, run::unit);
            run.finish();
            figureCount = staging.count();
            figures.replace(year, staging);
        }
        jdbc.sql("delete from compilation where year = ?").param(year).update();
        jdbc.sql("insert into compilation (year, through_month) values (?, ?)").params(year, throughMonth).update();
        int targets = progress == null ? 0 : progress.compile(year, throughMonth, figures.loadTargeted(year));
        log.info("汇总 {} 年: 观测值 {} 个, 生成指标数 {} 个, 目标 {} 项", year, observations, figureCount, targets);
        return (int) figureCount;
    }

}

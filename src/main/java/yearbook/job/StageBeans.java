package yearbook.job;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.UnitRegistry;
import yearbook.check.AqiCrossCheck;
import yearbook.check.CheckStage;
import yearbook.check.StationAqiCrossCheck;
import yearbook.collect.Collector;
import yearbook.compile.AirQualityDays;
import yearbook.compile.CompileStage;
import yearbook.compile.FigureStore;
import yearbook.compile.YearCompiler;
import yearbook.compile.air.AirQualityIndex;
import yearbook.compile.air.AnnualAirQualityEvaluator;
import yearbook.publish.Publisher;
import yearbook.publish.YearReportLoader;
import yearbook.publish.YearPublisher;
import yearbook.read.ReadResultStore;
import yearbook.read.ReadStage;
import yearbook.read.SubmissionReader;
import yearbook.read.WorkbookReader;
import yearbook.system.YearbookProperties;

/** The stages' classes are plain Java; this is where they meet Spring. */
@Configuration(proxyBeanMethods = false)
public class StageBeans {
    @Bean
    JdbcClient jdbcClient(DataSource ds) {
        return JdbcClient.create(ds);
    }

    @Bean
    TransactionTemplate transactionTemplate(PlatformTransactionManager txm) {
        return new TransactionTemplate(txm);
    }

    @Bean
    Collector collector(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate tx, org.springframework.core.env.Environment env) {
        return new Collector(jdbc, template, tx, maxFileBytes(env));
    }

    @Bean
    SubmissionReader submissionReader(IndicatorCatalog catalog, UnitRegistry units, org.springframework.core.env.Environment env) {
        // the office's limits: a larger file is named and not read; a file taking longer is stopped
        return new WorkbookReader(catalog, units, maxFileBytes(env),
                env.getProperty("yearbook.read-time-limit", java.time.Duration.class, java.time.Duration.ofMinutes(3)));
    }

    private static long maxFileBytes(org.springframework.core.env.Environment env) {
        return env.getProperty("yearbook.max-file-size", org.springframework.util.unit.DataSize.class,
                org.springframework.util.unit.DataSize.ofBytes(yearbook.collect.InputFolder.DEFAULT_MAX_FILE_BYTES)).toBytes();
    }

    @Bean
    ReadResultStore readResultStore(JdbcClient jdbc, JdbcTemplate template) {
        return new ReadResultStore(jdbc, template);
    }

    @Bean
    ReadStage readStage(JdbcClient jdbc, TransactionTemplate tx, SubmissionReader reader, ReadResultStore store) {
        return new ReadStage(jdbc, tx, reader, store);
    }

    @Bean
    AirQualityIndex airQualityIndex(org.springframework.core.env.Environment env) {
        // HJ 633-2012 as written takes both ozone items of the daily report; some stations print an AQI from
        // the 8-hour value only (EIGHT_HOUR_FIRST): the office sets what its station does.
        return new AirQualityIndex(yearbook.compile.air.OzoneDailyRule.valueOf(
                env.getProperty("yearbook.air.ozone-rule", "BOTH_ITEMS")));
    }

    @Bean
    AnnualAirQualityEvaluator annualAirQualityEvaluator(AirQualityIndex index) {
        return new AnnualAirQualityEvaluator(index);
    }

    @Bean
    AirQualityDays airQualityDays(JdbcClient jdbc) {
        return new AirQualityDays(jdbc);
    }

    @Bean
    AqiCrossCheck aqiCrossCheck(AirQualityDays days, AirQualityIndex index, ReadResultStore store, JdbcClient jdbc) {
        return new StationAqiCrossCheck(days, index, store, jdbc);
    }

    @Bean
    CheckStage checkStage(JdbcClient jdbc, IndicatorCatalog catalog, UnitRegistry units, ReadResultStore store,
                          AqiCrossCheck aqi) {
        return new CheckStage(jdbc, catalog, units, store, aqi);
    }

    @Bean
    FigureStore figureStore(JdbcClient jdbc, JdbcTemplate template) {
        return new FigureStore(jdbc, template);
    }

    @Bean
    CompileStage compileStage(JdbcClient jdbc, JdbcTemplate template, IndicatorCatalog catalog, UnitRegistry units,
                              FigureStore figures, AirQualityDays days, AnnualAirQualityEvaluator evaluator) {
        return new CompileStage(jdbc, new YearCompiler(catalog, units), figures, days, evaluator,
                new yearbook.compile.ProgressStage(jdbc, template, catalog, units));
    }

    @Bean
    YearReportLoader yearReportLoader(DataSource ds, JdbcClient jdbc, IndicatorCatalog catalog, UnitRegistry units, FigureStore figures,
                                      AirQualityDays days, AnnualAirQualityEvaluator evaluator) {
        return new YearReportLoader(ds, jdbc, catalog, units, figures, days, evaluator);
    }

    @Bean
    Publisher publisher(YearbookProperties props) {
        return new YearPublisher(new yearbook.publish.pdf.SummaryPdf(props.font())::write);
    }

    @Bean
    YearlyJobLauncher yearlyJobLauncher(DataSource ds, JdbcClient jdbc, org.springframework.batch.core.launch.JobOperator operator,
                                        org.springframework.batch.core.repository.JobRepository repository,
                                        org.springframework.batch.core.job.Job yearlyJob) {
        return new YearlyJobLauncher(ds, jdbc, operator, repository, yearlyJob);
    }

    @Bean
    yearbook.deliver.PdfDelivery pdfDelivery(org.springframework.beans.factory.ObjectProvider<org.springframework.mail.javamail.JavaMailSender> sender,
                                             yearbook.deliver.MailProperties mail, JdbcClient jdbc, FigureStore figures,
                                             IndicatorCatalog catalog, UnitRegistry units) {
        return new yearbook.deliver.PdfDelivery(sender.getIfAvailable(), mail, jdbc, figures, catalog, units);
    }
}

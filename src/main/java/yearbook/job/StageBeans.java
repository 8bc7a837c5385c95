package yearbook.job;

import javax.sql.DataSource;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.UnitRegistry;
import yearbook.check.AqiCrossCheck;
import yearbook.check.CheckStage;
import yearbook.check.StationAqiCrossCheck;
import yearbook.collect.Collector;
import yearbook.compile.CompileStage;
import yearbook.compile.FigureStore;
import yearbook.compile.ProgressStage;
import yearbook.compile.YearCompiler;
import yearbook.compile.air.AirQualityIndex;
import yearbook.compile.air.AnnualAirQualityEvaluator;
import yearbook.deliver.MailProperties;
import yearbook.deliver.PdfDelivery;
import yearbook.publish.Publisher;
import yearbook.publish.YearReportLoader;
import yearbook.publish.pdf.SummaryPdf;
import yearbook.publish.YearPublisher;
import yearbook.read.store.ReadResultStore;
import yearbook.read.ReadStage;
import yearbook.read.SubmissionReader;
import yearbook.read.WorkbookReader;
import yearbook.store.AirQualityDays;
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
    Collector collector(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate tx, YearbookProperties props) {
        return new Collector(jdbc, template, tx, props.maxFileSize().toBytes());
    }

    @Bean
    SubmissionReader submissionReader(IndicatorCatalog catalog, UnitRegistry units, YearbookProperties props) {
        // the office's limits: a larger file is named and not read; a file taking longer
        // is stopped
        return new WorkbookReader(catalog, units, props.maxFileSize().toBytes(), props.readTimeLimit());
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
    AirQualityIndex airQualityIndex(YearbookProperties props) {
        return new AirQualityIndex(props.air().ozoneRule());
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
                new ProgressStage(jdbc, template, catalog, units));
    }

    @Bean
    YearReportLoader yearReportLoader(DataSource ds, JdbcClient jdbc, IndicatorCatalog catalog, UnitRegistry units,
            AirQualityDays days, AnnualAirQualityEvaluator evaluator) {
        return new YearReportLoader(ds, jdbc, catalog, units, days, evaluator);
    }

    @Bean
    Publisher publisher(YearbookProperties props) {
        return new YearPublisher(new SummaryPdf(props.font())::write);
    }

    @Bean
    YearlyJobLauncher yearlyJobLauncher(DataSource ds, JdbcClient jdbc, JobOperator operator, JobRepository repository,
            Job yearlyJob) {
        return new YearlyJobLauncher(ds, jdbc, operator, repository, yearlyJob);
    }

    @Bean
    PdfDelivery pdfDelivery(ObjectProvider<JavaMailSender> sender, MailProperties mail, JdbcClient jdbc,
            FigureStore figures, IndicatorCatalog catalog, UnitRegistry units) {
        return new PdfDelivery(sender.getIfAvailable(), mail, jdbc, figures, catalog, units);
    }

}

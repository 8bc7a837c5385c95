package yearbook.web;

import jakarta.servlet.MultipartConfigElement;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import yearbook.catalog.UnitRegistry;
import yearbook.collect.UploadIntake;
import yearbook.compile.FigureLineage;
import yearbook.deliver.PdfDelivery;
import yearbook.job.RunHistory;
import yearbook.read.store.ReadResultStore;
import yearbook.read.SubmissionReader;
import yearbook.system.YearbookProperties;

/** The console's services; only in serve's servlet context, never in the commands'. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(ConsoleProperties.class)
public class WebConsoleConfig {

    @Bean
    UploadIntake uploadIntake(JdbcClient jdbc, TransactionTemplate tx, ReadResultStore store) {
        return new UploadIntake(jdbc, tx, store);
    }

    @Bean
    UploadDesk uploadDesk(SubmissionReader reader, UploadIntake intake, UnitRegistry units) {
        return new UploadDesk(reader, intake, units, Clock.systemDefaultZone());
    }

    @Bean
    ReceivedFiles receivedFiles(JdbcClient jdbc) {
        return new ReceivedFiles(jdbc);
    }

    @Bean
    SubmissionMatrix submissionMatrix(ReceivedFiles files, UnitRegistry units) {
        return new SubmissionMatrix(files, units);
    }

    @Bean
    RunHistory runHistory(JdbcClient jdbc) {
        return new RunHistory(jdbc);
    }

    @Bean(destroyMethod = "close")
    RunDesk runDesk(ConfigurableApplicationContext ctx, YearbookProperties props) {
        return new RunDesk(ctx, props);
    }

    /**
     * An invalid cron expression has stopped serve at start already (YearbookProperties
     * is validated).
     */
    @Bean(destroyMethod = "close")
    ServeSchedule serveSchedule(RunDesk desk, PdfDelivery delivery, YearbookProperties props) {
        return new ServeSchedule(desk, delivery, props.schedule().cron(), props.schedule().zone());
    }

    @Bean
    OutputFiles outputFiles(YearbookProperties props) {
        return new OutputFiles(props.output());
    }

    @Bean
    FigureLineage figureLineage(JdbcClient jdbc) {
        return new FigureLineage(jdbc);
    }

    @Bean
    FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(ConsoleProperties props) {
        FilterRegistrationBean<UploadLimitFilter> r = new FilterRegistrationBean<>(new UploadLimitFilter(props));
        // before Spring Security's filter chain
        r.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return r;
    }

    /**
     * The servlet's multipart limits follow yearbook.web.upload-limit (a little over it:
     * the filter answers first).
     */
    @Bean
    MultipartConfigElement multipartConfigElement(ConsoleProperties props) {
        MultipartConfigFactory f = new MultipartConfigFactory();
        DataSize max = DataSize.ofBytes(props.uploadLimit().toBytes() + 64 * 1024);
        f.setMaxFileSize(max);
        f.setMaxRequestSize(max);
        return f.createMultipartConfig();
    }

}

package yearbook.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import yearbook.deliver.DeliveryMetrics;
import yearbook.job.YearlyRunsHealth;

/**
 * What a monitoring system sees of yearbook. Spring Boot's Actuator provides the meter
 * registry (Prometheus) and the observation registry, so Spring Batch's spring.batch.job
 * and spring.batch.step timers land there, and each run's log ends with them; here are
 * yearbook's own: the mail queue, and the health of the yearly job (the last run of each
 * year). They are served over HTTP only by serve, and by schedule with --management-port,
 * on the management port (application.yml: management.*).
 */
@Configuration(proxyBeanMethods = false)
public class MetricsConfig {

    @Bean
    DeliveryMetrics deliveryMetrics(JdbcClient jdbc) {
        return new DeliveryMetrics(jdbc);
    }

    /**
     * The health endpoint's "yearlyRuns" beside Spring Boot's "db" (is the database
     * reachable).
     */
    @Bean
    YearlyRunsHealth yearlyRunsHealthIndicator(JdbcClient jdbc) {
        return new YearlyRunsHealth(jdbc);
    }

}

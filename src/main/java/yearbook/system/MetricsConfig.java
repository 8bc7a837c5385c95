package yearbook.system;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Batch's Micrometer metrics (spring.batch.job, spring.batch.step timers) into a meter
 * registry: an in-memory one by default, printed at the end of each run's log; an office that runs
 * a monitoring system adds its Micrometer registry and gets them there instead.
 */
@Configuration(proxyBeanMethods = false)
public class MetricsConfig {
    @Bean
    @ConditionalOnMissingBean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    @Bean
    @ConditionalOnMissingBean
    ObservationRegistry observationRegistry(MeterRegistry meters) {
        ObservationRegistry r = ObservationRegistry.create();
        r.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        return r;
    }
}

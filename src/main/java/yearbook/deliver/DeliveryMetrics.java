package yearbook.deliver;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Mail of the PDF, as metrics: what is still pending (a monitoring system alerts when it
 * stays above zero) and how many were sent. Read from the delivery table, which survives
 * restarts, so that a scrape after a restart says the same as before it.
 */
public class DeliveryMetrics implements MeterBinder {

    private final JdbcClient jdbc;

    public DeliveryMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("yearbook.mail.pending", this, m -> m.count("PENDING"))
            .description("PDF deliveries not yet sent (retried at each scheduled run)")
            .register(registry);
        FunctionCounter.builder("yearbook.mail.sent", this, m -> m.count("SENT"))
            .description("PDF deliveries sent")
            .register(registry);
    }

    private double count(String status) {
        try {
            return jdbc.sql("select count(*) from delivery where status = ?").param(status).query(Long.class).single();
        }
        catch (RuntimeException e) {
            return Double.NaN; // the database is away: the health endpoint says so
        }
    }

}

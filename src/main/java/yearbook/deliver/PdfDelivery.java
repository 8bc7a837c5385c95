package yearbook.deliver;

import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.UnitRegistry;
import yearbook.compile.FigureStore;
import yearbook.model.ProgressState;

/**
 * Mails a year's PDF to the configured recipients. Each delivery is a row of table
 * delivery: PENDING until sent; a failure (after a few quick retries) leaves it PENDING
 * with the error, and {@link #retryPending} sends it on the next run or scheduled tick.
 */
public class PdfDelivery {

    private static final Logger log = LoggerFactory.getLogger(PdfDelivery.class);

    public record Result(int sent, int pending, String lastError) {
    }

    private final JavaMailSender sender;

    private final MailProperties props;

    private final JdbcClient jdbc;

    private final FigureStore figures;

    private final IndicatorCatalog catalog;

    private final UnitRegistry units;

    public PdfDelivery(JavaMailSender sender, MailProperties props, JdbcClient jdbc, FigureStore figures,
            IndicatorCatalog catalog, UnitRegistry units) {
        this.sender = sender;
        this.props = props;
        this.jdbc = jdbc;
        this.figures = figures;
        this.catalog = catalog;
        this.units = units;
    }

    /** Queues the year's PDF for delivery, then sends everything pending. */
    public Result deliver(int year, Path pdf) {
        if (!props.enabled() || sender == null) {
            return new Result(0, 0, null);
        }
        // A delivery of the same PDF to the same people still pending from an earlier run
        // stands for this one (it sends the file as it is now): queueing another would
        // mail the leaders the year twice.
        String path = pdf.toAbsolutePath().toString();
        String to = String.join(",", props.recipients());
        jdbc.sql(
                """
                        insert into delivery (year, pdf_path, recipients, status)
                        select ?, ?, ?, 'PENDING'
                        where not exists (select 1 from delivery where year = ? and pdf_path = ? and recipients = ? and status = 'PENDING')""")
            .params(year, path, to, year, path, to)
            .update();
        return retryPending();
    }

    public Result retryPending() {
        if (!props.enabled() || sender == null) {
            return new Result(0, 0, null);
        }
        record Pending(long id, int year, String pdf, String recipients) {
        }
        List<Pending> pending = jdbc
            .sql("select id, year, pdf_path, recipients from delivery where status = 'PENDING' order by id")
            .query((rs, n) -> new Pending(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
            .list();
        int sent = 0;
        String lastError = null;
        RetryTemplate retry = new RetryTemplate(RetryPolicy.builder()
            .maxRetries(props.attempts() - 1)
            .delay(Duration.ofMillis(500))
            .multiplier(2)
            .build());
        for (Pending p : pending) {
            try {
                retry.execute(() -> {
                    send(p.year(), Path.of(p.pdf()), p.recipients().split(","));
                    return null;
                });
                jdbc.sql(
                        "update delivery set status = 'SENT', sent_at = now(), attempts = attempts + 1, last_error = null where id = ?")
                    .param(p.id())
                    .update();
                sent++;
            }
            catch (Exception e) {
                lastError = oneLine(e);
                log.warn("邮件发送失败,稍后重试: {}", lastError, e);
                jdbc.sql("update delivery set attempts = attempts + 1, last_error = ? where id = ?")
                    .params(lastError, p.id())
                    .update();
            }
        }
        return new Result(sent, pending.size() - sent, lastError);
    }

    /**
     * The console and the delivery row get one line: JavaMail's messages run over several
     * lines with the nested exception's text, so take the innermost message and the one
     * just above it ("Couldn't connect to host, port: mail, 25; timeout -1; (Connection
     * refused)").
     */
    static String oneLine(Throwable e) {
        List<String> messages = new ArrayList<>();
        for (Throwable x = e; x != null; x = x.getCause() == x ? null : x.getCause()) {
            if (x.getMessage() == null || x.getMessage().isBlank()) {
                continue;
            }
            String first = x.getMessage().lines().findFirst().orElse("").trim();
            if (messages.isEmpty() || !messages.get(messages.size() - 1).equals(first)) {
                messages.add(first);
            }
        }
        if (messages.isEmpty()) {
            return e.getClass().getSimpleName();
        }
        String root = messages.get(messages.size() - 1);
        return messages.size() == 1 ? root : messages.get(messages.size() - 2) + " (" + root + ")";
    }

    private void send(int year, Path pdf, String[] to) throws Exception {
        if (!Files.isRegularFile(pdf)) {
            throw new IllegalStateException("PDF 不存在: " + pdf);
        }
        MimeMessage m = sender.createMimeMessage();
        MimeMessageHelper h = new MimeMessageHelper(m, true, "UTF-8");
        h.setFrom(props.from());
        h.setTo(to);
        h.setSubject(DeliveryBody.subject(units, year));
        h.setText(DeliveryBody.text(catalog, units, year, figures.load(year), behind(year)));
        h.addAttachment(pdf.getFileName().toString(), new FileSystemResource(pdf));
        sender.send(m);
    }

    /**
     * The targets behind, the sub-district's first, then the communities' by indicator
     * and rank.
     */
    private List<DeliveryBody.Behind> behind(int year) {
        String sub = units.subdistrict().code();
        return jdbc.sql("""
                select unit_code, indicator_code, completion, schedule, state from target_progress
                where year = ? and state in ('BEHIND', 'MISSED')""")
            .param(year)
            .query((rs, n) -> new DeliveryBody.Behind(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
                    rs.getBigDecimal(4), ProgressState.valueOf(rs.getString(5))))
            .list()
            .stream()
            .sorted(Comparator.<DeliveryBody.Behind, Boolean>comparing(x -> !x.unitCode().equals(sub))
                .thenComparing(x -> catalog.get(x.indicatorCode()).order())
                .thenComparing(x -> x.completion() == null ? BigDecimal.valueOf(Long.MAX_VALUE) : x.completion()))
            .toList();
    }

}

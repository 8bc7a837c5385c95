package yearbook.deliver;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code yearbook.mail.*}: who receives the PDF. The SMTP server itself is Spring Boot's
 * {@code spring.mail.host/port/username/password}. No recipients: no mail.
 */
@ConfigurationProperties(prefix = "yearbook.mail")
public record MailProperties(List<String> recipients, String from, Integer attempts) {
    public MailProperties {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        if (from == null || from.isBlank()) {
            from = "yearbook@localhost";
        }
        if (attempts == null || attempts < 1) {
            attempts = 3;
        }
    }

    public boolean enabled() {
        return !recipients.isEmpty();
    }
}

package yearbook.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * yearbook.web.*: the console's own settings (the port and bind address are Spring Boot's
 * server.port and server.address).
 *
 * @param uploadLimit the most one upload may carry, all its files together (default 20
 * MB)
 */
@ConfigurationProperties(prefix = "yearbook.web")
public record ConsoleProperties(DataSize uploadLimit) {
    public ConsoleProperties {
        if (uploadLimit == null) {
            uploadLimit = DataSize.ofMegabytes(20);
        }
    }

    /** "20 MB", as the page says it. */
    public String uploadLimitText() {
        long mb = uploadLimit.toMegabytes();
        return mb > 0 ? mb + " MB" : uploadLimit.toKilobytes() + " KB";
    }
}

package yearbook.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything the office configures under {@code yearbook.*} (application.yml, environment variables
 * such as YEARBOOK_INPUT, or --yearbook.input=… on the command line).
 *
 * @param catalog        the indicator catalog (YAML); null: found by {@link ConfigFiles}
 * @param units          the unit registry (YAML); null: found by {@link ConfigFiles}
 * @param input          the folder holding one sub-folder per year of received files
 * @param output         the folder receiving output/&lt;year&gt;/
 * @param embeddedDbDir  where the embedded PostgreSQL keeps its files when no server is configured
 * @param font           a CJK font file for the PDF; empty: look for a system font
 * @param readThreads    how many files are read at once (partitions of the read step)
 * @param logDir         where the application log and one log per run are written
 */
@ConfigurationProperties(prefix = "yearbook")
public record YearbookProperties(Path catalog, Path units, Path input, Path output, Path embeddedDbDir, Path font,
                                 Integer readThreads, Path logDir) {
    public YearbookProperties {
        // catalog and units stay null when not set: ConfigFiles then looks in the working folder's config/, then the installation's
        if (input == null) input = Path.of("input");
        if (output == null) output = Path.of("output");
        if (embeddedDbDir == null) embeddedDbDir = Path.of("data/pg");
        // A reading thread spends a quarter of its time waiting for the database (benchmark): more threads than cores.
        // One reading thread per core: with files fetched and stored in groups, the threads rarely wait, and a
        // second one per core only made them compete (city year on 2 cores: 2 threads 24-25 s, 3: 26 s, 4: 28.6 s).
        if (readThreads == null || readThreads < 1) readThreads = Runtime.getRuntime().availableProcessors();
        if (logDir == null) logDir = Path.of("logs");
    }
}

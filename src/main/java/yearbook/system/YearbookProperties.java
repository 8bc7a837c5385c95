package yearbook.system;

import jakarta.validation.Valid;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;
import yearbook.collect.InputFolder;
import yearbook.compile.air.OzoneDailyRule;

/**
 * Everything the office configures under {@code yearbook.*} (application.yml, environment
 * variables such as YEARBOOK_INPUT, or --yearbook.input=… on the command line), checked
 * when the program starts: a wrong value stops it with one line naming the setting
 * (cli.StartupFailures), rather than at two in the morning when the schedule fires.
 *
 * @param catalog the indicator catalog (YAML); null: found by {@link ConfigFiles}
 * @param units the unit registry (YAML); null: found by {@link ConfigFiles}
 * @param input the folder holding one sub-folder per year of received files
 * @param output the folder receiving output/&lt;year&gt;/
 * @param embeddedDbDir where the embedded PostgreSQL keeps its files when no server is
 * configured
 * @param font a CJK font file for the PDF; empty: look for a system font
 * @param readThreads how many files are read at once (partitions of the read step)
 * @param logDir where the application log and one log per run are written
 * @param maxFileSize a larger file in the input folder is registered by its size and
 * hash, never read
 * @param readTimeLimit the time one file may take to read
 * @param air how the station's days are evaluated
 * @param schedule when schedule and serve run the year
 * @param workers the read stage on worker processes
 * @param dbSocketTimeoutSeconds how long a statement may wait for a server that stopped
 * answering
 */
@ConfigurationProperties(prefix = "yearbook")
@Validated
public record YearbookProperties(Path catalog, Path units, Path input, Path output, Path embeddedDbDir, Path font,
        Integer readThreads, Path logDir, DataSize maxFileSize, Duration readTimeLimit, @Valid Air air,
        @Valid Schedule schedule, Workers workers, Integer dbSocketTimeoutSeconds) {

    public YearbookProperties {
        // catalog and units stay null when not set: ConfigFiles then looks in the working
        // folder's config/, then the installation's
        if (input == null) {
            input = Path.of("input");
        }
        if (output == null) {
            output = Path.of("output");
        }
        if (embeddedDbDir == null) {
            embeddedDbDir = Path.of("data/pg");
        }
        // One reading thread per core: with files fetched and stored in groups, the
        // threads rarely wait, and a second one per core only made them compete
        // (bench/README.md).
        if (readThreads == null || readThreads < 1) {
            readThreads = Runtime.getRuntime().availableProcessors();
        }
        if (logDir == null) {
            logDir = Path.of("logs");
        }
        if (maxFileSize == null) {
            maxFileSize = DataSize.ofBytes(InputFolder.DEFAULT_MAX_FILE_BYTES);
        }
        if (readTimeLimit == null) {
            readTimeLimit = Duration.ofMinutes(3);
        }
        if (air == null) {
            air = new Air(null);
        }
        if (schedule == null) {
            schedule = new Schedule(null, null);
        }
        if (workers == null) {
            workers = new Workers(false, null, null, null, null);
        }
        // the longest legitimate statement (a city year's compile) takes seconds
        if (dbSocketTimeoutSeconds == null) {
            dbSocketTimeoutSeconds = 600;
        }
    }

    /**
     * @param ozoneRule HJ 633-2012 as written takes both ozone items of the daily report;
     * some stations print an AQI from the 8-hour value only (EIGHT_HOUR_FIRST): the
     * office sets what its station does
     */
    public record Air(OzoneDailyRule ozoneRule) {
        public Air {
            if (ozoneRule == null) {
                ozoneRule = OzoneDailyRule.BOTH_ITEMS;
            }
        }
    }

    /**
     * @param cron when (Spring's six fields: second minute hour day month weekday); the
     * 5th at 02:00 by default
     * @param zone the clock the cron reads
     */
    public record Schedule(@ValidCron String cron, ZoneId zone) {
        public Schedule {
            if (cron == null) {
                cron = "0 0 2 5 * *";
            }
            if (zone == null) {
                zone = ZoneId.of("Asia/Shanghai");
            }
        }
    }

    /**
     * @param enabled run sends the read stage's partitions to workers (the beans of both
     * sides are conditional on it too, @ConditionalOnProperty)
     * @param partitions partitions of the read stage when sent to workers
     * @param pollMillis how often the manager looks at the job repository
     * @param threads partitions a worker reads at once; not set: one per core
     * @param testPauseMillis tests only: a partition long enough to kill its worker in
     */
    public record Workers(boolean enabled, Integer partitions, Long pollMillis, Integer threads, Long testPauseMillis) {
        public Workers {
            if (partitions == null) {
                partitions = 16;
            }
            if (pollMillis == null) {
                pollMillis = 1000L;
            }
            if (threads == null || threads < 1) {
                threads = Runtime.getRuntime().availableProcessors();
            }
            if (testPauseMillis == null) {
                testPauseMillis = 0L;
            }
        }
    }
}

package yearbook.job;

import java.util.ArrayList;
import java.util.List;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.time.Duration;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * One log file per run (logs/run-&lt;year&gt;-&lt;execution&gt;.log), beside the
 * application log, ending with the run's summary: each stage's outcome, counts and
 * duration. status shows the same summary.
 */
public class RunLog implements JobExecutionListener {

    private static final org.slf4j.Logger log = LoggerFactory.getLogger(RunLog.class);

    private final Path folder;

    private final MeterRegistry meters;

    private FileAppender<ILoggingEvent> appender;

    public RunLog(Path folder, MeterRegistry meters) {
        this.folder = folder;
        this.meters = meters;
    }

    public static Path fileOf(Path folder, JobExecution e) {
        return folder.resolve("run-" + e.getJobParameters().getLong("year") + "-" + e.getId() + ".log");
    }

    @Override
    public synchronized void beforeJob(JobExecution execution) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx)) {
            return;
        }
        PatternLayoutEncoder enc = new PatternLayoutEncoder();
        enc.setContext(ctx);
        enc.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        enc.start();
        appender = new FileAppender<>();
        appender.setContext(ctx);
        appender.setName("run-" + execution.getId());
        appender.setFile(fileOf(folder, execution).toString());
        appender.setEncoder(enc);
        appender.start();
        ctx.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
        log.info("运行开始: 作业执行 #{}, 参数 {}", execution.getId(), execution.getJobParameters());
    }

    @Override
    public synchronized void afterJob(JobExecution execution) {
        log.info("运行结束: 作业执行 #{} {}", execution.getId(), execution.getStatus());
        for (String line : summary(execution)) {
            log.info(line);
        }
        for (Timer t : meters.find("spring.batch.step").timers()) {
            log.info("指标 {} {}: {} 次, 共 {} ms", t.getId().getName(), t.getId().getTags(), t.count(),
                    Math.round(t.totalTime(TimeUnit.MILLISECONDS)));
        }
        for (Timer t : meters.find("spring.batch.job").timers()) {
            log.info("指标 {} {}: {} 次, 共 {} ms", t.getId().getName(), t.getId().getTags(), t.count(),
                    Math.round(t.totalTime(TimeUnit.MILLISECONDS)));
        }
        if (appender != null && LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx) {
            ctx.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
            appender.stop();
            appender = null;
        }
    }

    /** One line per stage: name, outcome, read/written counts, duration. */
    public static List<String> summary(JobExecution execution) {
        List<String> lines = new ArrayList<>();
        for (StepExecution s : execution.getStepExecutions()) {
            if (s.getStepName().contains(":partition")) {
                continue;
            }
            long ms = s.getStartTime() == null || s.getEndTime() == null ? 0
                    : Duration.between(s.getStartTime(), s.getEndTime()).toMillis();
            lines.add(String.format("  %-8s %-9s 读 %d 写 %d 过滤 %d  %d ms", s.getStepName(), s.getStatus(),
                    s.getReadCount(), s.getWriteCount(), s.getFilterCount(), ms));
        }
        return lines;
    }

}

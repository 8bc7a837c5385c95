package yearbook.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import yearbook.cli.RunCommand;
import yearbook.job.FailureText;
import yearbook.system.YearbookProperties;

/**
 * Runs of the yearly job started from the console or by serve's schedule: one at a time
 * in this process, on a thread of its own, its console lines kept for the 运行 page. The
 * year's advisory lock still decides across processes: a run of a year held elsewhere is
 * refused with run's line.
 */
public class RunDesk implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RunDesk.class);

    /** A run as the page shows it; exit null while it runs. */
    public record Current(int year, int through, String startedBy, Instant started, String lines, Integer exit,
            Instant ended) {
        public boolean running() {
            return exit == null;
        }

        public String outcome() {
            if (exit == null) {
                return "运行中";
            }
            return switch (exit) {
                case 0 -> "完成";
                case 3 -> "完成(有退回文件)";
                case 4 -> "被拒绝(另有运行)";
                default -> "失败";
            };
        }
    }

    private final ConfigurableApplicationContext ctx;

    private final YearbookProperties props;

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "console-run");
        t.setDaemon(true);
        return t;
    });

    private final Object lock = new Object();

    private int year;

    private int through;

    private String startedBy;

    private Instant started;

    private StringWriter lines;

    private Integer exit;

    private Instant ended;

    public RunDesk(ConfigurableApplicationContext ctx, YearbookProperties props) {
        this.ctx = ctx;
        this.props = props;
    }

    /** False when a run started here is still going. */
    public boolean start(int year, int through, String by) {
        synchronized (lock) {
            if (lines != null && exit == null) {
                return false;
            }
            this.year = year;
            this.through = through;
            this.startedBy = by;
            this.started = Instant.now();
            this.lines = new StringWriter();
            this.exit = null;
            this.ended = null;
        }
        StringWriter sink = lines;
        thread.submit(() -> execute(year, through, by, sink));
        return true;
    }

    /** For the schedule: starts and waits. */
    public void runAndWait(int year, int through, String by) throws Exception {
        if (!start(year, through, by)) {
            log.warn("计划任务跳过 {} 年: 控制台上已有运行", year);
            return;
        }
        thread.submit(() -> {
        }).get(); // the single thread: done when the run is
    }

    private void execute(int year, int through, String by, StringWriter sink) {
        int code;
        try (PrintWriter out = new PrintWriter(new LockedWriter(sink), true)) {
            try {
                code = RunCommand.runYear(ctx, out, year, through, props.input(), props.output(), false);
            }
            catch (Exception | Error e) {
                log.error("控制台启动的运行失败 ({} 年, {})", year, by, e);
                out.println("失败: " + FailureText.of(e));
                code = 1;
            }
        }
        synchronized (lock) {
            exit = code;
            ended = Instant.now();
        }
    }

    public Current current() {
        synchronized (lock) {
            if (lines == null) {
                return null;
            }
            String text;
            synchronized (lines) {
                text = lines.toString();
            }
            return new Current(year, through, startedBy, started, text, exit, ended);
        }
    }

    public Path output() {
        return props.output();
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }

    /**
     * The run writes from its threads while the page reads: one lock, the StringWriter's
     * own.
     */
    private static final class LockedWriter extends Writer {

        private final StringWriter target;

        LockedWriter(StringWriter target) {
            this.target = target;
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            synchronized (target) {
                target.write(cbuf, off, len);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

    }

}

package yearbook.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import yearbook.job.Progress;

/**
 * Progress on the console: at a terminal one line that updates in place (stage, files
 * read of the total, elapsed); under cron or CI plain lines, one per stage and one per
 * tenth of the files.
 */
final class ConsoleProgress implements Progress {

    private static final Map<String, String> STAGE_NAMES = Map.of("collect", "收集", "read", "读取", "check", "审核",
            "compile", "汇总", "publish", "发布");

    private final PrintWriter out;

    private final boolean terminal;

    private final long t0 = System.nanoTime();

    private final AtomicInteger done = new AtomicInteger();

    private volatile int total;

    private volatile int lastTenth = -1;

    ConsoleProgress(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    static ConsoleProgress forConsole(PrintWriter out) {
        return new ConsoleProgress(out, System.console() != null);
    }

    @Override
    public void stageStarted(String stage) {
        synchronized (out) {
            out.printf("▶ %s %s  (%s)%n", STAGE_NAMES.getOrDefault(stage, stage), stage, elapsed());
            out.flush();
        }
    }

    @Override
    public void stageFinished(String stage, String status, long read, long written, long millis) {
        synchronized (out) {
            if (terminal && total > 0 && "read".equals(stage)) {
                out.println();
            }
            out.printf("  %s %-8s %-9s 读 %d 写 %d  %d ms%n", "COMPLETED".equals(status) ? "✓" : "✗", stage, status, read,
                    written, millis);
            out.flush();
        }
    }

    @Override
    public void filesToRead(int total) {
        this.total = total;
        done.set(0);
        lastTenth = -1;
        synchronized (out) {
            out.printf("  待读取文件 %d 个%n", total);
            out.flush();
        }
    }

    @Override
    public void fileRead(String fileName) {
        int n = done.incrementAndGet();
        synchronized (out) {
            if (terminal) {
                out.printf("\r  读取 %d/%d  %s  %s\u001B[K", n, total, elapsed(), shorten(TerminalText.of(fileName)));
                out.flush();
                return;
            }
            int tenth = total == 0 ? 10 : n * 10 / total;
            if (tenth > lastTenth) {
                lastTenth = tenth;
                out.printf("  读取 %d/%d (%d%%)  %s%n", n, total, total == 0 ? 100 : n * 100 / total, elapsed());
                out.flush();
            }
        }
    }

    private String elapsed() {
        long s = (System.nanoTime() - t0) / 1_000_000_000L;
        return String.format("%02d:%02d", s / 60, s % 60);
    }

    private static String shorten(String name) {
        return name.length() <= 40 ? name : "…" + name.substring(name.length() - 39);
    }

}

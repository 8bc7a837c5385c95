package yearbook.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * yearbook in a JVM of its own, as cron starts it: the test's class path, the real main
 * class, its console (stdout and stderr merged) collected line by line so that a test can
 * act on what it prints.
 */
final class ChildJvm implements AutoCloseable {

    private final Process process;

    private final List<String> lines = new ArrayList<>();

    private final Thread pump;

    private ChildJvm(Process process) {
        this.process = process;
        this.pump = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null;) {
                    synchronized (lines) {
                        lines.add(l);
                        lines.notifyAll();
                    }
                }
            }
            catch (IOException ignored) {
                // the process was killed: what it printed so far is all there is
            }
        }, "child-console");
        pump.setDaemon(true);
        pump.start();
    }

    static ChildJvm start(Path workDir, List<String> args) throws IOException {
        return start(workDir, Map.of(), args);
    }

    /** With environment variables added (YEARBOOK_HOME, …). */
    static ChildJvm start(Path workDir, Map<String, String> env, List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dfile.encoding=UTF-8",
                        "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                        "-cp", System.getProperty("java.class.path"), "yearbook.YearbookApplication"));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        return new ChildJvm(pb.start());
    }

    /**
     * Waits until a printed line matches; false when the process ended or the time ran
     * out first.
     */
    boolean awaitLine(Predicate<String> match, long seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        synchronized (lines) {
            int seen = 0;
            while (true) {
                for (; seen < lines.size(); seen++) {
                    if (match.test(lines.get(seen))) {
                        return true;
                    }
                }
                long left = end - System.nanoTime();
                if (left <= 0 || (!process.isAlive() && !pump.isAlive())) {
                    return false;
                }
                lines.wait(Math.max(1, Math.min(200, TimeUnit.NANOSECONDS.toMillis(left))));
            }
        }
    }

    int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("yearbook did not exit within " + seconds + " s:\n" + console());
        }
        pump.join(5000);
        return process.exitValue();
    }

    /**
     * Asks it to stop as a service manager does (SIGTERM: its shutdown hooks run), then
     * waits.
     */
    int stop(long seconds) throws InterruptedException {
        process.destroy();
        return waitFor(seconds);
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        pump.join(5000);
    }

    String console() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

}

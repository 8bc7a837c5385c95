package yearbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Samples, every 200 ms, the CPU time used so far by the job's JVM, by its embedded PostgreSQL
 * (the postmaster named in the data directory's postmaster.pid and all its children) and by the
 * whole machine (/proc/stat), so that the CPU use of any stage's window can be computed afterwards.
 * Linux only; ticks are USER_HZ (100 per second on every Linux we run on).
 */
final class CpuSampler implements AutoCloseable {
    static final double TICKS_PER_SECOND = 100.0;

    record Sample(long wallMillis, long jvmTicks, long pgTicks, long machineBusyTicks, long machineTotalTicks) {
    }

    private final long jvmPid;
    private final Path pgData;
    private final List<Sample> samples = new ArrayList<>();
    private final Map<Long, Long> pgLastTicks = new HashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    CpuSampler(long jvmPid, Path pgData) {
        this.jvmPid = jvmPid;
        this.pgData = pgData;
        this.thread = new Thread(this::loop, "cpu-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            try {
                sample();
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException | IOException ignored) {
                // a process ending between listing and reading: the next sample sees the state
            }
        }
    }

    private void sample() throws IOException {
        long jvm = ticks(jvmPid);
        if (jvm < 0) {
            return;
        }
        long pg = pgTicks();
        long[] m = machine();
        synchronized (samples) {
            samples.add(new Sample(System.currentTimeMillis(), jvm, pg, m[0], m[1]));
        }
    }

    /** Cumulative: a backend that has exited keeps the ticks it was last seen with. */
    private long pgTicks() throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return sum();
        }
        long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        pgLastTicks.put(postmaster, Math.max(pgLastTicks.getOrDefault(postmaster, 0L), ticks(postmaster)));
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                String n = p.getFileName().toString();
                if (!n.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                String[] f = stat(Long.parseLong(n));
                if (f != null && Long.parseLong(f[1]) == postmaster) {
                    long pid = Long.parseLong(n);
                    pgLastTicks.put(pid, Math.max(pgLastTicks.getOrDefault(pid, 0L), Long.parseLong(f[11]) + Long.parseLong(f[12])));
                }
            }
        }
        return sum();
    }

    private long sum() {
        return pgLastTicks.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Fields after the command name: [0]=state, [1]=ppid, ..., [11]=utime, [12]=stime. */
    private static String[] stat(long pid) {
        try {
            String s = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return s.substring(s.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long ticks(long pid) {
        String[] f = stat(pid);
        return f == null ? -1 : Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    private static long[] machine() throws IOException {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < f.length; i++) {
            total += Long.parseLong(f[i]);
        }
        long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
        return new long[]{total - idle, total};
    }

    /** Cores busy on average in [from, to] (epoch millis): JVM, PostgreSQL, whole machine; null if not sampled. */
    double[] coresBusy(long from, long to) {
        Sample a = null, b = null;
        synchronized (samples) {
            for (Sample s : samples) {
                if (s.wallMillis() <= from) {
                    a = s;
                }
                if (s.wallMillis() <= to) {
                    b = s;
                }
            }
            if (a == null && !samples.isEmpty()) {
                a = samples.get(0);
            }
        }
        if (a == null || b == null || b.wallMillis() - a.wallMillis() < 300) {
            return null;
        }
        double secs = (b.wallMillis() - a.wallMillis()) / 1000.0;
        double machineShare = (double) (b.machineBusyTicks() - a.machineBusyTicks()) / Math.max(1, b.machineTotalTicks() - a.machineTotalTicks());
        return new double[]{(b.jvmTicks() - a.jvmTicks()) / TICKS_PER_SECOND / secs,
                (b.pgTicks() - a.pgTicks()) / TICKS_PER_SECOND / secs,
                machineShare * Runtime.getRuntime().availableProcessors()};
    }

    /** CPU seconds used in [from, to] by the JVM and by PostgreSQL; null if not sampled. */
    double[] cpuSeconds(long from, long to) {
        double[] c = coresBusy(from, to);
        if (c == null) {
            return null;
        }
        double secs = (to - from) / 1000.0;
        return new double[]{c[0] * secs, c[1] * secs};
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}

package yearbook.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The read stage with workers: one PostgreSQL server (zonky, started here), the manager
 * ({@code run --yearbook.workers.enabled=true}) and 0, 1 or 2 {@code yearbook worker} JVMs of one
 * reading thread each, as RemoteWorkersTest starts them; with 0 the job reads on its own threads
 * (the same server, for comparison). For each, the read stage's window (the manager's
 * BATCH_STEP_EXECUTION) and the CPU seconds spent in it by the manager, each worker and PostgreSQL:
 * on a 2-core machine that other work shares, CPU per file is what extrapolates, not wall time.
 */
final class WorkerRun {
    record Figures(int workers, int exitCode, double readSeconds, long files, double managerCpu, double[] workerCpu, double pgCpu,
                   double jobWallSeconds, boolean sameCsv) {
        double workersCpu() {
            return Arrays.stream(workerCpu).sum();
        }
    }

    static List<Figures> run(Path jar, Path project, Path work, Path units, List<Integer> workerCounts, int year, long timeoutSeconds)
            throws Exception {
        Path pgDir = work.resolve("workers-pg");
        JobRun.deleteTree(pgDir);
        List<Figures> out = new ArrayList<>();
        byte[] reference = null;
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(pgDir).setCleanDataDirectory(true).start()) {
            for (int n : workerCounts) {
                String db = "workers_" + n;
                try (Connection c = server.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                    st.execute("create database " + db);
                }
                List<String> dbArgs = List.of("--spring.datasource.url=" + server.getJdbcUrl("postgres", db),
                        "--spring.datasource.username=postgres", "--yearbook.units=" + units,
                        "--yearbook.catalog=" + project.resolve("config/catalog.yaml"));
                List<Process> workers = new ArrayList<>();
                List<CpuSampler> workerCpu = new ArrayList<>();
                Path output = work.resolve("workers-out-" + n);
                JobRun.deleteTree(output);
                try {
                    for (int w = 0; w < n; w++) {
                        Path console = work.resolve("worker-" + n + "-" + w + ".txt");
                        List<String> cmd = java(project, jar, "worker", "--threads", "1", "--yearbook.log-dir=" + work.resolve("worker-logs-" + n + "-" + w));
                        cmd.addAll(dbArgs);
                        Process p = new ProcessBuilder(cmd).directory(project.toFile()).redirectErrorStream(true)
                                .redirectOutput(console.toFile()).start();
                        workers.add(p);
                        awaitReady(p, console, 300);
                        workerCpu.add(new CpuSampler(p.pid(), pgDir));
                    }
                    List<String> cmd = java(project, jar, "run", "--year", Integer.toString(year), "--input", work.resolve("input").toString(),
                            "--output", output.toString(), "--yearbook.log-dir=" + work.resolve("manager-logs-" + n));
                    if (n > 0) {
                        cmd.addAll(List.of("--yearbook.workers.enabled=true", "--yearbook.workers.partitions=16"));
                    }
                    cmd.addAll(dbArgs);
                    long t0 = System.nanoTime();
                    Process manager = new ProcessBuilder(cmd).directory(project.toFile()).redirectErrorStream(true)
                            .redirectOutput(work.resolve("manager-" + n + ".txt").toFile()).start();
                    CpuSampler cpu = new CpuSampler(manager.pid(), pgDir);
                    int code = manager.waitFor(timeoutSeconds, TimeUnit.SECONDS) ? manager.exitValue() : -1;
                    if (code == -1) {
                        manager.destroyForcibly().waitFor();
                    }
                    double wall = (System.nanoTime() - t0) / 1e9;
                    cpu.close();
                    workerCpu.forEach(CpuSampler::close);
                    long[] window = readWindow(server, db);
                    double[] m = cpu.cpuSeconds(window[0], window[1]);
                    double[] ws = workerCpu.stream().mapToDouble(s -> {
                        double[] c = s.cpuSeconds(window[0], window[1]);
                        return c == null ? Double.NaN : c[0];
                    }).toArray();
                    Path csv = output.resolve(year + "/indicators-" + year + ".csv");
                    byte[] bytes = Files.exists(csv) ? Files.readAllBytes(csv) : null;
                    if (reference == null) {
                        reference = bytes;
                    }
                    out.add(new Figures(n, code, (window[1] - window[0]) / 1000.0, window[2], m == null ? Double.NaN : m[0], ws,
                            m == null ? Double.NaN : m[1], wall, bytes != null && Arrays.equals(bytes, reference)));
                    Bench.say("   read with %d worker(s): exit %d, read %.1f s, CPU s manager %.1f, workers %s, PostgreSQL %.1f",
                            n, code, (window[1] - window[0]) / 1000.0, m == null ? Double.NaN : m[0], Arrays.toString(ws),
                            m == null ? Double.NaN : m[1]);
                } finally {
                    for (Process p : workers) {
                        p.destroy();
                        if (!p.waitFor(30, TimeUnit.SECONDS)) {
                            p.destroyForcibly().waitFor();
                        }
                    }
                }
            }
        }
        return out;
    }

    private static List<String> java(Path project, Path jar, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(JobRun.launcherOptions(project));
        cmd.addAll(List.of("-jar", jar.toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static void awaitReady(Process p, Path console, int seconds) throws Exception {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < until) {
            if (Files.exists(console) && Files.readString(console).contains("已就绪")) {
                return;
            }
            if (!p.isAlive()) {
                throw new IllegalStateException("worker ended: " + Files.readString(console));
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("worker not ready after " + seconds + " s: " + Files.readString(console));
    }

    /** The manager's read step: start and end (epoch millis) and the files it counted. */
    private static long[] readWindow(EmbeddedPostgres server, String db) throws Exception {
        try (Connection c = server.getDatabase("postgres", db).getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("""
                     select start_time, end_time, read_count from batch_step_execution
                     where step_name = 'read' order by step_execution_id desc limit 1""")) {
            if (!rs.next()) {
                return new long[]{0, 0, 0};
            }
            ZoneId zone = ZoneId.systemDefault();
            long start = rs.getTimestamp(1).toLocalDateTime().atZone(zone).toInstant().toEpochMilli();
            long end = rs.getTimestamp(2) == null ? start : rs.getTimestamp(2).toLocalDateTime().atZone(zone).toInstant().toEpochMilli();
            return new long[]{start, end, rs.getLong(3)};
        }
    }

    /** The figures as a markdown table: CPU milliseconds per file read, by process. */
    static String markdown(String scaleId, List<Figures> fs) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%n## Read stage with workers, scale %s (one PostgreSQL server; workers of one reading thread)%n%n", scaleId));
        b.append("| workers | exit | same CSV as 0 workers | read s | files | files/s | CPU s manager | CPU s workers (each) | CPU s PostgreSQL | CPU ms/file manager | CPU ms/file workers | CPU ms/file PostgreSQL | CPU ms/file total |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Figures f : fs) {
            double files = Math.max(1, f.files());
            b.append(String.format(Locale.ROOT, "| %d | %d | %s | %.1f | %d | %.0f | %.1f | %.1f (%s) | %.1f | %.2f | %.2f | %.2f | %.2f |%n",
                    f.workers(), f.exitCode(), f.sameCsv() ? "yes" : "NO", f.readSeconds(), f.files(), f.files() / f.readSeconds(),
                    f.managerCpu(), f.workersCpu(), Arrays.stream(f.workerCpu()).mapToObj(x -> String.format(Locale.ROOT, "%.1f", x))
                            .reduce((x, y) -> x + ", " + y).orElse("—"),
                    f.pgCpu(), 1000 * f.managerCpu() / files, 1000 * f.workersCpu() / files, 1000 * f.pgCpu() / files,
                    1000 * (f.managerCpu() + f.workersCpu() + f.pgCpu()) / files));
        }
        b.append("""

                CPU seconds are those spent inside the manager's read window (BATCH_STEP_EXECUTION), sampled from /proc every
                200 ms: a worker's JVM start is outside it, its JIT warm-up inside. With 0 workers the manager reads on its own
                threads. The workers' and PostgreSQL's CPU per file is what a machine per worker would spend; wall time on this
                shared 2-core machine is not.
                """);
        return b.toString();
    }
}

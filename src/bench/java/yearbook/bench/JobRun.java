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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real program (java -jar target/yearbook-*.jar run ...) in a child JVM on a fresh embedded
 * database, with a GC log and a JFR recording, while sampling its CPU; then starts the child's data
 * directory again to read Spring Batch's step executions and the rows each stage wrote.
 */
final class JobRun {
    record Step(String name, String status, long startMillis, long endMillis, long readCount, long writeCount) {
        double seconds() { return (endMillis - startMillis) / 1000.0; }
    }

    record Outcome(int exitCode, double wallSeconds, List<Step> steps, Map<String, Long> rows, GcLog gc,
                   CpuSampler cpu, Path jfr, Path console, String maxHeap) {
        Step step(String name) {
            return steps.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
        }
    }

    /**
     * The JVM options the office's launcher ({@code src/dist/bin/yearbook}, its {@code defaults=} line) puts
     * before the jar: the job is measured as it is shipped.
     */
    static List<String> launcherOptions(Path projectDir) throws IOException {
        Path launcher = projectDir.resolve("src/dist/bin/yearbook");
        return Files.readAllLines(launcher).stream()
                .filter(l -> l.startsWith("defaults=\""))
                .findFirst()
                .map(l -> List.of(l.substring("defaults=\"".length(), l.lastIndexOf('"')).trim().split("\\s+")))
                .orElseThrow(() -> new IllegalStateException("no defaults= line in " + launcher));
    }

    static Outcome run(Path jar, Path projectDir, Path work, Path units, String maxHeap, int year, long timeoutSeconds) throws Exception {
        Path pg = work.resolve("pg");
        Path out = work.resolve("out");
        deleteTree(pg);
        deleteTree(out);
        Path gcLog = work.resolve("gc.log");
        Path jfr = work.resolve("job.jfr");
        Path console = work.resolve("console.txt");
        Files.deleteIfExists(gcLog);
        Files.deleteIfExists(jfr);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (maxHeap != null) {
            cmd.add("-Xmx" + maxHeap);
        }
        cmd.addAll(launcherOptions(projectDir));
        cmd.add(GcLog.JVM_OPTION_PREFIX + gcLog + GcLog.JVM_OPTION_SUFFIX);
        cmd.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile,dumponexit=true");
        cmd.addAll(List.of("-jar", jar.toString(), "run", "--year", Integer.toString(year),
                "--input", work.resolve("input").toString(), "--output", out.toString(),
                "--yearbook.embedded-db-dir=" + pg, "--yearbook.units=" + units,
                "--logging.file.name=" + work.resolve("yearbook.log")));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(projectDir.toFile())
                .redirectErrorStream(true).redirectOutput(console.toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        CpuSampler cpu = new CpuSampler(p.pid(), pg);
        int code;
        if (p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            code = p.exitValue();
        } else {
            code = stop(p, pg, jfr, work.resolve("threads-at-timeout.txt"));
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        cpu.close();
        List<Step> steps = new ArrayList<>();
        Map<String, Long> rows = new LinkedHashMap<>();
        try (EmbeddedPostgres db = EmbeddedPostgres.builder().setDataDirectory(pg).setCleanDataDirectory(false).start();
             Connection c = db.getPostgresDatabase().getConnection();
             Statement st = c.createStatement()) {
            ZoneId zone = ZoneId.systemDefault();
            try (ResultSet rs = st.executeQuery("""
                    select step_name, status, start_time, end_time, read_count, write_count
                    from batch_step_execution order by step_execution_id""")) {
                while (rs.next()) {
                    var start = rs.getTimestamp(3);
                    var end = rs.getTimestamp(4);
                    steps.add(new Step(rs.getString(1), rs.getString(2),
                            start == null ? 0 : start.toLocalDateTime().atZone(zone).toInstant().toEpochMilli(),
                            end == null ? 0 : end.toLocalDateTime().atZone(zone).toInstant().toEpochMilli(),
                            rs.getLong(5), rs.getLong(6)));
                }
            }
            for (String q : List.of("received_file", "submission", "observation", "air_quality_day", "figure",
                    "figure_source", "missing_report")) {
                rows.put(q, count(st, "select count(*) from " + q));
            }
            rows.put("finding_read", count(st, "select count(*) from finding where stage = 'read'"));
            rows.put("finding_check", count(st, "select count(*) from finding where stage <> 'read'"));
            rows.put("accepted", count(st, "select count(*) from submission where status = 'ACCEPTED'"));
            rows.put("quarantined", count(st, "select count(*) from submission where status = 'QUARANTINED'"));
        }
        return new Outcome(code, wall, steps, rows, GcLog.parse(gcLog), cpu, jfr, console, maxHeap == null ? "default" : maxHeap);
    }

    /**
     * A run past its time: keep what it was doing (thread dump, JFR so far), then end it and the
     * PostgreSQL it started, so that its data directory can be started again to read the figures.
     */
    private static int stop(Process p, Path pg, Path jfr, Path threads) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        String pid = Long.toString(p.pid());
        new ProcessBuilder(jcmd, pid, "Thread.print").redirectErrorStream(true).redirectOutput(threads.toFile())
                .start().waitFor(60, TimeUnit.SECONDS);
        new ProcessBuilder(jcmd, pid, "JFR.dump", "name=1", "filename=" + jfr).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(120, TimeUnit.SECONDS);
        p.destroyForcibly().waitFor();
        Path pidFile = pg.resolve("postmaster.pid");
        if (Files.exists(pidFile)) {
            long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            // SIGINT: PostgreSQL's fast shutdown (ProcessHandle.destroy would send SIGTERM, a smart shutdown that waits).
            new ProcessBuilder("kill", "-INT", Long.toString(postmaster)).start().waitFor();
            ProcessHandle.of(postmaster).ifPresent(h -> h.onExit().join());
        }
        return -1;
    }

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}

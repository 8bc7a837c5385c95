package yearbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of all scales of one benchmark run, as markdown. */
final class Results {
    record Entry(Bench.Scale scale, Bench.Generated gen, JobRun.Outcome job, SaxWalk.Result walk1, SaxWalk.Result walk2,
                 SaxWalk.Result walk2Fresh,
                 long copyRows, double copySeconds, JfrProfile.Profile readProfile, JfrProfile.Profile publishProfile,
                 FastexcelWalk.Floor fastexcel) {
    }

    private final LocalDateTime started;
    private final String loadBefore;
    private final List<Entry> entries = new ArrayList<>();
    private final List<String> sections = new ArrayList<>();

    Results(LocalDateTime started, String loadBefore) {
        this.started = started;
        this.loadBefore = loadBefore;
    }

    void add(Entry e) {
        entries.add(e);
    }

    /** A section of its own after the scales' (the read stage with workers). */
    void addSection(String markdown) {
        sections.add(markdown);
    }

    /** results-DATE-HHMM.md for a run of every scale, results-DATE-HHMM-SCALES.md for a partial run (never overwriting another run's). */
    Path file(Path dir) {
        String scales = entries.stream().map(e -> e.scale().id()).reduce("", String::concat);
        String at = started.toLocalDate() + "-" + String.format("%02d%02d", started.getHour(), started.getMinute());
        return dir.resolve("results-" + at + (scales.equals("abcde") ? "" : "-" + scales) + ".md");
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(file(dir), markdown());
    }

    String markdown() {
        StringBuilder b = new StringBuilder();
        b.append(f("# yearbook benchmark, %s%n%n", started.withNano(0)));
        b.append(f("Machine: %d cores, Java %s, load average before the run: %s. Command: `mvn -Pbench verify`.%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadBefore));
        b.append("## Summary\n\n");
        b.append("| scale | files | rows in files | generate s | job exit | files accepted / quarantined / refused | job wall s | read s | bare walk 1 thr s | bare walk 2 thr s | read ÷ walk(2) | walk 2 thr, fresh JVM s | read ÷ fresh walk(2) | rows stored | COPY s | store s (JFR est.) | store ÷ COPY | read: cores busy JVM+PG (machine) | read CPU s JVM+PG | walk(2) CPU s | read ÷ walk, CPU | read ÷ fresh walk, CPU | peak heap MB (live after GC) |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Entry e : entries) {
            JobRun.Step read = e.job().step("read");
            double readS = read == null ? Double.NaN : read.seconds();
            double storeShare = share(e.readProfile(), "store");
            double storeS = readS * storeShare;
            double[] cpu = read == null ? null : e.job().cpu().coresBusy(read.startMillis(), read.endMillis());
            double[] cpuS = read == null ? null : e.job().cpu().cpuSeconds(read.startMillis(), read.endMillis());
            double readCpu = cpuS == null ? Double.NaN : cpuS[0] + cpuS[1];
            Map<String, Long> rr = e.job().rows();
            b.append(f("| %s | %d | %d | %.1f%s | %d | %s | %.1f | %.2f | %.2f | %.2f | %.2f× | %.2f | %.2f× | %d | %.2f | %.2f | %.2f× | %s | %.2f | %.2f | %.2f× | %.2f× | %d (%d) |%n",
                    e.scale().id() + (e.scale().walkEvery() > 1 ? " (walks: every " + e.scale().walkEvery() + "th file, ×" + e.scale().walkEvery() + ")" : ""),
                    e.gen().files().size(), e.gen().rows(), e.gen().seconds(),
                    (Double.isNaN(e.gen().cpuSeconds()) ? "" : f(" (%.0f CPU s)", e.gen().cpuSeconds())) + (e.gen().cached() ? " (earlier)" : ""),
                    e.job().exitCode(), f("%d / %d / %d", rr.getOrDefault("accepted", 0L), rr.getOrDefault("quarantined", 0L),
                            rr.getOrDefault("submission", 0L) - rr.getOrDefault("accepted", 0L) - rr.getOrDefault("quarantined", 0L)),
                    e.job().wallSeconds(), readS, e.walk1().seconds(), e.walk2().seconds(),
                    readS / e.walk2().seconds(), e.walk2Fresh().seconds(), readS / e.walk2Fresh().seconds(), e.copyRows(), e.copySeconds(), storeS, storeS / e.copySeconds(),
                    cpu == null ? "—" : f("%.2f+%.2f (%.2f)", cpu[0], cpu[1], cpu[2]),
                    readCpu, e.walk2().cpuSeconds(), readCpu / e.walk2().cpuSeconds(), readCpu / e.walk2Fresh().cpuSeconds(),
                    e.job().gc().peakMb(), e.job().gc().liveMb()));
        }
        floors(b);
        b.append("\nTargets (issue \"Proof at scale\"): read ≤ 2× the bare walk; load ≤ 2× COPY; both cores busy during read; "
                + "city year (c) end to end < 120 s on 2 cores.\n");
        for (Entry e : entries) {
            b.append(f("%n## %s%n%n", e.scale().label()));
            b.append(f("Job: exit %d, %.1f s wall (JVM start, embedded PostgreSQL start and stop included), heap %s. "
                            + "Rows: %s.%n%n", e.job().exitCode(), e.job().wallSeconds(), e.job().maxHeap(), e.job().rows()));
            b.append("| stage | status | s | files/s | observations/s | DB rows written | DB rows/s | peak heap MB (≤) | cores busy JVM+PG (machine) |\n");
            b.append("|---|---|---|---|---|---|---|---|---|\n");
            Map<String, Long> r = e.job().rows();
            long obs = r.getOrDefault("observation", 0L) + r.getOrDefault("air_quality_day", 0L);
            for (JobRun.Step s : e.job().steps()) {
                long written = switch (s.name()) {
                    case "collect" -> r.getOrDefault("received_file", 0L) + r.getOrDefault("submission", 0L);
                    case "read" -> obs + r.getOrDefault("finding_read", 0L);
                    case "check" -> r.getOrDefault("finding_check", 0L) + r.getOrDefault("missing_report", 0L);
                    case "compile" -> r.getOrDefault("figure", 0L) + r.getOrDefault("figure_source", 0L);
                    default -> 0L;
                };
                boolean perFile = s.name().equals("collect") || s.name().equals("read");
                boolean perObs = s.name().equals("read") || s.name().equals("compile") || s.name().equals("check");
                double[] cpu = e.job().cpu().coresBusy(s.startMillis(), s.endMillis());
                long peak = e.job().gc().peakMb(s.startMillis(), s.endMillis());
                b.append(f("| %s | %s | %.2f | %s | %s | %d | %s | %s | %s |%n", s.name(), s.status(), s.seconds(),
                        perFile ? f("%.0f", s.readCount() / s.seconds()) : "—",
                        perObs ? f("%.0f", obs / s.seconds()) : "—", written,
                        written > 0 ? f("%.0f", written / s.seconds()) : "—",
                        peak < 0 ? "—" : Long.toString(peak),
                        cpu == null ? "—" : f("%.2f+%.2f (%.2f)", cpu[0], cpu[1], cpu[2])));
            }
            JfrProfile.Profile p = e.readProfile();
            if (p != null && p.samples() > 0) {
                b.append(f("%nRead stage, JFR samples of the reading threads (%d; Java + native samples):%n%n", p.samples()));
                p.phases().forEach((k, v) -> b.append(f("- %s: %.0f %%%n", k, 100.0 * v / p.samples())));
                b.append("\nTop frames:\n\n");
                p.topFrames().forEach((k, v) -> b.append(f("- %5.1f %% `%s`%n", 100.0 * v / p.samples(), k)));
                b.append("\nInnermost yearbook frame (method:line):\n\n");
                p.yearbookFrames().forEach((k, v) -> b.append(f("- %5.1f %% `%s`%n", 100.0 * v / p.samples(), k)));
            }
            JfrProfile.Profile pp = e.publishProfile();
            if (pp != null && pp.samples() > 0) {
                b.append(f("%nPublish stage, JFR samples (%d), innermost yearbook frame:%n%n", pp.samples()));
                pp.yearbookFrames().forEach((k, v) -> b.append(f("- %5.1f %% `%s`%n", 100.0 * v / pp.samples(), k)));
            }
        }
        sections.forEach(b::append);
        b.append("""

                Notes: stage times are Spring Batch's BATCH_STEP_EXECUTION start/end. Peak heap is read from the child's
                unified GC log (-Xlog:gc,gc+heap+exit): the heap only grows between collections, so a window's peak is
                the largest heap-before-GC of the pauses in it, or of the first pause after it (hence ≤); the run's peak
                includes the heap at exit; "live" is the largest heap after a collection. CPU: /proc/<pid>/stat of the
                child JVM and of the embedded PostgreSQL (postmaster and its children), sampled every 200 ms; "machine" is
                /proc/stat, all processes. The store share of the read stage is the share of the reading threads' JFR
                samples (execution + native) inside ReadResultStore.save, so it is an estimate. CPU seconds (the JVM's and
                PostgreSQL's, or the walking process's) are given beside wall times because this machine is shared:
                when other work keeps both cores busy ("machine" near 2.00), wall times stretch but CPU seconds much less.
                """);
        return b.toString();
    }

    /**
     * The read stage against the fastest walk of the same files (issue 15: ≤ 1.5×): the fastest of the
     * 2-thread walks in a fresh JVM (POI's SAX reader, fastexcel-reader), which starts cold as the job
     * does; wall against the walk of least wall time, CPU (the JVM's and PostgreSQL's: the store is part
     * of reading) against the walk of least CPU. The last column holds the read stage's CPU against the
     * warm walks' least, a floor no cold JVM reaches.
     */
    private void floors(StringBuilder b) {
        b.append("\n| scale | read s | read CPU s JVM+PG | POI walk 2 thr s (CPU s) | POI walk 2 thr, fresh JVM s (CPU s) "
                + "| fastexcel walk 1 thr s | fastexcel walk 2 thr s (CPU s) | fastexcel walk 2 thr, fresh JVM s (CPU s) "
                + "| fastexcel walk 2 thr, fresh JVM, just before the job s (CPU s) "
                + "| read ÷ fastest walk | read ÷ fastest walk, CPU | read CPU ÷ fastest warm walk CPU "
                + "| read ÷ mean of the fastexcel fresh walks before and after the job |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Entry e : entries) {
            JobRun.Step read = e.job().step("read");
            double readS = read == null ? Double.NaN : read.seconds();
            double[] cpuS = read == null ? null : e.job().cpu().cpuSeconds(read.startMillis(), read.endMillis());
            double readCpu = cpuS == null ? Double.NaN : cpuS[0] + cpuS[1];
            FastexcelWalk.Floor fx = e.fastexcel();
            List<SaxWalk.Result> fresh = List.of(e.walk2Fresh(), fx.walk2Fresh());
            double fastest = fresh.stream().mapToDouble(SaxWalk.Result::seconds).min().orElse(Double.NaN);
            double leastCpu = fresh.stream().mapToDouble(SaxWalk.Result::cpuSeconds).min().orElse(Double.NaN);
            double leastWarmCpu = Math.min(e.walk2().cpuSeconds(), fx.walk2().cpuSeconds());
            b.append(f("| %s | %.2f | %.2f | %.2f (%.2f) | %.2f (%.2f) | %.2f | %.2f (%.2f) | %.2f (%.2f) | %.2f (%.2f) | %.2f× | %.2f× | %.2f× | %.2f× |%n",
                    e.scale().id(), readS, readCpu, e.walk2().seconds(), e.walk2().cpuSeconds(), e.walk2Fresh().seconds(),
                    e.walk2Fresh().cpuSeconds(), fx.walk1().seconds(), fx.walk2().seconds(), fx.walk2().cpuSeconds(),
                    fx.walk2Fresh().seconds(), fx.walk2Fresh().cpuSeconds(), fx.walk2FreshBefore().seconds(),
                    fx.walk2FreshBefore().cpuSeconds(), readS / fastest, readCpu / leastCpu, readCpu / leastWarmCpu,
                    readS / fx.freshAround()));
        }
    }

    private static double share(JfrProfile.Profile p, String phasePrefix) {
        if (p == null || p.samples() == 0) {
            return Double.NaN;
        }
        long n = p.phases().entrySet().stream().filter(x -> x.getKey().startsWith(phasePrefix)).mapToLong(Map.Entry::getValue).sum();
        return (double) n / p.samples();
    }

    private static String f(String fmt, Object... args) {
        return String.format(Locale.ROOT, fmt, args);
    }
}

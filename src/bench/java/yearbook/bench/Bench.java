package yearbook.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.UnitRegistry;

/**
 * The benchmark of issue "Proof at scale": generates inputs of growing size, runs the real program on
 * each in a child JVM, measures the floors (a bare SAX walk of the same workbooks, a COPY of the same
 * number of rows) and prints one markdown table, also written to bench/results-&lt;date&gt;.md.
 *
 * <p>Arguments: {@code --scales a,b,c,d,e} {@code --work DIR} (generated inputs are kept there and reused
 * while the generator is unchanged) {@code --jar FILE} {@code --regen} {@code --poi-writer} (every workbook written by POI, as
 * before the patched template; slower, the same workbooks) {@code --worker-scales b,c} (the scales whose read
 * stage is also run with 0, 1 and 2 {@code yearbook worker} JVMs, see {@link WorkerRun}; default b; "none") {@code --no-floors} (the job's figures only: no walk, no COPY)
 * {@code --job-timeout SECONDS} (a job
 * still running then is ended after a thread dump and a JFR dump; its exit code is shown as -1).
 */
public final class Bench {
    /** Bumped whenever the generators change, so that kept inputs are generated again. */
    private static final String GENERATOR_VERSION = "gen-3";
    private static final int YEAR = 2022;

    /** @param walkEvery the floors' walks read every n-th file and are extrapolated ×n (1: every file) */
    record Scale(String id, String label, int communities, int stations, int stationDays, String maxHeap, int walkEvery) {
        boolean stationFile() { return stations > 0; }
    }

    static final List<Scale> SCALES = List.of(
            new Scale("a", "(a) 街道 sub-district: 14 units × 12 months, -Xmx512m", 14, 0, 0, "512m", 1),
            new Scale("b", "(b) 区 district: 150 units × 12 months, -Xmx512m", 150, 0, 0, "512m", 1),
            new Scale("c", "(c) 市 city: 2,000 units × 12 months, -Xmx512m", 2000, 0, 0, "512m", 1),
            new Scale("d", "(d) station file: 100 stations × 10,000 days = 1,000,000 rows, -Xmx256m", 14, 100, 10_000, "256m", 1),
            // The target for a province: the whole year under -Xmx512m. Its walks
            // read every 10th file (POI on one thread would take five minutes for the
            // 240,000).
            new Scale("e", "(e) 省 province: 20,000 units × 12 months, -Xmx512m", 20_000, 0, 0, "512m", 10));

    /** @param cpuSeconds the generating process's CPU seconds (NaN when not recorded) */
    record Generated(List<Path> files, long rows, double seconds, double cpuSeconds, boolean cached) {
    }

    public static void main(String[] args) throws Exception {
        // The embedded server's own log lines would drown the figures.
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(Level.WARN);
        List<String> ids = List.of("a", "b", "c", "d");
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "yearbook-bench");
        Path jar = null;
        boolean regen = false;
        boolean poiWriter = false;
        boolean floors = true;
        List<String> workerScales = List.of("b");
        long timeout = 1200;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scales" -> ids = List.of(args[++i].split(","));
                case "--work" -> work = Path.of(args[++i]);
                case "--jar" -> jar = Path.of(args[++i]);
                case "--regen" -> regen = true;
                case "--poi-writer" -> poiWriter = true;
                case "--no-floors" -> floors = false;
                case "--worker-scales" -> {
                    String v = args[++i];
                    workerScales = v.isBlank() || v.equals("none") ? List.of() : List.of(v.split(","));
                }
                case "--job-timeout" -> timeout = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Path project = Path.of("").toAbsolutePath();
        if (jar == null) {
            jar = findJar(project);
        }
        IndicatorCatalog catalog = IndicatorCatalog.load(project.resolve("config/catalog.yaml"));
        UnitRegistry real = UnitRegistry.load(project.resolve("config/units.yaml"));
        List<SyntheticRegistry.Unit> realCommunities = real.communities(YEAR).stream()
                .map(u -> new SyntheticRegistry.Unit(u.code(), u.name())).toList();
        Results results = new Results(LocalDateTime.now(), loadAverage());
        for (String id : ids) {
            Scale s = SCALES.stream().filter(x -> x.id().equals(id.trim())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown scale " + id));
            Path dir = work.resolve(s.id());
            say("== %s (%s)", s.label(), dir);
            SyntheticRegistry reg = SyntheticRegistry.of(realCommunities, s.communities(), s.stations());
            Files.createDirectories(dir);
            Path units = dir.resolve("units.yaml");
            reg.write(units);
            Generated g = generate(s, reg, catalog, dir.resolve("input"), regen, poiWriter);
            say("   inputs: %d files, %d rows, %s %.1f s (%.1f CPU s)", g.files().size(), g.rows(),
                    g.cached() ? "generated earlier in" : "generated in", g.seconds(), g.cpuSeconds());
            // A province's walks read a sample (every n-th file) and are extrapolated: labelled so in the table.
            List<Path> walked = sample(g.files(), s.walkEvery());
            // the sample's walk; the floor scales it with the others
            SaxWalk.Result fxBefore = floors ? FastexcelWalk.walkInFreshJvm(walked, 2, dir) : null;
            if (fxBefore != null) {
                say("   fastexcel walk, 2 threads in a fresh JVM, just before the job: %.2f s",
                        fxBefore.times(s.walkEvery()).seconds());
            }
            say("   running the job (child JVM, heap %s) ...", s.maxHeap() == null ? "default" : "-Xmx" + s.maxHeap());
            JobRun.Outcome o = JobRun.run(jar, project, dir, units, s.maxHeap(), YEAR, timeout);
            say("   job: exit %d in %.1f s; console: %s", o.exitCode(), o.wallSeconds(), Files.readString(o.console()).strip().replace("\n", "\n      "));
            if (!floors) {
                // The job's figures only (a loaded machine, a run to look at the stages): no walk, no COPY.
                SaxWalk.Result none = new SaxWalk.Result(Double.NaN, 0, 0, Double.NaN);
                JobRun.Step read = o.step("read");
                JobRun.Step publish = o.step("publish");
                results.add(new Results.Entry(s, g, o, none, none, none, 0, Double.NaN,
                        read == null ? null : JfrProfile.profile(o.jfr(), read.startMillis(), read.endMillis()),
                        publish == null ? null : JfrProfile.profile(o.jfr(), publish.startMillis(), publish.endMillis()),
                        new FastexcelWalk.Floor(none, none, none, none)));
                results.write(project.resolve("bench"));
                continue;
            }
            // the fastest walk first, as close to the job's read as it can be
            FastexcelWalk.Floor fx = FastexcelWalk.floor(walked, dir, !s.stationFile(), fxBefore).times(s.walkEvery());
            if (!s.stationFile()) {
                // JIT warm-up: the walk measures POI, not the interpreter; the job's JVM is cold, which only favours the floor less.
                SaxWalk.walk(g.files().subList(0, Math.min(100, g.files().size())), 2);
            }
            SaxWalk.Result w1 = SaxWalk.walk(walked, 1).times(s.walkEvery());
            SaxWalk.Result w2 = SaxWalk.walk(walked, 2).times(s.walkEvery());
            SaxWalk.Result w2Fresh = SaxWalk.walkInFreshJvm(walked, 2, dir).times(s.walkEvery());
            say("   bare SAX walk%s: 1 thread %.2f s, 2 threads %.2f s (%d cells); 2 threads in a fresh JVM %.2f s",
                    s.walkEvery() > 1 ? " (every " + s.walkEvery() + "th file, ×" + s.walkEvery() + ")" : "",
                    w1.seconds(), w2.seconds(), w2.cells(), w2Fresh.seconds());
            say("   fastexcel walk: 1 thread %.2f s, 2 threads %.2f s (%d cells); 2 threads in a fresh JVM %.2f s (%.2f s before the job)",
                    fx.walk1().seconds(), fx.walk2().seconds(), fx.walk2().cells(), fx.walk2Fresh().seconds(),
                    fx.walk2FreshBefore().seconds());
            long loaded = s.stationFile() ? o.rows().get("air_quality_day") : o.rows().get("observation");
            long copyRows = loaded > 0 ? loaded : g.rows();
            double copy = CopyBaseline.copy(dir.resolve("copy-pg"), s.stationFile() ? CopyBaseline.Shape.AIR_QUALITY_DAY
                    : CopyBaseline.Shape.OBSERVATION, copyRows, g.files().size());
            say("   COPY of %d rows: %.2f s", copyRows, copy);
            JobRun.Step read = o.step("read");
            JfrProfile.Profile prof = read == null ? null : JfrProfile.profile(o.jfr(), read.startMillis(), read.endMillis());
            JobRun.Step publish = o.step("publish");
            JfrProfile.Profile pub = publish == null ? null : JfrProfile.profile(o.jfr(), publish.startMillis(), publish.endMillis());
            results.add(new Results.Entry(s, g, o, w1, w2, w2Fresh, copyRows, copy, prof, pub, fx));
            results.write(project.resolve("bench"));
            if (workerScales.contains(s.id())) {
                say("   the read stage with 0, 1 and 2 workers ...");
                results.addSection(WorkerRun.markdown(s.id(), WorkerRun.run(jar, project, dir, units, List.of(0, 1, 2), YEAR, timeout)));
                results.write(project.resolve("bench"));
            }
        }
        System.out.println();
        System.out.println(results.markdown());
        say("written: %s", results.file(project.resolve("bench")));
    }

    /** Every n-th file, from the first. */
    static List<Path> sample(List<Path> files, int every) {
        if (every <= 1) {
            return files;
        }
        List<Path> out = new ArrayList<>(files.size() / every + 1);
        for (int i = 0; i < files.size(); i += every) {
            out.add(files.get(i));
        }
        return out;
    }

    private static Generated generate(Scale s, SyntheticRegistry reg, IndicatorCatalog catalog, Path input, boolean regen,
                                      boolean poiWriter) throws Exception {
        Path folder = input.resolve(Integer.toString(YEAR));
        Path marker = input.resolve(".complete");
        if (!regen && Files.exists(marker)) {
            String[] m = Files.readString(marker).strip().split(" ");
            if (m[0].equals(GENERATOR_VERSION + (poiWriter ? "-poi" : ""))) {
                List<Path> files;
                try (Stream<Path> l = Files.list(folder)) {
                    files = l.sorted().toList();
                }
                return new Generated(files, Long.parseLong(m[1]), Double.parseDouble(m[2]),
                        m.length > 3 ? Double.parseDouble(m[3]) : Double.NaN, true);
            }
        }
        JobRun.deleteTree(input);
        Files.createDirectories(folder);
        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        List<Path> files = Collections.synchronizedList(new ArrayList<>());
        AtomicLong rows = new AtomicLong();
        if (s.stationFile()) {
            Path f = folder.resolve("多站点空气质量日报1995-2022.xlsx");
            rows.addAndGet(StationGenerator.write(f, reg.stations(), s.stationDays(), LocalDate.of(YEAR, 12, 31)));
            files.add(f);
        } else {
            ReportGenerator gen = new ReportGenerator(catalog);
            // One template written by POI, then its bytes with each report's values
            // patched in (PatchedReportWriter): the same workbooks, 240,000 of them in
            // minutes; --poi-writer writes each one with POI instead.
            PatchedReportWriter patched = poiWriter ? null : new PatchedReportWriter(gen, input.resolve(".template"));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> fs = new ArrayList<>();
                List<SyntheticRegistry.Unit> units = reg.communities();
                for (int u = 0; u < units.size(); u++) {
                    final int ui = u;
                    fs.add(pool.submit(() -> {
                        for (int month : ReportGenerator.months()) {
                            Path f = folder.resolve(units.get(ui).name() + YEAR + "年" + month + "月报表.xlsx");
                            ReportGenerator.Report r = gen.report(units.get(ui).name(), ui, YEAR, month);
                            rows.addAndGet(poiWriter ? gen.write(f, r) : patched.write(f, r));
                            files.add(f);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : fs) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        Files.writeString(marker, GENERATOR_VERSION + (poiWriter ? "-poi" : "") + " " + rows.get() + " "
                + String.format(Locale.ROOT, "%.1f %.1f", secs, cpu));
        List<Path> sorted = new ArrayList<>(files);
        Collections.sort(sorted);
        return new Generated(sorted, rows.get(), secs, cpu, false);
    }

    static long processCpuNanos() {
        return ((OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static Path findJar(Path project) throws IOException {
        try (Stream<Path> l = Files.list(project.resolve("target"))) {
            return l.filter(p -> p.getFileName().toString().matches("yearbook-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/yearbook-*.jar: run mvn package first"));
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    static void say(String fmt, Object... args) {
        System.out.println(String.format(Locale.ROOT, fmt, args));
        System.out.flush();
    }

    static Map<String, Long> nonNull(Map<String, Long> m) {
        return m == null ? Map.of() : m;
    }
}

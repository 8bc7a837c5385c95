package yearbook.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.UnitRegistry;
import yearbook.model.Finding;
import yearbook.read.ReadResult;
import yearbook.read.WorkbookReader;

/**
 * Runs the real reader on one file under a time limit, measuring the time and the heap's
 * peak, so a test can assert that a hostile file neither hangs the run nor eats the
 * memory.
 */
final class Guarded {

    static final IndicatorCatalog CATALOG = IndicatorCatalog.load(Path.of("config/catalog.yaml"));
    static final UnitRegistry UNITS = UnitRegistry.load(Path.of("config/units.yaml"));
    static final WorkbookReader READER = new WorkbookReader(CATALOG, UNITS);

    record Outcome(ReadResult result, long millis, long peakHeapBytes) {
        long peakHeapMb() {
            return peakHeapBytes >> 20;
        }
    }

    private Guarded() {
    }

    /**
     * Reads the file on another thread; fails the test if it takes longer than
     * limitSeconds or throws.
     */
    static Outcome read(Path file, String name, long limitSeconds) throws Exception {
        return read(READER, file, name, limitSeconds);
    }

    /** The same with a reader of other limits (a lowered time limit). */
    static Outcome read(WorkbookReader reader, Path file, String name, long limitSeconds) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
            .stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        ExecutorService one = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "guarded-read");
            t.setDaemon(true); // a hung read must not keep the test JVM alive
            return t;
        });
        long t0 = System.nanoTime();
        try {
            Future<ReadResult> f = one.submit(() -> reader.read(file, name));
            ReadResult r;
            try {
                r = f.get(limitSeconds, TimeUnit.SECONDS);
            }
            catch (TimeoutException e) {
                f.cancel(true);
                throw new AssertionError(name + ": the reader did not finish within " + limitSeconds + " s");
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("[hostile] %-40s %6d ms  peak heap %5d MB  %s%n", abbreviate(name), ms, peak >> 20,
                    summary(r));
            return new Outcome(r, ms, peak);
        }
        finally {
            one.shutdownNow();
        }
    }

    static String summary(ReadResult r) {
        String kind = r.getClass().getSimpleName();
        List<String> rules = r.findings()
            .stream()
            .filter(Finding::isError)
            .map(Finding::rule)
            .distinct()
            .limit(4)
            .toList();
        String first = r.findings().stream().filter(Finding::isError).map(Finding::message).findFirst().orElse("");
        return kind + " errors=" + r.findings().stream().filter(Finding::isError).count() + " " + rules + " "
                + abbreviate(first.length() > 80 ? first.substring(0, 80) : first);
    }

    static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 37) + "…" : s;
    }

    /** A clerk reads these: Chinese, no exception text, no stack trace. */
    static void assertReadable(List<Finding> findings) {
        assertThat(findings).isNotEmpty();
        for (Finding f : findings) {
            assertThat(f.message()).doesNotContain("Exception").doesNotContain("\tat ").containsPattern("\\p{IsHan}");
            assertThat(f.advice()).doesNotContain("Exception").containsPattern("\\p{IsHan}");
            assertThat(f.rule()).containsPattern("\\p{IsHan}");
        }
    }

    /**
     * Quarantined: not a submission, or a result holding an ERROR finding; every finding
     * readable.
     */
    static List<Finding> assertQuarantined(ReadResult r) {
        assertThat(r.hasErrors()).as("expected an ERROR finding, got " + summary(r)).isTrue();
        assertReadable(r.findings());
        return r.findings().stream().filter(Finding::isError).toList();
    }

}

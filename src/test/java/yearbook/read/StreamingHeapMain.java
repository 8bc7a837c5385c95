package yearbook.read;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.UnitRegistry;
import yearbook.model.AirQualityDay;

/**
 * Reads one workbook in a JVM of its own (started by {@link StreamingReaderTest} with
 * -Xmx256m) and prints the day count, the findings count, the time and the peak heap
 * used, measured by the JVM's memory pools (the highest use each heap pool reached,
 * summed: an upper bound of the true peak). It also walks every day once, as the store
 * does, so the compact day list is exercised whole.
 */
public final class StreamingHeapMain {

    private StreamingHeapMain() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        WorkbookReader reader = new WorkbookReader(IndicatorCatalog.load(Path.of("config/catalog.yaml")),
                UnitRegistry.load(Path.of("config/units.yaml")));
        ReadResult r = reader.read(Path.of(args[0]), Path.of(args[0]).getFileName().toString());
        long readMs = (System.nanoTime() - start) / 1_000_000;
        long days = 0;
        long checksum = 0;
        if (r instanceof ReadResult.AirQuality aq) {
            for (AirQualityDay d : aq.days()) {
                days++;
                checksum += d.day().getDayOfMonth() + d.concentrations().size();
            }
        }
        // what the result itself holds: the days of the compact table, not the garbage of
        // reading
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        if (r.findings().size() < 0) {
            System.out.println(r); // keeps r reachable until measured
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("result=" + r.getClass().getSimpleName() + " days=" + days + " findings="
                + r.findings().size() + " errors=" + r.hasErrors() + " checksum=" + checksum + " readMs=" + readMs
                + " peakHeapMB=" + peak / 1024 / 1024 + " liveAfterGcMB=" + live / 1024 / 1024 + " maxHeapMB="
                + Runtime.getRuntime().maxMemory() / 1024 / 1024);
    }

}

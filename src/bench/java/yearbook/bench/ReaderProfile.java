package yearbook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.UnitRegistry;
import yearbook.read.ReadResult;
import yearbook.read.WorkbookReader;

/**
 * The reader alone, on one thread, against the bare SAX walk of the same files: where parsing (not
 * storing) spends its time. {@code ReaderProfile INPUT_FOLDER UNITS_YAML [N]}; run it under JFR.
 */
public final class ReaderProfile {
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        UnitRegistry units = UnitRegistry.load(Path.of(args[1]));
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        List<Path> files;
        try (Stream<Path> l = Files.list(folder)) {
            files = l.sorted().limit(n).toList();
        }
        WorkbookReader reader = new WorkbookReader(IndicatorCatalog.load(Path.of("config/catalog.yaml")), units);
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            long obs = 0;
            for (Path f : files) {
                var r = reader.read(f, f.getFileName().toString());
                if (r instanceof ReadResult.Report rep) {
                    obs += rep.observations().size();
                }
            }
            double read = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            for (Path f : files) {
                reader.read(Files.readAllBytes(f), f.getFileName().toString());
            }
            double fromBytes = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            long cells = 0;
            for (Path f : files) {
                cells += SaxWalk.walkOne(f);
            }
            double walk = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            for (Path f : files) {
                FastexcelWalk.walkOne(f);
            }
            double fastexcel = (System.nanoTime() - t0) / 1e9;
            System.out.printf("round %d: %d files, read %.2f s (%d observations), from bytes %.2f s, POI walk %.2f s (%d cells), ratio %.2f; fastexcel walk %.2f s, ratio %.2f%n",
                    round, files.size(), read, obs, fromBytes, walk, cells, read / walk, fastexcel, fromBytes / fastexcel);
        }
    }
}

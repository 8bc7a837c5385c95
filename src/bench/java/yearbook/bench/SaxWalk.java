package yearbook.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The floor for reading: open each workbook and walk every cell of every sheet with POI's streaming
 * SAX reader (XSSFReader + XSSFSheetXMLHandler), doing nothing with the values but counting them.
 */
final class SaxWalk {
    record Result(double seconds, long files, long cells, double cpuSeconds) {
        /** Extrapolated from a sample of every n-th file. */
        Result times(int n) {
            return n == 1 ? this : new Result(seconds * n, files * n, cells * n, cpuSeconds * n);
        }
    }

    /** How one workbook is walked: its cells counted. */
    interface FileWalk {

        long cells(Path file) throws Exception;

    }

    static Result walk(List<Path> files, int threads) throws Exception {
        return walk(files, threads, SaxWalk::walkOne);
    }

    /** Walks the files on a pool of threads, timed in wall and in the process's CPU seconds. */
    static Result walk(List<Path> files, int threads, FileWalk walkOne) throws Exception {
        AtomicLong cells = new AtomicLong();
        var os = (OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (Path f : files) {
                fs.add(pool.submit(() -> {
                    cells.addAndGet(walkOne.cells(f));
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Result((System.nanoTime() - t0) / 1e9, files.size(), cells.get(), (os.getProcessCpuTime() - c0) / 1e9);
    }

    /**
     * The same walk in a JVM of its own, with no warm-up: the conditions of the job, which also starts
     * cold and pays for its JIT compilation while it reads (a fifth of its CPU at 1,800 files).
     */
    static Result walkInFreshJvm(List<Path> files, int threads, Path work) throws Exception {
        return walkInFreshJvm(SaxWalk.class, files, threads, work);
    }

    /** Runs {@code walker}'s main (THREADS FILE_LIST RESULT_FILE) in a fresh JVM over the files. */
    static Result walkInFreshJvm(Class<?> walker, List<Path> files, int threads, Path work) throws Exception {
        Path list = work.resolve("walk-files.txt");
        Files.write(list, files.stream().map(Path::toString).toList());
        Path out = work.resolve(walker.getSimpleName() + "-result.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), walker.getName(), Integer.toString(threads),
                list.toString(), out.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("fresh-JVM walk (" + walker.getSimpleName() + ") failed: exit " + p.exitValue());
        }
        String[] r = Files.readString(out).strip().split(" ");
        return new Result(Double.parseDouble(r[0]), files.size(), Long.parseLong(r[1]), Double.parseDouble(r[2]));
    }

    /** A fresh JVM's entry: walks the listed files and writes "seconds cells cpuSeconds" to the result file. */
    static void walkAndWrite(String[] args, FileWalk walkOne) throws Exception {
        List<Path> files = Files.readAllLines(Path.of(args[1])).stream().map(Path::of).toList();
        Result r = walk(files, Integer.parseInt(args[0]), walkOne);
        Files.writeString(Path.of(args[2]), String.format(Locale.ROOT, "%.3f %d %.3f",
                r.seconds(), r.cells(), r.cpuSeconds()));
    }

    /** {@code SaxWalk THREADS FILE_LIST RESULT_FILE}: writes "seconds cells cpuSeconds" (CPU of the whole process). */
    public static void main(String[] args) throws Exception {
        walkAndWrite(args, SaxWalk::walkOne);
    }

    static long walkOne(Path file) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader r = new XSSFReader(pkg);
            ReadOnlySharedStringsTable sst = new ReadOnlySharedStringsTable(pkg);
            var styles = r.getStylesTable();
            long[] n = {0};
            XSSFSheetXMLHandler.SheetContentsHandler counter = new XSSFSheetXMLHandler.SheetContentsHandler() {
                @Override
                public void startRow(int rowNum) {
                }

                @Override
                public void endRow(int rowNum) {
                }

                @Override
                public void cell(String ref, String value, XSSFComment comment) {
                    if (value != null) {
                        n[0]++;
                    }
                }
            };
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) r.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    XMLReader x = XMLHelper.newXMLReader();
                    x.setContentHandler(new XSSFSheetXMLHandler(styles, null, sst, counter, new DataFormatter(), false));
                    x.parse(new InputSource(in));
                }
            }
            return n[0];
        }
    }
}

package yearbook.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The faster floor for reading (issue 15, item 4): every cell of every sheet walked with
 * fastexcel-reader (StAX over the zip), counting the cells with a value, as {@link SaxWalk} does with
 * POI's SAX reader. Cell formats are read too, as the reader needs them to tell dates from numbers.
 */
final class FastexcelWalk {
    private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);

    /**
     * The fastexcel walks of one scale: 1 and 2 threads in the bench's (warm) JVM, 2 threads in a fresh one right
     * after the job, and 2 threads in a fresh one right before it. The host's speed moves by a third within the
     * hour, so the read is set against the fresh walks on either side of it.
     */
    record Floor(SaxWalk.Result walk1, SaxWalk.Result walk2, SaxWalk.Result walk2Fresh, SaxWalk.Result walk2FreshBefore) {
        /** A sample's walks scaled to the whole corpus. */
        Floor times(int n) {
            return new Floor(walk1.times(n), walk2.times(n), walk2Fresh.times(n), walk2FreshBefore.times(n));
        }

        /** The mean wall time of the fresh walks before and after the job. */
        double freshAround() {
            return (walk2Fresh.seconds() + walk2FreshBefore.seconds()) / 2;
        }

    }

    /**
     * Measures the fastexcel floor of one scale as the POI floor is measured, the fresh JVM's walk first (call it
     * right after the job); warms up before the warm walks unless it is one large file.
     */
    static Floor floor(List<Path> files, Path work, boolean warmUp, SaxWalk.Result freshBefore) throws Exception {
        SaxWalk.Result fresh = walkInFreshJvm(files, 2, work);
        if (warmUp) {
            walk(files.subList(0, Math.min(100, files.size())), 2);
        }
        return new Floor(walk(files, 1), walk(files, 2), fresh, freshBefore);
    }

    static SaxWalk.Result walk(List<Path> files, int threads) throws Exception {
        return SaxWalk.walk(files, threads, FastexcelWalk::walkOne);
    }

    /** The same walk in a JVM of its own, with no warm-up (see {@link SaxWalk#walkInFreshJvm}). */
    static SaxWalk.Result walkInFreshJvm(List<Path> files, int threads, Path work) throws Exception {
        return SaxWalk.walkInFreshJvm(FastexcelWalk.class, files, threads, work);
    }

    /** {@code FastexcelWalk THREADS FILE_LIST RESULT_FILE}: writes "seconds cells cpuSeconds" (CPU of the whole process). */
    public static void main(String[] args) throws Exception {
        SaxWalk.walkAndWrite(args, FastexcelWalk::walkOne);
    }

    static long walkOne(Path file) throws Exception {
        long n = 0;
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), WITH_FORMATS)) {
            for (Sheet sheet : (Iterable<Sheet>) wb.getSheets()::iterator) {
                try (Stream<Row> rows = sheet.openStream()) {
                    for (Row row : (Iterable<Row>) rows::iterator) {
                        for (Cell c : row) {
                            if (c != null && c.getRawValue() != null) {
                                n++;
                            }
                        }
                    }
                }
            }
        }
        return n;
    }
}

package yearbook.read;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * Limits that turn a hostile or broken file (a zip bomb, a giant record) into an exception that the
 * reader reports, instead of an OutOfMemoryError that would stop the run. A community's report is a
 * few hundred KB; these limits are far above that and far below the heap.
 */
final class PoiGuards {
    /** Largest file the reader opens at all. */
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    /** Expanded size of one zip entry (a sheet's XML). */
    static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;
    /** An entry expanding more than 100× is a bomb, not a spreadsheet. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** Largest single byte array POI may allocate for a record. */
    static final int MAX_BYTE_ARRAY = 200 * 1024 * 1024;

    private static volatile boolean applied;

    private PoiGuards() {
    }

    static void apply() {
        if (applied) return;
        synchronized (PoiGuards.class) {
            if (applied) return;
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
            IOUtils.setByteArrayMaxOverride(MAX_BYTE_ARRAY);
            applied = true;
        }
    }
}

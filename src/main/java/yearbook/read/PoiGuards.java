package yearbook.read;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * POI's process-wide limits that turn a hostile or broken file (a zip bomb, a giant
 * record) into an exception that the reader reports, instead of an OutOfMemoryError that
 * would stop the run. The values come from {@link ReadLimits#DEFAULTS}; the reader's own
 * limits (rows, cells, time) are applied while reading.
 */
final class PoiGuards {

    /**
     * An entry expanding more than 100× is a bomb, not a spreadsheet (sheet XML
     * compresses ~10–20×).
     */
    static final double MIN_INFLATE_RATIO = 0.01;

    /** Largest single byte array POI may allocate for a record (.xls). */
    static final int MAX_BYTE_ARRAY = 64 * 1024 * 1024;

    private static volatile boolean applied;

    private PoiGuards() {
    }

    static void apply() {
        if (applied) {
            return;
        }
        synchronized (PoiGuards.class) {
            if (applied) {
                return;
            }
            ReadLimits limits = ReadLimits.DEFAULTS;
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
            // Sheets are streamed, so a large sheet costs time (bounded by the time
            // budget), not memory.
            ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
            ZipSecureFile.setMaxFileCount(limits.maxZipEntries());
            IOUtils.setByteArrayMaxOverride(MAX_BYTE_ARRAY);
            applied = true;
        }
    }

}

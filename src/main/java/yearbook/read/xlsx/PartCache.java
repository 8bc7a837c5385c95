package yearbook.read.xlsx;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parsed small parts of recently read packages (content types, relationships,
 * workbook, styles), by their exact stored bytes. Workbooks filled in from one template
 * carry these parts byte for byte: a city's 24,000 reports have one styles part between
 * them, which each report inflated and parsed again. A part is parsed from its bytes
 * alone, so the same stored bytes (same compression method, sizes and CRC) parse to the
 * same result, the guards' verdict included; a hit gives what reading them again would.
 * Only successful parses are kept. Shared strings are not: they name the unit and the
 * month, so they differ from file to file.
 */
final class PartCache {

    /** Parts larger than this are read as before: templates' are a few hundred bytes. */
    static final int MAX_STORED_BYTES = 16 * 1024;

    static final int MAX_EXPANDED_BYTES = 64 * 1024;

    private static final int MAX_PARTS = 256;

    static final PartCache SHARED = new PartCache();

    /**
     * @param part the part's name in its package (relationships resolve against it)
     * @param stored the entry's bytes as stored in the zip, compressed or not
     */
    record Key(Class<?> kind, String part, int method, long size, long crc, XlsxPackage.Limits limits,
            ByteBuffer stored) {
    }

    private final Map<Key, Object> parsed = new LinkedHashMap<>(MAX_PARTS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
            return size() > MAX_PARTS;
        }
    };

    @SuppressWarnings("unchecked") // the key's kind is the class of what was put under it
    synchronized <T> T get(Key key) {
        return (T) parsed.get(key);
    }

    synchronized void put(Key key, Object part) {
        parsed.put(key, part);
    }

}

package yearbook.read.xlsx;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.utils.InputStreamStatistics;

/**
 * One zip entry as it expands, with POI's zip-bomb rules (ZipSecureFile): no entry larger
 * than the entry limit, and none above 100 KB expanding more than the inflate ratio
 * allows. The messages say "Zip bomb", which the reader turns into its finding.
 */
final class InflationGuard extends FilterInputStream {

    /** Small entries may compress well (an empty sheet is mostly repetition). */
    private static final long GRACE_BYTES = 100 * 1024;

    private final String entry;

    private final long maxBytes;

    private final double minRatio;

    private final InputStreamStatistics stats;

    private long count;

    InflationGuard(InputStream in, String entry, long maxBytes, double minRatio) {
        super(in);
        this.entry = entry;
        this.maxBytes = maxBytes;
        this.minRatio = minRatio;
        this.stats = in instanceof InputStreamStatistics s ? s : null;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            check(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            check(n);
        }
        return n;
    }

    private void check(int n) throws IOException {
        count += n;
        long expanded = stats == null ? count : Math.max(count, stats.getUncompressedCount());
        if (expanded > maxBytes) {
            throw new IOException(
                    "Zip bomb detected! Entry " + entry + " exceeds the max entry size of " + maxBytes + " bytes");
        }
        if (expanded <= GRACE_BYTES || stats == null) {
            return;
        }
        if ((double) stats.getCompressedCount() / expanded < minRatio) {
            throw new IOException(
                    "Zip bomb detected! Entry " + entry + " exceeds the max. ratio of compressed to expanded size");
        }
    }

}

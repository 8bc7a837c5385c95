package yearbook.read.xlsx;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A part of the package that is held in memory once read may expand to at most this many
 * bytes.
 */
public final class BoundedInputStream extends FilterInputStream {

    /**
     * The part is larger than the reader will hold: the file is too large, not
     * necessarily hostile.
     */
    public static final class PartTooLargeException extends IOException {

        public final String part;

        public final long limit;

        PartTooLargeException(String part, long limit) {
            super("part " + part + " larger than " + limit + " bytes");
            this.part = part;
            this.limit = limit;
        }

    }

    private final long limit;

    private final String part;

    private long count;

    BoundedInputStream(InputStream in, long limit, String part) {
        super(in);
        this.limit = limit;
        this.part = part;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws PartTooLargeException {
        count += n;
        if (count > limit) {
            throw new PartTooLargeException(part, limit);
        }
    }

}

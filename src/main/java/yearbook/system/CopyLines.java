package yearbook.system;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Takes COPY's binary format (a header, then per row a 16-bit field count, a 32-bit
 * length and the bytes; a count of -1 at the end) and passes the one field of each row
 * on. The bytes come in pieces of any size.
 */
public final class CopyLines extends OutputStream {

    private static final int SIGNATURE = 11;

    private static final int HEADER = SIGNATURE + 8;

    private static final int HEAD = 0, EXTENSION = 1, FIELDS = 2, LENGTH = 3, DATA = 4, END = 5;

    private final OutputStream out;

    private final byte[] header = new byte[HEADER];

    private int have; // bytes of the current header or number read so far

    private int stage = HEAD;

    private long remaining; // bytes left of the header extension or of the line

    private long rows;

    public CopyLines(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] { (byte) b }, 0, 1);
    }

    /**
     * What stopped the copy here, if anything did (the driver reports only its cancel).
     */
    private IOException failure;

    public IOException failure() {
        return failure;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            parse(b, off, len);
        }
        catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    private void parse(byte[] b, int off, int len) throws IOException {
        int end = off + len;
        while (off < end) {
            switch (stage) {
                case HEAD -> {
                    header[have++] = b[off++];
                    if (have == HEADER) {
                        remaining = int32(header, SIGNATURE + 4);
                        have = 0;
                        stage = remaining > 0 ? EXTENSION : FIELDS;
                    }
                }
                case EXTENSION -> {
                    int skip = (int) Math.min(remaining, end - off);
                    off += skip;
                    remaining -= skip;
                    if (remaining == 0) {
                        stage = FIELDS;
                    }
                }
                case FIELDS -> {
                    header[have++] = b[off++];
                    if (have == 2) {
                        have = 0;
                        short fields = (short) (((header[0] & 0xff) << 8) | (header[1] & 0xff));
                        if (fields == -1) {
                            stage = END;
                        }
                        else if (fields != 1) {
                            throw new IOException("COPY: " + fields + " fields in a row, expected 1");
                        }
                        else {
                            stage = LENGTH;
                        }
                    }
                }
                case LENGTH -> {
                    header[have++] = b[off++];
                    if (have == 4) {
                        have = 0;
                        remaining = int32(header, 0);
                        if (remaining < 0) {
                            throw new IOException("第 " + (rows + 1) + " 条数据来源无法写成一行(报告期代码无法识别?)");
                        }
                        rows++;
                        stage = remaining > 0 ? DATA : FIELDS;
                    }
                }
                case DATA -> {
                    int n = (int) Math.min(remaining, end - off);
                    out.write(b, off, n);
                    off += n;
                    remaining -= n;
                    if (remaining == 0) {
                        stage = FIELDS;
                    }
                }
                default -> throw new IOException("COPY: data after its end");
            }
        }
    }

    private static int int32(byte[] b, int at) {
        return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }

    /** How many rows were copied; fails when the copy stopped short of its end. */
    public long finish() throws IOException {
        if (stage != END) {
            throw new IOException("COPY ended early, after " + rows + " rows");
        }
        return rows;
    }

}

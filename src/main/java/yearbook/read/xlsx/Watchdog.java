package yearbook.read.xlsx;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * The per-file time limit and work budget, checked on every read of every part the parser
 * pulls from the package: it fires wherever the parser is, also inside a sheet without a
 * single row (99 sheets pointing at one part of junk elements would otherwise parse for
 * hours with no row to stop at). The byte budget bounds the expanded XML one file may
 * make the parser go through.
 */
public final class Watchdog {

    /** The file used up its time or its budget of expanded bytes. */
    public static final class Fired extends IOException {

        /** true: the time ran out; false: the budget of expanded bytes. */
        public final boolean time;

        Fired(boolean time) {
            super(time ? "read time limit reached" : "read byte budget reached");
            this.time = time;
        }

    }

    private final long deadline;

    private final long maxBytes;

    private final Duration budget;

    private long bytes;

    public Watchdog(Duration budget, long maxBytes) {
        this.budget = budget;
        this.deadline = System.nanoTime() + budget.toNanos();
        this.maxBytes = maxBytes;
    }

    Duration budget() {
        return budget;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** Fires when the time is up (for the sink, between rows). */
    boolean expired() {
        return System.nanoTime() - deadline > 0;
    }

    public InputStream watch(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                check(1);
                return super.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                check(Math.max(n, 0));
                return n;
            }
        };
    }

    private void check(int n) throws Fired {
        bytes += n;
        if (bytes > maxBytes) {
            throw new Fired(false);
        }
        if (expired()) {
            throw new Fired(true);
        }
    }

}

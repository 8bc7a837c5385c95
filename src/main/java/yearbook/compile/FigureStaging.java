package yearbook.compile;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import yearbook.model.Figure;
import yearbook.system.PgCopy;

/**
 * A compilation's figures (in COPY's text format), their sources and derivations (as
 * binary pairs) spooled to temporary files as they are compiled, to be copied into the
 * database in one go ({@link FigureStore#replace}): a province year is some 900,000
 * figures and 17 million sources, which do not belong in the heap.
 */
final class FigureStaging implements YearCompilation.Sink, AutoCloseable {

    private final Path dir;

    private final Spool figures;

    private final Pairs sources;

    private final Pairs derivations;

    private long count;

    /** The figures' keys, as given. */
    private long[] keys = new long[1024];

    FigureStaging() {
        try {
            dir = Files.createTempDirectory("yearbook-compile-");
            figures = new Spool(dir.resolve("figure"));
            sources = new Pairs(dir.resolve("source"));
            derivations = new Pairs(dir.resolve("derive"));
        }
        catch (IOException e) {
            throw new UncheckedIOException("无法创建汇总用的临时文件", e);
        }
    }

    @Override
    public void figure(long key, Figure f, Set<Long> from) {
        try {
            figures.w.number(key)
                .tab()
                .number(f.year())
                .tab()
                .text(f.unitCode())
                .tab()
                .text(f.indicatorCode())
                .tab()
                .number(f.value())
                .tab()
                .number(f.prior())
                .tab()
                .number(f.growth())
                .tab()
                .bool(f.incomplete())
                .tab()
                .bool(f.approximate())
                .tab()
                .bool(f.comparable())
                .end();
            for (Long o : from) {
                sources.add(key, o);
            }
            if (count == keys.length) {
                keys = Arrays.copyOf(keys, keys.length * 2);
            }
            keys[(int) count] = key;
            count++;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void sources(long key, Set<Long> from) {
        try {
            for (Long o : from) {
                sources.add(key, o);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void derive(long key, long from) {
        try {
            derivations.add(key, from);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long count() {
        return count;
    }

    /** The keys of the figures, ascending: the i-th figure in key order is keys()[i]. */
    long[] keys() {
        long[] sorted = Arrays.copyOf(keys, (int) count);
        Arrays.sort(sorted);
        return sorted;
    }

    /**
     * The spooled figures, finished: figure (key, year, unit, indicator, value, prior,
     * growth, flags) in COPY's text format.
     */
    InputStream figures() throws IOException {
        return figures.read();
    }

    /** Each source (key, observation) as spooled. */
    void forEachSource(PairConsumer each) throws IOException {
        sources.forEach(each);
    }

    /** Each derivation (key, from) as spooled. */
    void forEachDerivation(PairConsumer each) throws IOException {
        derivations.forEach(each);
    }

    interface PairConsumer {

        void accept(long a, long b) throws IOException;

    }

    @Override
    public void close() {
        figures.delete();
        sources.delete();
        derivations.delete();
        try {
            Files.deleteIfExists(dir);
        }
        catch (IOException e) {
            // a temporary folder of the system's: it is cleaned with the others
        }
    }

    private static final class Spool {

        final Path file;

        final OutputStream out;

        final PgCopy.Writer w;

        boolean finished;

        Spool(Path file) throws IOException {
            this.file = file;
            this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            this.w = PgCopy.Writer.to(out);
        }

        InputStream read() throws IOException {
            if (!finished) {
                w.flush();
                out.close();
                finished = true;
            }
            return Files.newInputStream(file);
        }

        void delete() {
            discard(file, out, finished);
        }

    }

    /**
     * Pairs of numbers spooled as 16 bytes each: millions of lineage rows a city year.
     */
    private static final class Pairs {

        final Path file;

        final DataOutputStream out;

        boolean finished;

        Pairs(Path file) throws IOException {
            this.file = file;
            this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        }

        void add(long a, long b) throws IOException {
            out.writeLong(a);
            out.writeLong(b);
        }

        void forEach(PairConsumer each) throws IOException {
            if (!finished) {
                out.close();
                finished = true;
            }
            try (DataInputStream in = new DataInputStream(
                    new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                long pairs = Files.size(file) / 16;
                for (long k = 0; k < pairs; k++) {
                    each.accept(in.readLong(), in.readLong());
                }
            }
        }

        void delete() {
            discard(file, out, finished);
        }

    }

    /** A spool's file removed, its stream closed first if still open. */
    private static void discard(Path file, OutputStream out, boolean finished) {
        try {
            if (!finished) {
                out.close();
            }
            Files.deleteIfExists(file);
        }
        catch (IOException e) {
            // a temporary file of the system's: it is cleaned with the others
        }
    }

}

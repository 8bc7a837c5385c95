package yearbook.compile;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import yearbook.model.Figure;
import yearbook.system.PgCopy;

/**
 * A compilation's figures, their sources and derivations spooled to temporary files in
 * COPY's text format as they are compiled, to be copied into the database in one go
 * ({@link FigureStore#replace}): a province year is some 900,000 figures and 17 million
 * sources, which do not belong in the heap.
 */
final class FigureStaging implements YearCompilation.Sink, AutoCloseable {

    private final Path dir;

    private final Spool figures;

    private final Spool sources;

    private final Spool derivations;

    private long count;

    FigureStaging() {
        try {
            dir = Files.createTempDirectory("yearbook-compile-");
            figures = new Spool(dir.resolve("figure"));
            sources = new Spool(dir.resolve("source"));
            derivations = new Spool(dir.resolve("derive"));
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
                sources.w.number(key).tab().number(o).end();
            }
            count++;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void derive(long key, long from) {
        try {
            derivations.w.number(key).tab().number(from).end();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long count() {
        return count;
    }

    /**
     * The spooled rows, finished: figure (key, year, unit, indicator, value, prior,
     * growth, flags), source (key, observation), derive (key, from).
     */
    InputStream figures() throws IOException {
        return figures.read();
    }

    InputStream sources() throws IOException {
        return sources.read();
    }

    InputStream derivations() throws IOException {
        return derivations.read();
    }

    @Override
    public void close() {
        for (Spool s : new Spool[] { figures, sources, derivations }) {
            s.delete();
        }
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
            try {
                if (!finished) {
                    out.close();
                }
                Files.deleteIfExists(file);
            }
            catch (IOException e) {
                // as above
            }
        }

    }

}

package yearbook.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The sources behind a year's figures, in figure order. Read when used: a city year has
 * close to a million of them, which would take most of the heap as a list, and publish
 * only ever goes through them once per output.
 */
public interface Lineage {

    /** How many sources there are. */
    int size();

    /** Every source, in figure order; may read them anew on each call. */
    void forEach(Consumer<YearReport.Source> each);

    /**
     * Whether there are more than limit sources: all a caller deciding between a sheet
     * and a file needs to know.
     */
    default boolean exceeds(int limit) {
        return size() > limit;
    }

    /**
     * Writes every source, in figure order, as lines' line in UTF-8; how many. A lineage
     * read from a database may have the database form the lines, byte for byte as
     * {@link SourceLines#line} would.
     */
    default long write(SourceLines lines, OutputStream out) throws IOException {
        long[] n = { 0 };
        try {
            forEach(s -> {
                try {
                    out.write(lines.line(s).getBytes(StandardCharsets.UTF_8));
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                n[0]++;
            });
        }
        catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return n[0];
    }

    /** All of them in a list: for the few that fit in a sheet. */
    default List<YearReport.Source> toList() {
        List<YearReport.Source> all = new ArrayList<>(size());
        forEach(all::add);
        return all;
    }

    /** Sources already in memory (tests, small years). */
    static Lineage of(List<YearReport.Source> sources) {
        List<YearReport.Source> copy = List.copyOf(sources);
        return new Lineage() {
            @Override
            public int size() {
                return copy.size();
            }

            @Override
            public void forEach(Consumer<YearReport.Source> each) {
                copy.forEach(each);
            }

            @Override
            public List<YearReport.Source> toList() {
                return copy;
            }
        };
    }

}

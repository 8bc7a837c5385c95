package yearbook.publish;

import java.util.List;
import java.util.function.Consumer;

/**
 * The sources behind a year's figures, in figure order. Counted up front but read when used: a
 * city year has 1.75 million of them, which would take most of the heap as a list, and publish
 * only ever goes through them once per output.
 */
public interface Lineage {
    /** How many sources there are. */
    int size();

    /** Every source, in figure order; may read them anew on each call. */
    void forEach(Consumer<YearReport.Source> each);

    /** All of them in a list: for the few that fit in a sheet. */
    default List<YearReport.Source> toList() {
        List<YearReport.Source> all = new java.util.ArrayList<>(size());
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

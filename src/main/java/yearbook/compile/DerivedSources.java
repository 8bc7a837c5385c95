package yearbook.compile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A compilation's lineage rows (figure id, observation id) as they go into figure_source:
 * the spooled sources with each figure's key replaced by its id, then each derived
 * figure's, the distinct union of the sources of the figures it is derived from, in key
 * order (a growth of a rate after the rate). Only what derived figures draw on is held:
 * the sub-district's and the stations' rates and growths, a community's own being
 * resolved as it is compiled.
 */
final class DerivedSources {

    private final FigureStaging staged;

    DerivedSources(FigureStaging staged) {
        this.staged = staged;
    }

    /**
     * @param keys the figures' keys, ascending; the i-th one's figure has id first + i (a
     * row of a key with no figure is dropped)
     */
    void write(long[] keys, long first, LineageCopy w) throws IOException {
        TreeMap<Long, List<Long>> derived = new TreeMap<>();
        staged.forEachDerivation((key, from) -> derived.computeIfAbsent(key, k -> new ArrayList<>()).add(from));
        Set<Long> needed = new HashSet<>();
        derived.values().forEach(needed::addAll);
        Map<Long, Longs> held = new HashMap<>();
        staged.forEachSource((key, observation) -> {
            write(keys, first, key, observation, w);
            if (needed.contains(key)) {
                held.computeIfAbsent(key, k -> new Longs()).add(observation);
            }
        });
        for (var e : derived.entrySet()) {
            Longs union = new Longs();
            for (long from : e.getValue()) {
                union.addAll(held.get(from));
            }
            long[] distinct = union.distinct();
            for (long observation : distinct) {
                write(keys, first, e.getKey(), observation, w);
            }
            if (needed.contains(e.getKey())) {
                held.computeIfAbsent(e.getKey(), k -> new Longs()).addAll(distinct);
            }
        }
    }

    private static void write(long[] keys, long first, long key, long observation, LineageCopy w) throws IOException {
        int i = Arrays.binarySearch(keys, key);
        if (i >= 0) {
            w.row(first + i, observation);
        }
    }

    /** A growing list of longs, unboxed: a total's sources are every community's. */
    private static final class Longs {

        private long[] values = new long[64];

        private int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        void addAll(Longs other) {
            if (other != null) {
                addAll(Arrays.copyOf(other.values, other.size));
            }
        }

        void addAll(long[] vs) {
            for (long v : vs) {
                add(v);
            }
        }

        long[] distinct() {
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            int n = 0;
            for (int k = 0; k < sorted.length; k++) {
                if (k == 0 || sorted[k] != sorted[k - 1]) {
                    sorted[n++] = sorted[k];
                }
            }
            return Arrays.copyOf(sorted, n);
        }

    }

}

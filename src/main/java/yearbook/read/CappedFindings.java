package yearbook.read;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import yearbook.model.CellRef;
import yearbook.model.Finding;

/**
 * The findings of one file, at most a given number per problem: a million-row file with
 * the same mistake on every row must not become a million findings (nor a heap full of
 * them). The clerk sees the first ones, where they are, and how many more there are.
 */
final class CappedFindings {

    private final int cap;

    private final List<Finding> listed = new ArrayList<>();

    private final Map<Problem, Integer> counts = new EnumMap<>(Problem.class);

    CappedFindings(int cap) {
        this.cap = cap;
    }

    /**
     * Counts one occurrence of p; true when it is still to be listed (then build and add
     * its finding).
     */
    boolean wants(Problem p) {
        return counts.merge(p, 1, Integer::sum) <= cap;
    }

    /**
     * Adds the finding of p if p is still listed; the supplier is not called otherwise
     * (messages cost).
     */
    void add(Problem p, Supplier<Finding> finding) {
        if (wants(p)) {
            listed.add(finding.get());
        }
    }

    boolean anyError() {
        return listed.stream().anyMatch(Finding::isError);
    }

    /**
     * The listed findings, then one note per problem saying how many more were not
     * listed.
     */
    List<Finding> list(CellRef where) {
        List<Finding> out = new ArrayList<>(listed);
        counts.forEach((p, n) -> {
            if (n > cap) {
                out.add(Problem.FINDINGS_OMITTED.at(where, "", n - cap, Messages.rule(p), cap));
            }
        });
        return out;
    }

}

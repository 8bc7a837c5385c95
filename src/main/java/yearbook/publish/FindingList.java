package yearbook.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import yearbook.model.Severity;

/** A year's findings in memory, grouped by unit once. */
final class FindingList implements YearFindings {

    private final List<YearReport.FileFinding> all;

    private final List<YearReport.FileFinding> withoutUnit = new ArrayList<>();

    private final Map<String, List<YearReport.FileFinding>> byUnit = new HashMap<>();

    FindingList(List<YearReport.FileFinding> findings) {
        this.all = List.copyOf(findings);
        for (YearReport.FileFinding f : all) {
            if (f.unitCode() == null) {
                withoutUnit.add(f);
            }
            else {
                byUnit.computeIfAbsent(f.unitCode(), u -> new ArrayList<>()).add(f);
            }
        }
    }

    @Override
    public Map<String, Count> counts() {
        Map<String, Count> counts = new HashMap<>();
        byUnit.forEach((unit, found) -> counts.put(unit,
                new Count(count(found, Severity.ERROR), count(found, Severity.WARNING), found.size())));
        return counts;
    }

    private static long count(List<YearReport.FileFinding> found, Severity severity) {
        return found.stream().filter(f -> f.finding().severity() == severity).count();
    }

    @Override
    public Map<String, List<YearReport.FileFinding>> about(List<String> unitCodes) {
        Map<String, List<YearReport.FileFinding>> some = new HashMap<>();
        for (String unit : unitCodes) {
            if (byUnit.containsKey(unit)) {
                some.put(unit, List.copyOf(byUnit.get(unit)));
            }
        }
        return some;
    }

    @Override
    public List<YearReport.FileFinding> withoutUnit() {
        return List.copyOf(withoutUnit);
    }

    /** The findings as they were given. */
    List<YearReport.FileFinding> list() {
        return all;
    }

}

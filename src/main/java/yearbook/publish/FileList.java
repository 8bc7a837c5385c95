package yearbook.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A year's received files in memory, grouped by unit once. */
final class FileList implements YearFiles {

    private final List<YearReport.Received> all;

    private final Map<String, List<YearReport.Received>> byUnit = new HashMap<>();

    FileList(List<YearReport.Received> received) {
        this.all = List.copyOf(received);
        for (YearReport.Received r : all) {
            if (r.unitCode() != null) {
                byUnit.computeIfAbsent(r.unitCode(), u -> new ArrayList<>()).add(r);
            }
        }
    }

    @Override
    public Map<String, Tally> tallies() {
        Map<String, Tally> tallies = new HashMap<>();
        byUnit.forEach((unit, files) -> tallies.put(unit,
                new Tally(files.size(), count(files, "ACCEPTED"), count(files, "QUARANTINED"))));
        return tallies;
    }

    private static long count(List<YearReport.Received> files, String status) {
        return files.stream().filter(f -> status.equals(f.status())).count();
    }

    @Override
    public Map<String, List<YearReport.Received>> sentBy(List<String> unitCodes) {
        Map<String, List<YearReport.Received>> some = new HashMap<>();
        for (String unit : unitCodes) {
            if (byUnit.containsKey(unit)) {
                some.put(unit, byUnit.get(unit));
            }
        }
        return some;
    }

    @Override
    public List<YearReport.Received> withoutUnit() {
        return all.stream().filter(r -> Objects.isNull(r.unitCode())).toList();
    }

    /** The files as they were given. */
    List<YearReport.Received> list() {
        return all;
    }

}

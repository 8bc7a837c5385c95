package yearbook.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import yearbook.model.Period;
import yearbook.model.PeriodKind;

/**
 * 完整性: which periods a unit still owes for a year. A unit owes nothing when its standing
 * reports cover all twelve months (an annual report, or quarters, or months, in any mix);
 * otherwise it owes the missing quarters (when it reports quarterly), the missing months
 * (monthly), or the year.
 */
public final class Completeness {

    private Completeness() {
    }

    public static List<Period> missing(int year, List<Period> reported) {
        return missing(year, reported, 12);
    }

    /**
     * What a unit owes for January through {@code throughMonth} (累计): an annual report is
     * not due before the year is over, so a year-to-date compilation counts only the
     * periods ending by then.
     */
    public static List<Period> missing(int year, List<Period> reported, int throughMonth) {
        Set<Integer> covered = new TreeSet<>();
        boolean quarterly = false;
        boolean monthly = false;
        for (Period p : reported) {
            if (p.year() != year || p.endMonth() > throughMonth) {
                continue;
            }
            for (int m = p.startMonth(); m <= p.endMonth(); m++) {
                covered.add(m);
            }
            quarterly |= p.kind() == PeriodKind.QUARTER;
            monthly |= p.kind() == PeriodKind.MONTH;
        }
        List<Period> missing = new ArrayList<>();
        if (covered.size() >= throughMonth) {
            return missing;
        }
        if (covered.isEmpty() && throughMonth == 12) {
            return List.of(Period.year(year));
        }
        if (monthly && !quarterly || throughMonth % 3 != 0) {
            for (int m = 1; m <= throughMonth; m++) {
                if (!covered.contains(m)) {
                    missing.add(Period.month(year, m));
                }
            }
            return missing;
        }
        for (int q = 1; q <= throughMonth / 3; q++) {
            boolean all = covered.contains(q * 3 - 2) && covered.contains(q * 3 - 1) && covered.contains(q * 3);
            if (!all) {
                missing.add(Period.quarter(year, q));
            }
        }
        return missing;
    }

    /** Labels for the 催报名单: 2022年第3季度, … */
    public static List<String> labels(List<Period> periods) {
        return periods.stream().map(Period::label).toList();
    }

    /** unit → owed periods, for every unit that should report. */
    public static Map<String, List<Period>> owed(int year, List<String> unitsThatReport,
            Map<String, List<Period>> reported, int throughMonth) {
        Map<String, List<Period>> out = new LinkedHashMap<>();
        for (String u : unitsThatReport) {
            List<Period> m = missing(year, reported.getOrDefault(u, List.of()), throughMonth);
            if (!m.isEmpty()) {
                out.put(u, m);
            }
        }
        return out;
    }

}

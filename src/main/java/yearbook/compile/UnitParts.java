package yearbook.compile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import yearbook.catalog.Indicator;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.IndicatorKind;
import yearbook.model.Observation;
import yearbook.model.PeriodKind;

/**
 * Step 1 of a compilation for one unit: the value of each reported indicator from its
 * observations.
 */
final class UnitParts {

    /**
     * A unit's value of one indicator before 同比: value, submitted prior (or null), flags,
     * lineage.
     */
    record Part(BigDecimal value, BigDecimal submittedPrior, boolean approximate, Set<Long> sources) {
    }

    private final IndicatorCatalog catalog;

    private final int throughMonth;

    UnitParts(IndicatorCatalog catalog, int throughMonth) {
        this.catalog = catalog;
        this.throughMonth = throughMonth;
    }

    /** 累计: January through the month; an annual report only counts for the whole year. */
    Map<String, Part> of(List<StoredObservation> observations) {
        Map<String, List<StoredObservation>> byIndicator = new LinkedHashMap<>();
        for (StoredObservation o : observations) {
            if (o.observation().period() == null || o.observation().period().endMonth() > throughMonth) {
                continue;
            }
            byIndicator.computeIfAbsent(o.observation().indicatorCode(), k -> new ArrayList<>()).add(o);
        }
        Map<String, Part> parts = new LinkedHashMap<>();
        for (var ie : byIndicator.entrySet()) {
            catalog.byCode(ie.getKey()).filter(i -> i.kind().isReported()).ifPresent(i -> {
                Part p = part(i, ie.getValue());
                if (p != null) {
                    parts.put(i.code(), p);
                }
            });
        }
        return parts;
    }

    /**
     * One unit's value of a flow or stock from its observations: the annual report where
     * there is one, else quarterly, else monthly reports. Null when nothing was reported
     * (only empty or not-applicable cells).
     */
    private static Part part(Indicator i, List<StoredObservation> obs) {
        Map<PeriodKind, List<StoredObservation>> byKind = new HashMap<>();
        for (StoredObservation o : obs) {
            if (o.observation().value() == null) {
                continue;
            }
            byKind.computeIfAbsent(o.observation().period().kind(), k -> new ArrayList<>()).add(o);
        }
        List<StoredObservation> chosen = null;
        for (PeriodKind k : new PeriodKind[] { PeriodKind.YEAR, PeriodKind.QUARTER, PeriodKind.MONTH }) {
            if (byKind.containsKey(k)) {
                chosen = byKind.get(k);
                break;
            }
        }
        if (chosen == null) {
            return null;
        }
        chosen = chosen.stream().sorted(YearCompiler.byPeriod()).toList();
        Set<Long> src = new LinkedHashSet<>();
        boolean approximate = chosen.stream().anyMatch(o -> o.observation().approximate());
        if (i.kind() == IndicatorKind.STOCK) {
            StoredObservation last = chosen.get(chosen.size() - 1);
            src.add(last.id());
            Observation o = last.observation();
            return new Part(o.value(), o.prior(), o.approximate(), src);
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean allPriors = true;
        BigDecimal priorSum = BigDecimal.ZERO;
        for (StoredObservation so : chosen) {
            sum = sum.add(so.observation().value());
            src.add(so.id());
            if (so.observation().prior() == null) {
                allPriors = false;
            }
            else {
                priorSum = priorSum.add(so.observation().prior());
            }
        }
        return new Part(sum, allPriors ? priorSum : null, approximate, src);
    }

    /**
     * The running sum of the communities' parts of one indicator: the total's value and
     * submitted prior.
     */
    static final class Sum {

        BigDecimal value = BigDecimal.ZERO;

        BigDecimal prior = BigDecimal.ZERO;

        boolean allPriors = true;

        boolean approximate;

        void add(Part p) {
            value = value.add(p.value());
            if (p.submittedPrior() == null) {
                allPriors = false;
            }
            else {
                prior = prior.add(p.submittedPrior());
            }
            approximate |= p.approximate();
        }

        Part part() {
            return new Part(value, allPriors ? prior : null, approximate, Set.of());
        }

    }

}

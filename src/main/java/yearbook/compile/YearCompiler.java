package yearbook.compile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import yearbook.catalog.Indicator;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.IndicatorKind;
import yearbook.catalog.ReportingUnit;
import yearbook.catalog.Source;
import yearbook.catalog.UnitRegistry;
import yearbook.model.AnnualAirQuality;
import yearbook.model.Figure;
import yearbook.model.Observation;
import yearbook.model.PeriodKind;
import yearbook.model.YearOnYear;

/**
 * Compiles a year's figures from the standing observations, by the catalog's rules:
 * <ul>
 * <li>a unit's flow is its annual report's value where it sent one, else the sum of its quarterly
 * (else monthly) reports (the contract: the annual report stands);</li>
 * <li>a unit's stock is the value of its latest period;</li>
 * <li>the sub-district's community-sourced figure is the sum over communities; its street-sourced
 * figure is what the sub-district itself reported; station figures come from the station's year;</li>
 * <li>rates are recomputed from the compiled numerator and denominator, never summed;</li>
 * <li>同比 against the submitted 上年同期 (可比口径) where every part carried one, else against last
 * year's compiled figure; a unit whose boundary changed gets no 同比 (comparable = false).</li>
 * </ul>
 */
public final class YearCompiler {
    private final IndicatorCatalog catalog;
    private final UnitRegistry units;

    public YearCompiler(IndicatorCatalog catalog, UnitRegistry units) {
        this.catalog = catalog;
        this.units = units;
    }

    /** The inputs of one year's compilation. previousYear: unit → indicator → last year's compiled value. */
    public record Inputs(int year, int throughMonth, List<StoredObservation> observations,
                         Map<String, Map<String, BigDecimal>> previousYear, Set<String> unitsWithMissingPeriods,
                         List<AnnualAirQuality> air) {
        /** The whole year. */
        public Inputs(int year, List<StoredObservation> observations, Map<String, Map<String, BigDecimal>> previousYear,
                      Set<String> unitsWithMissingPeriods, List<AnnualAirQuality> air) {
            this(year, 12, observations, previousYear, unitsWithMissingPeriods, air);
        }
    }

    /** A unit's value of one indicator before 同比: value, submitted prior (or null), flags, lineage. */
    private record Part(BigDecimal value, BigDecimal submittedPrior, boolean approximate, Set<Long> sources) {
    }

    public List<CompiledFigure> compile(Inputs in) {
        String total = units.subdistrict().code();
        Compiled out = new Compiled();
        // 累计: January through the month; an annual report only counts for the whole year.
        Map<String, List<StoredObservation>> byUnit = in.observations().stream()
                .filter(o -> o.observation().period() != null && o.observation().period().endMonth() <= in.throughMonth())
                .collect(Collectors.groupingBy(o -> o.observation().unitCode(), LinkedHashMap::new, Collectors.toList()));

        // 1. Reported indicators per unit, then the sub-district's totals.
        Map<String, Map<String, Part>> parts = new LinkedHashMap<>();
        for (var e : byUnit.entrySet()) {
            Map<String, List<StoredObservation>> byIndicator = e.getValue().stream()
                    .collect(Collectors.groupingBy(o -> o.observation().indicatorCode(), LinkedHashMap::new, Collectors.toList()));
            Map<String, Part> unitParts = new LinkedHashMap<>();
            for (var ie : byIndicator.entrySet()) {
                catalog.byCode(ie.getKey()).filter(i -> i.kind().isReported())
                        .ifPresent(i -> {
                            Part p = part(i, ie.getValue());
                            if (p != null) unitParts.put(i.code(), p);
                        });
            }
            parts.put(e.getKey(), unitParts);
        }
        List<ReportingUnit> communities = units.communities(in.year());
        boolean communitiesIncomplete = communities.stream().anyMatch(c -> in.unitsWithMissingPeriods().contains(c.code()));
        boolean streetIncomplete = in.unitsWithMissingPeriods().contains(total);

        Map<String, Map<String, Figure>> figures = out.byUnit;
        for (ReportingUnit c : communities) {
            Map<String, Part> cp = parts.getOrDefault(c.code(), Map.of());
            for (Indicator i : catalog.reported()) {
                if (i.source() != Source.COMMUNITY || !cp.containsKey(i.code())) continue;
                Part p = cp.get(i.code());
                out.add(unitFigure(in, c, i, p, in.unitsWithMissingPeriods().contains(c.code())), p.sources());
            }
        }
        Map<String, Part> streetParts = parts.getOrDefault(total, Map.of());
        for (Indicator i : catalog.reported()) {
            if (i.source() == Source.COMMUNITY) {
                List<Part> cps = communities.stream().map(c -> parts.getOrDefault(c.code(), Map.<String, Part>of()).get(i.code()))
                        .filter(p -> p != null).toList();
                if (cps.isEmpty()) continue;
                BigDecimal sum = cps.stream().map(Part::value).reduce(BigDecimal.ZERO, BigDecimal::add);
                // The submitted 可比口径 prior of the total is usable only if every contributing community gave one.
                BigDecimal priorSum = cps.stream().allMatch(p -> p.submittedPrior() != null)
                        ? cps.stream().map(Part::submittedPrior).reduce(BigDecimal.ZERO, BigDecimal::add) : null;
                Set<Long> src = new LinkedHashSet<>();
                cps.forEach(p -> src.addAll(p.sources()));
                Part p = new Part(sum, priorSum, cps.stream().anyMatch(Part::approximate), src);
                out.add(totalFigure(in, total, i, p, communitiesIncomplete), src);
            } else if (i.source() == Source.STREET && streetParts.containsKey(i.code())) {
                Part p = streetParts.get(i.code());
                out.add(totalFigure(in, total, i, p, streetIncomplete), p.sources());
            }
        }

        // 2. Station statistics (HJ 663-2013), per station; the sub-district takes its station's.
        for (AnnualAirQuality a : in.air()) {
            for (var e : AirFigures.of(a, catalog).entrySet()) {
                Indicator i = e.getKey();
                if (e.getValue() == null) continue;
                for (String unit : in.air().size() == 1 ? List.of(a.stationCode(), total) : List.of(a.stationCode())) {
                    BigDecimal prior = previous(in, unit, i.code());
                    out.add(new Figure(in.year(), unit, i.code(), e.getValue(), prior,
                            YearOnYear.growthPercent(e.getValue(), prior), false, false, true), Set.of());
                }
            }
        }

        // 3. Rates, recomputed from the compiled numerator and denominator of each unit.
        for (Indicator i : catalog.all()) {
            if (i.kind() != IndicatorKind.RATE) continue;
            for (var ue : new ArrayList<>(figures.entrySet())) {
                Figure num = ue.getValue().get(i.numerator());
                Figure den = ue.getValue().get(i.denominator());
                if (num == null || den == null) continue;
                BigDecimal value = YearOnYear.ratePercent(num.value(), den.value());
                if (value == null) continue;
                BigDecimal prior = YearOnYear.ratePercent(num.prior(), den.prior());
                if (prior == null) prior = previous(in, ue.getKey(), i.code());
                boolean comparable = num.comparable() && den.comparable();
                Set<Long> src = new LinkedHashSet<>(out.sourcesOf(num));
                src.addAll(out.sourcesOf(den));
                out.add(new Figure(in.year(), ue.getKey(), i.code(), value, prior,
                        comparable ? YearOnYear.changeInPoints(value, prior) : null,
                        num.incomplete() || den.incomplete(), num.approximate() || den.approximate(), comparable), src);
            }
        }

        // 4. Growth indicators: the 同比 of their flow, as a figure of its own.
        for (Indicator i : catalog.all()) {
            if (i.kind() != IndicatorKind.GROWTH) continue;
            for (var ue : new ArrayList<>(figures.entrySet())) {
                Figure of = ue.getValue().get(i.growthOf());
                if (of == null || of.growth() == null) continue;
                out.add(new Figure(in.year(), ue.getKey(), i.code(), of.growth(), null, null,
                        of.incomplete(), of.approximate(), of.comparable()), out.sourcesOf(of));
            }
        }
        return out.list;
    }

    private Figure unitFigure(Inputs in, ReportingUnit unit, Indicator i, Part p, boolean incomplete) {
        boolean comparable = unit.comparableIn(in.year());
        BigDecimal prior = p.submittedPrior() != null ? p.submittedPrior() : previous(in, unit.code(), i.code());
        BigDecimal growth = comparable ? YearOnYear.growthPercent(p.value(), prior) : null;
        return new Figure(in.year(), unit.code(), i.code(), p.value(), comparable ? prior : null, growth, incomplete,
                p.approximate(), comparable);
    }

    /** The sub-district as a whole is always comparable year on year, whatever happened inside it. */
    private Figure totalFigure(Inputs in, String total, Indicator i, Part p, boolean incomplete) {
        BigDecimal prior = p.submittedPrior() != null ? p.submittedPrior() : previous(in, total, i.code());
        return new Figure(in.year(), total, i.code(), p.value(), prior, YearOnYear.growthPercent(p.value(), prior),
                incomplete, p.approximate(), true);
    }

    /**
     * Last year's compiled figure, the 同比 basis where no 上年同期 was submitted. Only for the whole
     * year: last year's database figure is a full year and would make a year-to-date 同比 meaningless.
     */
    private static BigDecimal previous(Inputs in, String unit, String indicator) {
        if (in.throughMonth() != 12) return null;
        return in.previousYear().getOrDefault(unit, Map.of()).get(indicator);
    }

    /** The figures compiled so far: as a list in order, by unit and indicator, and each one's sources. */
    private static final class Compiled {
        final List<CompiledFigure> list = new ArrayList<>();
        final Map<String, Map<String, Figure>> byUnit = new LinkedHashMap<>();
        final Map<Figure, Set<Long>> sources = new IdentityHashMap<>();

        void add(Figure f, Set<Long> from) {
            CompiledFigure c = new CompiledFigure(f, Set.copyOf(from));
            list.add(c);
            sources.put(f, c.observationIds());
            byUnit.computeIfAbsent(f.unitCode(), u -> new LinkedHashMap<>()).put(f.indicatorCode(), f);
        }

        Set<Long> sourcesOf(Figure f) {
            return sources.getOrDefault(f, Set.of());
        }
    }

    /**
     * One unit's value of a flow or stock from its observations: the annual report where there is
     * one, else quarterly, else monthly reports. Null when nothing was reported (only empty or
     * not-applicable cells).
     */
    private Part part(Indicator i, List<StoredObservation> obs) {
        Map<PeriodKind, List<StoredObservation>> byKind = new HashMap<>();
        for (StoredObservation o : obs) {
            if (o.observation().value() == null) continue;
            byKind.computeIfAbsent(o.observation().period().kind(), k -> new ArrayList<>()).add(o);
        }
        List<StoredObservation> chosen = null;
        for (PeriodKind k : new PeriodKind[]{PeriodKind.YEAR, PeriodKind.QUARTER, PeriodKind.MONTH}) {
            if (byKind.containsKey(k)) {
                chosen = byKind.get(k);
                break;
            }
        }
        if (chosen == null) return null;
        chosen = chosen.stream().sorted(Comparator.comparing(o -> o.observation().period())).toList();
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
            if (so.observation().prior() == null) allPriors = false;
            else priorSum = priorSum.add(so.observation().prior());
        }
        return new Part(sum, allPriors ? priorSum : null, approximate, src);
    }
}

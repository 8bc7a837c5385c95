package yearbook.compile;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import yearbook.catalog.Indicator;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.IndicatorKind;
import yearbook.catalog.ReportingUnit;
import yearbook.catalog.Source;
import yearbook.catalog.UnitRegistry;
import yearbook.model.AnnualAirQuality;
import yearbook.model.Figure;
import yearbook.model.YearOnYear;

/**
 * One year's compilation (the rules: {@link YearCompiler}), fed a unit at a time in any
 * order, in four steps: each unit's reported figures ({@link #unit}), then the
 * sub-district's totals, the stations' statistics and the rates and growths of the units
 * not fed as communities ({@link #finish}); a community's rates and growths are derived
 * as soon as it is fed. Nothing of a unit is kept after it, only a running sum per
 * indicator for the totals.
 *
 * <p>
 * Every figure goes to the {@link Sink} with a key that orders the year's figures as they
 * are stored (communities in the registry's order, totals, stations, then rates and
 * growths by indicator and unit), and with its own sources or the keys of the figures it
 * is derived from: a total's sources are its communities', a rate's its numerator's and
 * denominator's.
 */
public final class YearCompilation {

    /** Where the figures go. */
    public interface Sink {

        void figure(long key, Figure f, Set<Long> sources);

        /**
         * The figure of key takes the sources of the figure of from (which has a smaller
         * key).
         */
        void derive(long key, long from);

        /**
         * The figure of key (given before or after) takes these sources too; none of them
         * is among its others.
         */
        void sources(long key, Set<Long> sources);

    }

    private static final int UNIT_FIGURES = 0, TOTALS = 1, STATIONS = 2, RATES = 3, GROWTHS = 4;

    private final IndicatorCatalog catalog;

    private final int year;

    private final int throughMonth;

    private final Set<String> missing;

    private final List<AnnualAirQuality> air;

    private final Sink sink;

    private final String total;

    private final Map<String, Integer> communities = new HashMap<>();

    private final Map<String, ReportingUnit> communityUnits = new HashMap<>();

    private final List<Indicator> reported;

    private final List<Indicator> all;

    private final UnitParts parts;

    private final Map<String, UnitParts.Sum> sums = new HashMap<>();

    private final Map<String, Map<String, BigDecimal>> previousOfTotalAndStations = new HashMap<>();

    private Map<String, UnitParts.Part> streetParts = Map.of();

    private final boolean communitiesIncomplete;

    YearCompilation(IndicatorCatalog catalog, UnitRegistry units, int year, int throughMonth, Set<String> missing,
            List<AnnualAirQuality> air, Sink sink) {
        this.catalog = catalog;
        this.year = year;
        this.throughMonth = throughMonth;
        this.missing = missing;
        this.air = air;
        this.sink = sink;
        this.total = units.subdistrict().code();
        this.reported = catalog.reported();
        this.all = List.copyOf(catalog.all());
        this.parts = new UnitParts(catalog, throughMonth);
        List<ReportingUnit> cs = units.communities(year);
        for (int k = 0; k < cs.size(); k++) {
            communities.put(cs.get(k).code(), k);
            communityUnits.put(cs.get(k).code(), cs.get(k));
        }
        communitiesIncomplete = cs.stream().anyMatch(c -> missing.contains(c.code()));
        previousOfTotalAndStations.put(total, Map.of());
        for (AnnualAirQuality a : air) {
            previousOfTotalAndStations.put(a.stationCode(), Map.of());
        }
    }

    /**
     * Orders figures: step, then two positions within it (indicator and unit, or unit and
     * indicator).
     */
    static long key(int step, long a, long b) {
        return step * 100_000_000_000_000_000L + a * 1_000_000_000L + b;
    }

    /**
     * Step 1 for one unit: its observations (any order) and last year's compiled figures.
     */
    public void unit(String unitCode, List<StoredObservation> observations, Map<String, BigDecimal> previousYear) {
        if (previousOfTotalAndStations.containsKey(unitCode)) {
            previousOfTotalAndStations.put(unitCode, previousYear);
        }
        Integer index = communities.get(unitCode);
        if (!unitCode.equals(total) && index == null) {
            return;
        }
        Map<String, UnitParts.Part> unitParts = parts.of(observations);
        if (unitCode.equals(total)) {
            streetParts = unitParts;
            return;
        }
        communityFigures(communityUnits.get(unitCode), index, unitParts, previousYear);
    }

    private void communityFigures(ReportingUnit c, int index, Map<String, UnitParts.Part> unitParts,
            Map<String, BigDecimal> previousYear) {
        Map<String, Keyed> figures = new LinkedHashMap<>();
        boolean incomplete = missing.contains(c.code());
        for (int r = 0; r < reported.size(); r++) {
            Indicator i = reported.get(r);
            UnitParts.Part p = unitParts.get(i.code());
            if (i.source() != Source.COMMUNITY || p == null) {
                continue;
            }
            long key = key(UNIT_FIGURES, index, r);
            Figure f = unitFigure(c, i, p, incomplete, previousYear.get(i.code()));
            sink.figure(key, f, p.sources());
            figures.put(i.code(), new Keyed(key, f, p.sources()));
            sums.computeIfAbsent(i.code(), x -> new UnitParts.Sum()).add(p);
            // the total's sources are its communities': no observation is two units'
            sink.sources(key(TOTALS, r, 0), p.sources());
        }
        ratesAndGrowths(c.code(), index, figures, previousYear);
    }

    /**
     * Steps 2–4: the sub-district's totals, the stations, and the rates and growths of
     * both.
     */
    public void finish() {
        Map<String, Map<String, Keyed>> byUnit = new LinkedHashMap<>();
        totals(byUnit);
        stations(byUnit);
        int n = communities.size();
        for (var e : byUnit.entrySet()) {
            int slot = e.getKey().equals(total) ? totalSlot(byUnit) : n + 1 + stationIndex(e.getKey());
            ratesAndGrowths(e.getKey(), slot, e.getValue(),
                    previousOfTotalAndStations.getOrDefault(e.getKey(), Map.of()));
        }
    }

    /**
     * The sub-district comes after the communities, or after its one station when it has
     * no total of its own.
     */
    private int totalSlot(Map<String, Map<String, Keyed>> byUnit) {
        return byUnit.keySet().iterator().next().equals(total) ? communities.size() : communities.size() + 2;
    }

    private int stationIndex(String code) {
        for (int k = 0; k < air.size(); k++) {
            if (air.get(k).stationCode().equals(code)) {
                return k;
            }
        }
        throw new IllegalStateException(code);
    }

    /**
     * Step 2: the sub-district's figures, summed over communities or reported by the
     * street itself.
     */
    private void totals(Map<String, Map<String, Keyed>> byUnit) {
        Map<String, BigDecimal> previous = previousOfTotalAndStations.get(total);
        boolean streetIncomplete = missing.contains(total);
        for (int r = 0; r < reported.size(); r++) {
            Indicator i = reported.get(r);
            long key = key(TOTALS, r, 0);
            Figure f;
            if (i.source() == Source.COMMUNITY && sums.containsKey(i.code())) {
                f = totalFigure(i, sums.get(i.code()).part(), communitiesIncomplete, previous.get(i.code()));
                // its sources are its communities': derived
                sink.figure(key, f, Set.of());
            }
            else if (i.source() == Source.STREET && streetParts.containsKey(i.code())) {
                UnitParts.Part p = streetParts.get(i.code());
                f = totalFigure(i, p, streetIncomplete, previous.get(i.code()));
                sink.figure(key, f, p.sources());
            }
            else {
                continue;
            }
            byUnit.computeIfAbsent(total, u -> new LinkedHashMap<>()).put(i.code(), new Keyed(key, f, null));
        }
    }

    /**
     * Step 3: station statistics (HJ 663-2013), per station; the sub-district takes its
     * one station's.
     */
    private void stations(Map<String, Map<String, Keyed>> byUnit) {
        for (int k = 0; k < air.size(); k++) {
            AnnualAirQuality a = air.get(k);
            int e = 0;
            for (var stat : AirFigures.of(a, catalog).entrySet()) {
                Indicator i = stat.getKey();
                e++;
                if (stat.getValue() == null) {
                    continue;
                }
                List<String> to = air.size() == 1 ? List.of(a.stationCode(), total) : List.of(a.stationCode());
                for (int u = 0; u < to.size(); u++) {
                    String unit = to.get(u);
                    BigDecimal prior = previous(previousOfTotalAndStations.getOrDefault(unit, Map.of()).get(i.code()));
                    Figure f = new Figure(year, unit, i.code(), stat.getValue(), prior,
                            YearOnYear.growthPercent(stat.getValue(), prior), false, false, true);
                    long key = key(STATIONS, k, e * 2L + u);
                    sink.figure(key, f, Set.of());
                    byUnit.computeIfAbsent(unit, x -> new LinkedHashMap<>()).put(i.code(), new Keyed(key, f, null));
                }
            }
        }
    }

    /**
     * Step 4 for one unit: rates from its compiled numerator and denominator, then
     * growths as figures.
     */
    private void ratesAndGrowths(String unit, int slot, Map<String, Keyed> figures,
            Map<String, BigDecimal> previousYear) {
        for (int r = 0; r < all.size(); r++) {
            Indicator i = all.get(r);
            if (i.kind() != IndicatorKind.RATE) {
                continue;
            }
            Keyed num = figures.get(i.numerator());
            Keyed den = figures.get(i.denominator());
            if (num == null || den == null) {
                continue;
            }
            Figure f = rate(unit, i, num.figure(), den.figure(), previousYear);
            if (f == null) {
                continue;
            }
            long key = key(RATES, r, slot);
            Set<Long> sources = null;
            if (num.sources() != null && den.sources() != null) {
                sources = new LinkedHashSet<>(num.sources());
                sources.addAll(den.sources());
                sink.figure(key, f, sources);
            }
            else {
                sink.figure(key, f, Set.of());
                sink.derive(key, num.key());
                sink.derive(key, den.key());
            }
            figures.put(i.code(), new Keyed(key, f, sources));
        }
        for (int r = 0; r < all.size(); r++) {
            Indicator i = all.get(r);
            if (i.kind() != IndicatorKind.GROWTH) {
                continue;
            }
            Keyed of = figures.get(i.growthOf());
            if (of == null || of.figure().growth() == null) {
                continue;
            }
            Figure o = of.figure();
            Figure f = new Figure(year, unit, i.code(), o.growth(), null, null, o.incomplete(), o.approximate(),
                    o.comparable());
            long key = key(GROWTHS, r, slot);
            if (of.sources() != null) {
                sink.figure(key, f, of.sources());
            }
            else {
                sink.figure(key, f, Set.of());
                sink.derive(key, of.key());
            }
            figures.put(i.code(), new Keyed(key, f, of.sources()));
        }
    }

    private Figure rate(String unit, Indicator i, Figure num, Figure den, Map<String, BigDecimal> previousYear) {
        BigDecimal value = YearOnYear.ratePercent(num.value(), den.value());
        if (value == null) {
            return null;
        }
        BigDecimal prior = YearOnYear.ratePercent(num.prior(), den.prior());
        if (prior == null) {
            prior = previous(previousYear.get(i.code()));
        }
        boolean comparable = num.comparable() && den.comparable();
        return new Figure(year, unit, i.code(), value, prior,
                comparable ? YearOnYear.changeInPoints(value, prior) : null, num.incomplete() || den.incomplete(),
                num.approximate() || den.approximate(), comparable);
    }

    private Figure unitFigure(ReportingUnit unit, Indicator i, UnitParts.Part p, boolean incomplete,
            BigDecimal lastYear) {
        boolean comparable = unit.comparableIn(year);
        BigDecimal prior = p.submittedPrior() != null ? p.submittedPrior() : previous(lastYear);
        BigDecimal growth = comparable ? YearOnYear.growthPercent(p.value(), prior) : null;
        return new Figure(year, unit.code(), i.code(), p.value(), comparable ? prior : null, growth, incomplete,
                p.approximate(), comparable);
    }

    /**
     * The sub-district as a whole is always comparable year on year, whatever happened
     * inside it.
     */
    private Figure totalFigure(Indicator i, UnitParts.Part p, boolean incomplete, BigDecimal lastYear) {
        BigDecimal prior = p.submittedPrior() != null ? p.submittedPrior() : previous(lastYear);
        return new Figure(year, total, i.code(), p.value(), prior, YearOnYear.growthPercent(p.value(), prior),
                incomplete, p.approximate(), true);
    }

    /**
     * Last year's compiled figure, the 同比 basis where no 上年同期 was submitted. Only for the
     * whole year: last year's database figure is a full year and would make a
     * year-to-date 同比 meaningless.
     */
    private BigDecimal previous(BigDecimal lastYear) {
        return throughMonth == 12 ? lastYear : null;
    }

    /**
     * @param sources its sources, where known here (a community's figures), else null:
     * the sources are resolved in the database from the figures it is derived from
     */
    private record Keyed(long key, Figure figure, Set<Long> sources) {
    }

}

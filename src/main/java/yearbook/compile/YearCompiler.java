package yearbook.compile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.UnitRegistry;
import yearbook.model.AnnualAirQuality;
import yearbook.model.Figure;

/**
 * Compiles a year's figures from the standing observations, by the catalog's rules:
 * <ul>
 * <li>a unit's flow is its annual report's value where it sent one, else the sum of its
 * quarterly (else monthly) reports (the contract: the annual report stands);</li>
 * <li>a unit's stock is the value of its latest period;</li>
 * <li>the sub-district's community-sourced figure is the sum over communities; its
 * street-sourced figure is what the sub-district itself reported; station figures come
 * from the station's year;</li>
 * <li>rates are recomputed from the compiled numerator and denominator, never
 * summed;</li>
 * <li>同比 against the submitted 上年同期 (可比口径) where every part carried one, else against
 * last year's compiled figure; a unit whose boundary changed gets no 同比 (comparable =
 * false).</li>
 * </ul>
 * The steps run a unit at a time ({@link YearCompilation}), so that a year of any size is
 * compiled with one unit's observations in memory; this class gives the same compilation
 * for a year held in memory.
 */
public final class YearCompiler {

    private final IndicatorCatalog catalog;

    private final UnitRegistry units;

    public YearCompiler(IndicatorCatalog catalog, UnitRegistry units) {
        this.catalog = catalog;
        this.units = units;
    }

    /**
     * The inputs of one year's compilation. previousYear: unit → indicator → last year's
     * compiled value.
     */
    public record Inputs(int year, int throughMonth, List<StoredObservation> observations,
            Map<String, Map<String, BigDecimal>> previousYear, Set<String> unitsWithMissingPeriods,
            List<AnnualAirQuality> air) {
        /** The whole year. */
        public Inputs(int year, List<StoredObservation> observations, Map<String, Map<String, BigDecimal>> previousYear,
                Set<String> unitsWithMissingPeriods, List<AnnualAirQuality> air) {
            this(year, 12, observations, previousYear, unitsWithMissingPeriods, air);
        }
    }

    /** A compilation of one year whose units are given one at a time. */
    public YearCompilation start(int year, int throughMonth, Set<String> unitsWithMissingPeriods,
            List<AnnualAirQuality> air, YearCompilation.Sink sink) {
        return new YearCompilation(catalog, units, year, throughMonth, unitsWithMissingPeriods, air, sink);
    }

    /** The year held in memory, compiled: the figures in order, each with its sources. */
    public List<CompiledFigure> compile(Inputs in) {
        TreeMap<Long, Figure> figures = new TreeMap<>();
        Map<Long, Set<Long>> direct = new HashMap<>();
        Map<Long, List<Long>> derived = new HashMap<>();
        Map<Long, Set<Long>> added = new HashMap<>();
        YearCompilation run = start(in.year(), in.throughMonth(), in.unitsWithMissingPeriods(), in.air(),
                new YearCompilation.Sink() {
                    @Override
                    public void figure(long key, Figure f, Set<Long> sources) {
                        figures.put(key, f);
                        direct.put(key, sources);
                    }

                    @Override
                    public void derive(long key, long from) {
                        derived.computeIfAbsent(key, k -> new ArrayList<>()).add(from);
                    }

                    @Override
                    public void sources(long key, Set<Long> sources) {
                        added.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(sources);
                    }
                });
        Map<String, List<StoredObservation>> byUnit = in.observations()
            .stream()
            .collect(Collectors.groupingBy(o -> o.observation().unitCode(), LinkedHashMap::new, Collectors.toList()));
        Set<String> all = new LinkedHashSet<>(byUnit.keySet());
        all.addAll(in.previousYear().keySet());
        for (String unit : all) {
            run.unit(unit, byUnit.getOrDefault(unit, List.of()), in.previousYear().getOrDefault(unit, Map.of()));
        }
        run.finish();
        // A derived figure's sources are those of the figures it is derived from, which
        // come before it.
        Map<Long, Set<Long>> sources = new HashMap<>();
        List<CompiledFigure> out = new ArrayList<>();
        for (var e : figures.entrySet()) {
            Set<Long> src = new LinkedHashSet<>(direct.getOrDefault(e.getKey(), Set.of()));
            src.addAll(added.getOrDefault(e.getKey(), Set.of()));
            for (long from : derived.getOrDefault(e.getKey(), List.of())) {
                src.addAll(sources.getOrDefault(from, Set.of()));
            }
            sources.put(e.getKey(), src);
            out.add(new CompiledFigure(e.getValue(), Set.copyOf(src)));
        }
        return out;
    }

    static Comparator<StoredObservation> byPeriod() {
        return Comparator.comparing(o -> o.observation().period());
    }

}

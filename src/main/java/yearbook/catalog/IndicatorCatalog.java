package yearbook.catalog;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The indicator catalog (指标目录), in display order, with lookup by code, name and alias.
 * Loaded from config/catalog.yaml, which is validated on load ({@link CatalogReader},
 * {@link CatalogRules}).
 */
public final class IndicatorCatalog {

    private final CatalogFile file;

    private final Map<String, Indicator> byCode = new LinkedHashMap<>();

    private final Map<String, Indicator> byName = new LinkedHashMap<>();

    /**
     * When neither the indicator nor its unit has a bound: no figure of a sub-district
     * comes near it.
     */
    public static final BigDecimal FALLBACK_MAX = new BigDecimal("1e12");

    /** A catalog as bound and validated by {@link #load}. */
    private IndicatorCatalog(CatalogFile file) {
        this.file = file;
        for (Indicator i : file.indicators()) {
            byCode.put(i.code(), i);
        }
        for (Indicator i : file.indicators()) {
            byName.putIfAbsent(Names.normalize(i.name()), i);
            for (String a : i.aliases()) {
                byName.putIfAbsent(Names.normalize(a), i);
            }
        }
    }

    /**
     * The plausible upper bound of one reported value of the indicator, in its unit (a
     * catalog entry's {@code max}, else {@code default_max} of its unit): a value beyond
     * it is an error of the cell.
     */
    public BigDecimal plausibleMax(Indicator i) {
        if (i.max() != null) {
            return i.max();
        }
        return file.defaultMax().getOrDefault(i.unit(), FALLBACK_MAX);
    }

    /**
     * @throws CatalogFileException naming every mistake of the file with its line
     */
    public static IndicatorCatalog load(Path file) {
        return new IndicatorCatalog(CatalogReader.read(file));
    }

    /** How far (percentage points) 完成率 may be from 时序进度 and still be 正常. */
    public BigDecimal progressTolerance(String code) {
        Indicator i = code == null ? null : byCode.get(code);
        return i != null && i.tolerance() != null ? i.tolerance() : file.progressTolerance();
    }

    public String title() {
        return file.title();
    }

    /**
     * The charts of an area (or AIR) as the office listed them; empty when the catalog
     * leaves it to the program.
     */
    public List<String> chartsOf(String area) {
        return file.charts().getOrDefault(area, List.of());
    }

    public boolean hasChartPlan() {
        return !file.charts().isEmpty();
    }

    public List<Group> groups() {
        return file.groups();
    }

    public Optional<Group> group(String code) {
        return file.groups().stream().filter(g -> g.code().equals(code)).findFirst();
    }

    public Collection<Indicator> all() {
        return byCode.values();
    }

    public List<Indicator> inGroup(String groupCode) {
        return byCode.values().stream().filter(i -> i.group().equals(groupCode)).toList();
    }

    public Optional<Indicator> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code.trim().toUpperCase(Locale.ROOT)));
    }

    public Indicator get(String code) {
        Indicator i = byCode.get(code);
        if (i == null) {
            throw new IllegalArgumentException("未知指标代码 " + code);
        }
        return i;
    }

    /** By name or alias, ignoring whitespace, full/half width and a leading 其中. */
    public Optional<Indicator> byName(String name) {
        return Optional.ofNullable(byName.get(Names.normalize(name)));
    }

    /**
     * The known names closest to an unknown one, for the finding that says "did you
     * mean".
     */
    public List<String> closestNames(String name, int howMany) {
        String n = Names.normalize(name);
        // each distance once, not once per comparison: a sheet of many unknown names asks
        // this per row
        return byCode.values()
            .stream()
            .map(i -> Map.entry(i, Names.distance(n, Names.normalize(i.name()))))
            .sorted(Map.Entry.comparingByValue())
            .limit(howMany)
            .map(e -> e.getKey().name())
            .toList();
    }

    /**
     * Indicators that workbooks report (flows and stocks), as opposed to derived ones.
     */
    public List<Indicator> reported() {
        return byCode.values().stream().filter(i -> i.kind().isReported()).toList();
    }

    /** The measures that publish a station's statistics, each with its {@code air:}. */
    public List<Indicator> stationStatistics() {
        return byCode.values().stream().filter(i -> i.air() != null).toList();
    }

    /** The 其中 children of an indicator. */
    public List<Indicator> children(String code) {
        return byCode.values().stream().filter(i -> code.equals(i.parent())).toList();
    }

}

package yearbook.catalog;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The indicator catalog (指标目录), in display order, with lookup by code, name and alias. */
public final class IndicatorCatalog {
    private final String title;
    private final List<Group> groups;
    private final Map<String, Indicator> byCode = new LinkedHashMap<>();
    private final Map<String, Indicator> byName = new LinkedHashMap<>();
    private final Map<String, List<String>> charts;
    /** 超前/滞后 beyond this many percentage points of 时序进度 (docs/targets.md); per indicator where the catalog says. */
    private BigDecimal defaultTolerance = DEFAULT_TOLERANCE;
    private final Map<String, BigDecimal> tolerances = new java.util.HashMap<>();
    public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("5");
    /** The plausible upper bound of a reported value: by indicator (its `max`), else by unit (`default_max`). */
    private final Map<String, BigDecimal> maxByCode = new LinkedHashMap<>();
    private final Map<String, BigDecimal> maxByUnit = new LinkedHashMap<>();
    /** When neither the indicator nor its unit has a bound: no figure of a sub-district comes near it. */
    public static final BigDecimal FALLBACK_MAX = new BigDecimal("1e12");

    public IndicatorCatalog(String title, List<Group> groups, List<Indicator> indicators) {
        this(title, groups, indicators, Map.of());
    }

    /**
     * @param charts which charts each area shows, in order (area code or AIR → chart names such as
     *               growth, ranking:CODE, calendar, monthly, levels); empty: the built-in choice
     */
    public IndicatorCatalog(String title, List<Group> groups, List<Indicator> indicators, Map<String, List<String>> charts) {
        this.title = title;
        this.groups = List.copyOf(groups);
        this.charts = Map.copyOf(charts);
        for (Indicator i : indicators) {
            if (byCode.put(i.code(), i) != null) throw new IllegalArgumentException("指标代码重复: " + i.code());
        }
        for (Indicator i : indicators) {
            byName.putIfAbsent(Names.normalize(i.name()), i);
            for (String a : i.aliases()) byName.putIfAbsent(Names.normalize(a), i);
        }
        for (Indicator i : indicators) {
            for (String ref : new String[]{i.parent(), i.numerator(), i.denominator(), i.growthOf()}) {
                if (ref != null && !byCode.containsKey(ref))
                    throw new IllegalArgumentException("指标 " + i.code() + " 引用了未知指标 " + ref);
            }
        }
    }

    /**
     * The plausible upper bound of one reported value of the indicator, in its unit (a catalog entry's
     * {@code max}, else {@code default_max} of its unit): a value beyond it is an error of the cell.
     */
    public BigDecimal plausibleMax(Indicator i) {
        BigDecimal m = maxByCode.get(i.code());
        if (m == null) m = maxByUnit.get(i.unit());
        return m == null ? FALLBACK_MAX : m;
    }

    /** Sets the bounds of {@link #plausibleMax}: by indicator code and by unit. */
    public IndicatorCatalog withMaxima(Map<String, BigDecimal> byCode, Map<String, BigDecimal> byUnit) {
        maxByCode.putAll(byCode);
        maxByUnit.putAll(byUnit);
        return this;
    }

    /** @throws CatalogFileException naming the line of a mistake */
    @SuppressWarnings("unchecked")
    public static IndicatorCatalog load(Path file) {
        return YamlFile.load(file, "指标目录", root -> fromYaml((Map<String, Object>) root));
    }

    public static IndicatorCatalog load(InputStream in) {
        return fromYaml(new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
    }

    @SuppressWarnings("unchecked")
    private static IndicatorCatalog fromYaml(Map<String, Object> root) {
        BigDecimal defaultSwing = decimal(root.get("default_swing"), new BigDecimal("50"));
        List<Group> groups = new ArrayList<>();
        int n = 0;
        for (Object o : (List<Object>) root.get("groups")) {
            try {
                Map<String, Object> g = (Map<String, Object>) o;
                groups.add(new Group(str(g.get("code")), str(g.get("name"))));
            } catch (RuntimeException e) {
                throw new YamlFile.EntryProblem("groups", n, e);
            }
            n++;
        }
        List<Indicator> indicators = new ArrayList<>();
        Map<String, BigDecimal> maxByCode = new LinkedHashMap<>();
        Map<String, BigDecimal> maxByUnit = new LinkedHashMap<>();
        if (root.get("default_max") instanceof Map<?, ?> dm) dm.forEach((k, v) -> maxByUnit.put(k.toString(), decimal(v, null)));
        int order = 0;
        for (Object o : (List<Object>) root.get("indicators")) {
          try {
            Map<String, Object> m = (Map<String, Object>) o;
            if (m.get("max") != null) maxByCode.put(str(m.get("code")), decimal(m.get("max"), null));
            IndicatorKind kind = IndicatorKind.valueOf(str(m.get("kind")).toUpperCase(Locale.ROOT));
            String source = str(m.get("source"));
            indicators.add(new Indicator(
                    str(m.get("code")), str(m.get("name")),
                    m.get("aliases") == null ? List.of() : ((List<Object>) m.get("aliases")).stream().map(IndicatorCatalog::str).toList(),
                    str(m.get("unit")),
                    m.get("decimals") == null ? 0 : ((Number) m.get("decimals")).intValue(),
                    str(m.get("group")), kind,
                    source == null ? Source.DERIVED : Source.valueOf(source.toUpperCase(Locale.ROOT)),
                    str(m.get("parent")), str(m.get("numerator")), str(m.get("denominator")), str(m.get("of")),
                    Boolean.TRUE.equals(m.get("required")), Boolean.TRUE.equals(m.get("key")),
                    decimal(m.get("swing"), defaultSwing), str(m.get("narrative")), order));
          } catch (RuntimeException e) {
            throw new YamlFile.EntryProblem("indicators", order, e);
          }
          order++;
        }
        Map<String, List<String>> charts = new LinkedHashMap<>();
        if (root.get("charts") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> charts.put(k.toString(), ((List<Object>) v).stream().map(Object::toString).toList()));
        }
        IndicatorCatalog catalog = new IndicatorCatalog(str(root.get("title")), groups, indicators, charts)
                .withMaxima(maxByCode, maxByUnit);
        catalog.defaultTolerance = decimal(root.get("progress_tolerance"), DEFAULT_TOLERANCE);
        for (Map<String, Object> m : (List<Map<String, Object>>) root.get("indicators"))
            if (m.get("tolerance") != null) catalog.tolerances.put(str(m.get("code")), decimal(m.get("tolerance"), null));
        return catalog;
    }

    /** How far (percentage points) 完成率 may be from 时序进度 and still be 正常. */
    public BigDecimal progressTolerance(String code) {
        return tolerances.getOrDefault(code, defaultTolerance);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static BigDecimal decimal(Object o, BigDecimal dflt) {
        return o == null ? dflt : new BigDecimal(o.toString());
    }

    public String title() { return title; }

    /** The charts of an area (or AIR) as the office listed them; empty when the catalog leaves it to the program. */
    public List<String> chartsOf(String area) { return charts.getOrDefault(area, List.of()); }

    public boolean hasChartPlan() { return !charts.isEmpty(); }

    public List<Group> groups() { return groups; }

    public Optional<Group> group(String code) {
        return groups.stream().filter(g -> g.code().equals(code)).findFirst();
    }

    public Collection<Indicator> all() { return byCode.values(); }

    public List<Indicator> inGroup(String groupCode) {
        return byCode.values().stream().filter(i -> i.group().equals(groupCode)).toList();
    }

    public Optional<Indicator> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code.trim().toUpperCase(Locale.ROOT)));
    }

    public Indicator get(String code) {
        Indicator i = byCode.get(code);
        if (i == null) throw new IllegalArgumentException("未知指标代码 " + code);
        return i;
    }

    /** By name or alias, ignoring whitespace, full/half width and a leading 其中. */
    public Optional<Indicator> byName(String name) {
        return Optional.ofNullable(byName.get(Names.normalize(name)));
    }

    /** The known names closest to an unknown one, for the finding that says "did you mean". */
    public List<String> closestNames(String name, int howMany) {
        String n = Names.normalize(name);
        // each distance once, not once per comparison: a sheet of many unknown names asks this per row
        return byCode.values().stream()
                .map(i -> java.util.Map.entry(i, Names.distance(n, Names.normalize(i.name()))))
                .sorted(java.util.Map.Entry.comparingByValue())
                .limit(howMany).map(e -> e.getKey().name()).toList();
    }

    /** Indicators that workbooks report (flows and stocks), as opposed to derived ones. */
    public List<Indicator> reported() {
        return byCode.values().stream().filter(i -> i.kind().isReported()).toList();
    }

    /** The 其中 children of an indicator. */
    public List<Indicator> children(String code) {
        return byCode.values().stream().filter(i -> code.equals(i.parent())).toList();
    }
}

package yearbook.catalog;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Binds config/catalog.yaml to a {@link CatalogFile}: every key known, every value of the
 * right shape, the fields each kind needs present and the fields it cannot use refused.
 * What spans entries (references, units, charts) is {@link CatalogRules}' part. Every
 * mistake is collected with its line and reported together.
 */
final class CatalogReader {

    static final String WHAT = "指标目录";

    /**
     * A code is used as a key, in file names and in narrative placeholders
     * ({ECO_PROJECTS}).
     */
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    /**
     * Places printed; ValueBounds allows four more when reading, so this keeps values
     * within numeric's reach.
     */
    static final int MAX_DECIMALS = 6;

    private static final List<String> TOP = List.of("title", "charts", "default_swing", "progress_tolerance",
            "default_max", "groups", "indicators");

    private static final List<String> COMMON = List.of("code", "name", "aliases", "unit", "decimals", "group", "kind",
            "key", "narrative", "tolerance");

    private static final Map<IndicatorKind, List<String>> OWN = Map.of(IndicatorKind.FLOW,
            List.of("source", "parent", "required", "swing", "max"), IndicatorKind.STOCK,
            List.of("source", "parent", "required", "swing", "max"), IndicatorKind.RATE,
            List.of("numerator", "denominator", "source"), IndicatorKind.GROWTH, List.of("of", "source"),
            IndicatorKind.MEASURE, List.of("source", "air"));

    private final ConfigProblems problems = new ConfigProblems();

    /** Each indicator's entry by code, for the lines of what CatalogRules finds. */
    final Map<String, YamlMap> entries = new LinkedHashMap<>();

    /** The charts block's items by area, for their lines. */
    final Map<String, List<Node>> chartItems = new LinkedHashMap<>();

    YamlMap chartsYaml;

    /** The groups' entries, in order, for their lines. */
    final List<YamlMap> groupEntries = new ArrayList<>();

    private CatalogReader() {
    }

    /**
     * @throws CatalogFileException with every mistake of the file
     */
    static CatalogFile read(Path file) {
        CatalogReader reader = new CatalogReader();
        CatalogFile catalog = reader.bind(YamlFile.read(file, WHAT));
        new CatalogRules(catalog, reader, reader.problems).check();
        reader.problems.throwIfAny(WHAT, file);
        return catalog;
    }

    private CatalogFile bind(MappingNode node) {
        YamlMap root = new YamlMap(node, problems, "目录");
        root.allowOnly(TOP);
        String title = root.required("title");
        BigDecimal swing = orElse(root.positive("default_swing"), "50");
        BigDecimal tolerance = orElse(root.nonNegative("progress_tolerance"), "5");
        Map<String, BigDecimal> defaultMax = new LinkedHashMap<>();
        YamlMap dm = root.map("default_max", "default_max");
        dm.duplicates();
        for (String unit : dm.keys()) {
            if (!dm.has(unit)) {
                dm.problem(unit, "default_max 的 " + unit + " 没有写数值");
            }
            BigDecimal max = dm.positive(unit);
            if (max != null) {
                defaultMax.put(unit, max);
            }
        }
        chartsYaml = root.map("charts", "charts");
        chartsYaml.duplicates();
        Map<String, List<String>> charts = new LinkedHashMap<>();
        for (String area : chartsYaml.keys()) {
            chartItems.put(area, chartsYaml.items(area));
            charts.put(area, chartsYaml.texts(area));
        }
        List<Group> groups = new ArrayList<>();
        for (Node n : list(root, "groups", "领域列表")) {
            YamlMap g = new YamlMap(n, problems, "groups 第 " + (groups.size() + 1) + " 项");
            g.allowOnly(List.of("code", "name"));
            groupEntries.add(g);
            groups.add(new Group(code(g), g.required("name")));
        }
        List<Indicator> indicators = new ArrayList<>();
        List<Node> items = list(root, "indicators", "指标列表");
        for (int k = 0; k < items.size(); k++) {
            Indicator i = indicator(new YamlMap(items.get(k), problems, "indicators 第 " + (k + 1) + " 项"), k, swing);
            if (i != null) {
                indicators.add(i);
            }
        }
        return new CatalogFile(title, charts, swing, tolerance, defaultMax, groups, indicators);
    }

    private List<Node> list(YamlMap root, String key, String what) {
        if (!root.has(key)) {
            problems.at(root.line(), "目录缺少 " + key + "(" + what + ")");
        }
        return root.items(key);
    }

    private String code(YamlMap m) {
        String code = m.required("code");
        if (code != null && !CODE.matcher(code).matches()) {
            m.problem("code", m.who() + "的代码「" + code + "」应由大写字母、数字和 _ 组成,以字母开头");
        }
        return code;
    }

    /** One entry; null when it has no usable code or kind (the problem is noted). */
    private Indicator indicator(YamlMap m, int order, BigDecimal defaultSwing) {
        String code = code(m);
        if (code != null) {
            m.relabel("指标 " + code);
        }
        IndicatorKind kind = choice(m, "kind", IndicatorKind.values());
        m.relabel((kind == null ? "指标" : kind.label()) + " " + (code == null ? "(" + m.label() + ")" : code));
        if (code != null) {
            YamlMap earlier = entries.putIfAbsent(code, m);
            if (earlier != null) {
                m.problem("code", "指标代码 " + code + " 重复(第 " + earlier.lineOf("code") + " 行已有)");
            }
        }
        allowedKeys(m, kind);
        String name = m.required("name");
        List<String> aliases = m.texts("aliases");
        String unit = m.required("unit");
        Integer decimals = m.integer("decimals", 0, MAX_DECIMALS);
        if (!m.has("decimals")) {
            m.problem("decimals", m.who() + "缺少 decimals(印出的小数位数)");
        }
        String group = m.required("group");
        BigDecimal swing = m.positive("swing");
        BigDecimal max = m.positive("max");
        BigDecimal tolerance = m.nonNegative("tolerance");
        boolean required = m.bool("required");
        boolean key = m.bool("key");
        String narrative = m.text("narrative");
        if (kind == null || code == null) {
            return null;
        }
        Source source = source(m, kind);
        String numerator = kind == IndicatorKind.RATE ? m.required("numerator") : null;
        String denominator = kind == IndicatorKind.RATE ? m.required("denominator") : null;
        String of = kind == IndicatorKind.GROWTH ? m.required("of") : null;
        AirStatistic air = null;
        if (kind == IndicatorKind.MEASURE) {
            if (!m.has("air")) {
                m.problem("air", m.who() + "缺少 air(它发布测站的哪一项统计: " + names(AirStatistic.values()) + ")");
            }
            air = choice(m, "air", AirStatistic.values());
        }
        return new Indicator(code, name, aliases, unit, decimals == null ? 0 : decimals, group, kind, source,
                kind.isReported() ? m.text("parent") : null, numerator, denominator, of, required, key,
                swing != null ? swing : defaultSwing, narrative, order, max, tolerance, air);
    }

    /**
     * Unknown keys, and known keys of another kind (a flow's numerator), each with what
     * to do.
     */
    private void allowedKeys(YamlMap m, IndicatorKind kind) {
        m.duplicates();
        for (String k : m.keys()) {
            List<IndicatorKind> users = Arrays.stream(IndicatorKind.values())
                .filter(x -> OWN.get(x).contains(k))
                .toList();
            if (!COMMON.contains(k) && users.isEmpty()) {
                m.problem(k, m.who() + "有不认识的键 " + k + "(可用的键: " + String.join("、", COMMON) + ",以及各类指标自己的 "
                        + "source、parent、required、swing、max、numerator、denominator、of、air)");
            }
            else if (kind != null && !COMMON.contains(k) && !users.contains(kind)) {
                m.refuse(k, k + " 只用于 " + names(users.toArray(IndicatorKind[]::new)) + " 指标");
            }
        }
    }

    /**
     * Who reports it: flows and stocks a community or the street, measures the station;
     * rates and growths may say.
     */
    private Source source(YamlMap m, IndicatorKind kind) {
        if (!m.has("source")) {
            if (kind.isReported()) {
                m.problem("source", m.who() + "缺少 source(community 或 street)");
            }
            if (kind == IndicatorKind.MEASURE) {
                m.problem("source", m.who() + "缺少 source(应为 station)");
            }
            return Source.DERIVED;
        }
        Source s = choice(m, "source", new Source[] { Source.COMMUNITY, Source.STREET, Source.STATION });
        if (s == null) {
            return Source.DERIVED;
        }
        if (kind.isReported() && s == Source.STATION) {
            m.problem("source", m.who() + "的 source 应为 community 或 street(station 报送的是逐日监测数据,由 measure 指标发布)");
        }
        else if (kind == IndicatorKind.MEASURE && s != Source.STATION) {
            m.problem("source", m.who() + "的 source 应为 station(measure 是测站数据的统计)");
        }
        return s;
    }

    /**
     * A value out of a closed set, written in lower case; null (noted) when it is none of
     * them.
     */
    private static <E extends Enum<E>> E choice(YamlMap m, String key, E[] allowed) {
        String t = m.text(key);
        if (t == null) {
            if (key.equals("kind") && !m.has(key)) {
                m.problem(key, m.who() + "缺少 kind(" + names(allowed) + ")");
            }
            return null;
        }
        for (E e : allowed) {
            if (e.name().toLowerCase(Locale.ROOT).equals(t)) {
                return e;
            }
        }
        m.problem(key, m.who() + "的 " + key + " 取值「" + t + "」不认识,应为 " + names(allowed));
        return null;
    }

    static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining("、"));
    }

    private static BigDecimal orElse(BigDecimal d, String dflt) {
        return d != null ? d : new BigDecimal(dflt);
    }

}

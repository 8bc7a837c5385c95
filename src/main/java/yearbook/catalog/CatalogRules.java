package yearbook.catalog;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The rules of the catalog that span entries: areas and codes unique, names unambiguous,
 * every reference to a code that exists and fits (a rate's parts values of one unit and
 * one source, a 其中 item under a flow or stock like itself), each station statistic
 * published once, the narrative's placeholders and the charts naming what exists. Each
 * broken rule is noted at the line that breaks it.
 */
final class CatalogRules {

    /**
     * The placeholders publish.Narrative fills: its own {value} …, or another indicator's
     * {CODE} / {CODE.growth}.
     */
    private static final Pattern PLACEHOLDER = Pattern
        .compile("\\{(?:(value|prior|growth|unit|approx)|([A-Z][A-Z0-9_]*)(?:\\.(value|prior|growth|approx))?)}");

    private static final Pattern BRACES = Pattern.compile("\\{[^{}]*}");

    private static final List<String> AIR_CHARTS = List.of("calendar", "monthly", "levels");
    static final String AIR_AREA = "AIR";

    private final CatalogFile catalog;

    private final CatalogReader reader;

    private final ConfigProblems problems;

    private final Map<String, Indicator> byCode = new LinkedHashMap<>();

    CatalogRules(CatalogFile catalog, CatalogReader reader, ConfigProblems problems) {
        this.catalog = catalog;
        this.reader = reader;
        this.problems = problems;
        for (Indicator i : catalog.indicators()) {
            byCode.putIfAbsent(i.code(), i);
        }
    }

    void check() {
        Set<String> groups = new LinkedHashSet<>();
        for (int k = 0; k < catalog.groups().size(); k++) {
            String code = catalog.groups().get(k).code();
            YamlMap g = reader.groupEntries.get(k);
            if (code == null) {
                continue;
            }
            if (code.equals(AIR_AREA)) {
                g.problem("code", "领域代码 AIR 留给空气质量部分(charts 的 AIR),请换一个");
            }
            else if (!groups.add(code)) {
                g.problem("code", "领域代码 " + code + " 重复");
            }
        }
        Map<String, String> names = new HashMap<>();
        Map<AirStatistic, String> air = new EnumMap<>(AirStatistic.class);
        for (Indicator i : catalog.indicators()) {
            YamlMap m = reader.entries.get(i.code());
            if (i.group() != null && !groups.contains(i.group())) {
                m.problem("group", m.who() + "的 group " + i.group() + " 不在 groups 中(" + String.join("、", groups) + ")");
            }
            uniqueNames(i, m, names);
            if (i.parent() != null) {
                parent(i, m);
            }
            if (i.kind() == IndicatorKind.RATE) {
                rate(i, m);
            }
            if (i.kind() == IndicatorKind.GROWTH) {
                growth(i, m);
            }
            if (i.air() != null) {
                String earlier = air.putIfAbsent(i.air(), i.code());
                if (earlier != null) {
                    m.problem("air", m.who() + "的 air: " + i.air().yamlName() + " 已由 " + earlier + " 发布(第 "
                            + reader.entries.get(earlier).lineOf("air") + " 行),每项测站统计只能对应一个指标");
                }
            }
            if (i.narrative() != null) {
                narrative(i, m);
            }
        }
        charts(groups);
    }

    private void uniqueNames(Indicator i, YamlMap m, Map<String, String> names) {
        Set<String> own = new LinkedHashSet<>();
        String name = i.name() == null ? null : Names.normalize(i.name());
        if (name != null) {
            own.add(name);
        }
        for (String a : i.aliases()) {
            own.add(Names.normalize(a));
        }
        for (String n : own) {
            String other = names.putIfAbsent(n, i.code());
            if (other != null && !other.equals(i.code())) {
                m.problem(n.equals(name) ? "name" : "aliases", m.who() + "的名称或别名「" + n + "」已是 " + other + " 的名称或别名(第 "
                        + reader.entries.get(other).line() + " 行),报表中的这一行将无法确定是哪个指标");
            }
        }
    }

    /**
     * The 其中 parent: a flow or stock of the same kind and source, and no circle of
     * parents.
     */
    private void parent(Indicator i, YamlMap m) {
        Indicator p = known(i, m, "parent", i.parent());
        if (p == null) {
            return;
        }
        if (p.code().equals(i.code())) {
            m.problem("parent", m.who() + "的 parent 不能是它自己");
        }
        else if (p.kind() != i.kind() || p.source() != i.source()) {
            m.problem("parent", m.who() + "的 parent " + p.code() + " 应是与它同类(" + i.kind().label() + ")、同来源(" + source(i)
                    + ")的指标,而它是" + p.kind().label() + "、" + source(p));
        }
        else {
            Set<String> seen = new LinkedHashSet<>(List.of(i.code()));
            for (Indicator up = p; up != null && up.parent() != null; up = byCode.get(up.parent())) {
                if (!seen.add(up.code())) {
                    m.problem("parent",
                            m.who() + "的 parent 关系绕成了圈(" + String.join(" → ", seen) + " → " + up.code() + ")");
                    break;
                }
            }
        }
    }

    /**
     * numerator / denominator × 100: two values (not rates or growths) of one unit and
     * one source.
     */
    private void rate(Indicator i, YamlMap m) {
        if (!"%".equals(i.unit()) && i.unit() != null) {
            m.problem("unit", m.who() + "的 unit 应为 %(比率 = 分子 / 分母 × 100)");
        }
        Indicator num = value(i, m, "numerator", i.numerator());
        Indicator den = value(i, m, "denominator", i.denominator());
        if (num == null || den == null) {
            return;
        }
        if (num.code().equals(den.code())) {
            m.problem("denominator", m.who() + "的分子和分母是同一个指标 " + num.code());
        }
        else if (num.unit() != null && !num.unit().equals(den.unit())) {
            m.problem("denominator", m.who() + "的分子 " + num.code() + "(" + num.unit() + ")与分母 " + den.code() + "("
                    + den.unit() + ")计量单位不同");
        }
        else if (num.source() != den.source()) {
            m.problem("denominator", m.who() + "的分子 " + num.code() + "(" + source(num) + ")与分母 " + den.code() + "("
                    + source(den) + ")来源不同,没有一个单位同时有这两个数");
        }
        else if (i.source() != Source.DERIVED && i.source() != num.source()) {
            m.problem("source", m.who() + "的 source 应与分子、分母相同(" + source(num) + "),或不写");
        }
    }

    /** The 同比 of a value as a figure of its own, in %. */
    private void growth(Indicator i, YamlMap m) {
        if (!"%".equals(i.unit()) && i.unit() != null) {
            m.problem("unit", m.who() + "的 unit 应为 %(同比增幅)");
        }
        Indicator of = value(i, m, "of", i.growthOf());
        if (of != null && i.source() != Source.DERIVED && i.source() != of.source()) {
            m.problem("source", m.who() + "的 source 应与 " + of.code() + " 相同(" + source(of) + "),或不写");
        }
    }

    /**
     * A reference to a flow, stock or measure: what has a value before rates and growths
     * are computed.
     */
    private Indicator value(Indicator i, YamlMap m, String key, String code) {
        Indicator r = known(i, m, key, code);
        if (r != null && !r.kind().isReported() && r.kind() != IndicatorKind.MEASURE) {
            m.problem(key, m.who() + "的 " + key + " " + code + " 是" + r.kind().label() + ",应为 flow、stock 或 measure 指标");
            return null;
        }
        return r;
    }

    private Indicator known(Indicator i, YamlMap m, String key, String code) {
        if (code == null) {
            return null;
        }
        Indicator r = byCode.get(code);
        if (r == null && !written(code)) {
            m.problem(key, m.who() + "的 " + key + " " + code + " 不是目录中的指标代码");
        }
        return r;
    }

    /**
     * An entry of that code is in the file but could not be read: its own problem is
     * noted, not each reference to it.
     */
    private boolean written(String code) {
        return reader.entries.containsKey(code);
    }

    private void narrative(Indicator i, YamlMap m) {
        Matcher b = BRACES.matcher(i.narrative());
        while (b.find()) {
            Matcher p = PLACEHOLDER.matcher(b.group());
            if (!p.matches()) {
                m.problem("narrative", m.who() + "的 narrative 中 " + b.group()
                        + " 不认识(可用 {value} {prior} {growth} {unit} {approx}," + "或 {代码}、{代码.growth}、{代码.approx})");
            }
            else if (p.group(2) != null && !byCode.containsKey(p.group(2)) && !written(p.group(2))) {
                m.problem("narrative", m.who() + "的 narrative 中 " + b.group() + " 不是目录中的指标代码");
            }
        }
    }

    /**
     * Areas are group codes or AIR; an area shows growth and ranking:CODE of a community
     * figure; AIR its three charts.
     */
    private void charts(Set<String> groups) {
        for (var e : reader.chartItems.entrySet()) {
            String area = e.getKey();
            if (!area.equals(AIR_AREA) && !groups.contains(area)) {
                reader.chartsYaml.problem(area, "charts 的 " + area + " 不是 groups 中的领域代码,也不是 AIR");
                continue;
            }
            for (Node n : e.getValue()) {
                String spec = n instanceof ScalarNode s ? s.getValue().strip() : null;
                if (spec == null) {
                    continue;
                }
                if (area.equals(AIR_AREA)) {
                    if (!AIR_CHARTS.contains(spec)) {
                        problems.at(n, "charts 的 AIR 中「" + spec + "」不认识,应为 calendar、monthly 或 levels");
                    }
                }
                else if (spec.startsWith("ranking:")) {
                    String code = spec.substring("ranking:".length()).strip();
                    Indicator i = byCode.get(code);
                    if (i == null && written(code)) {
                        continue;
                    }
                    if (i == null) {
                        problems.at(n, "charts 的 " + area + " 中 " + spec + " 的 " + code + " 不是目录中的指标代码");
                    }
                    else if (!ofCommunities(i)) {
                        problems.at(n, "charts 的 " + area + " 中 " + spec + ": " + code + " 不是各社区报送的指标,无法排名");
                    }
                }
                else if (!spec.equals("growth")) {
                    problems.at(n, "charts 的 " + area + " 中「" + spec + "」不认识,应为 growth 或 ranking:指标代码");
                }
            }
        }
    }

    /**
     * A figure each community has: reported by communities, or a rate or growth of such
     * figures.
     */
    private boolean ofCommunities(Indicator i) {
        return switch (i.kind()) {
            case FLOW, STOCK -> i.source() == Source.COMMUNITY;
            case RATE -> reportedByCommunities(i.numerator());
            case GROWTH -> reportedByCommunities(i.growthOf());
            case MEASURE -> false;
        };
    }

    private boolean reportedByCommunities(String code) {
        Indicator i = code == null ? null : byCode.get(code);
        return i != null && i.kind().isReported() && i.source() == Source.COMMUNITY;
    }

    private static String source(Indicator i) {
        return switch (i.source()) {
            case COMMUNITY -> "社区报送";
            case STREET -> "街道报送";
            case STATION -> "监测站";
            case DERIVED -> "由程序计算";
        };
    }

}

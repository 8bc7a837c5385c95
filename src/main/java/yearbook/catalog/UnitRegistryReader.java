package yearbook.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Binds config/units.yaml to {@link ReportingUnit}s: every key known, codes unique, every
 * name, alias and code naming one unit only (a workbook's unit is found by them), years
 * whole and in order. Every mistake is collected with its line and reported together.
 */
final class UnitRegistryReader {

    static final String WHAT = "单位名录";

    private static final int FIRST_YEAR = 1949;

    private static final int LAST_YEAR = 2999;

    private final ConfigProblems problems = new ConfigProblems();

    private final Map<String, YamlMap> byCode = new HashMap<>();

    /** Normalised name, alias or code → the code of the unit it names. */
    private final Map<String, String> names = new HashMap<>();

    private UnitRegistryReader() {
    }

    /**
     * @throws CatalogFileException with every mistake of the file
     */
    static UnitRegistry read(Path file) {
        UnitRegistryReader r = new UnitRegistryReader();
        YamlMap root = new YamlMap(YamlFile.read(file, WHAT), r.problems, "名录");
        root.allowOnly(List.of("subdistrict", "communities", "stations"));
        if (!root.has("subdistrict")) {
            r.problems.at(root.line(), "名录缺少 subdistrict(街道: code、name)");
        }
        ReportingUnit sub = root.has("subdistrict")
                ? r.unit(root.map("subdistrict", "subdistrict(街道)"), UnitKind.SUBDISTRICT) : null;
        List<ReportingUnit> others = new ArrayList<>();
        // "stations:" with nothing under it is null in YAML: no stations, not a mistake
        for (Node n : root.items("communities")) {
            ReportingUnit u = r.unit(new YamlMap(n, r.problems, "communities 第 " + (others.size() + 1) + " 项"),
                    UnitKind.COMMUNITY);
            if (u != null) {
                others.add(u);
            }
        }
        List<Node> stations = root.items("stations");
        for (int k = 0; k < stations.size(); k++) {
            ReportingUnit u = r.unit(new YamlMap(stations.get(k), r.problems, "stations 第 " + (k + 1) + " 项"),
                    UnitKind.STATION);
            if (u != null) {
                others.add(u);
            }
        }
        r.problems.throwIfAny(WHAT, file);
        return new UnitRegistry(sub, others);
    }

    /** One unit; null when it has no code (the problem is noted). */
    private ReportingUnit unit(YamlMap m, UnitKind kind) {
        String code = m.required("code");
        if (code != null && !CatalogReader.CODE.matcher(code).matches()) {
            m.problem("code", m.who() + "的代码「" + code + "」应由大写字母、数字和 _ 组成,以字母开头");
        }
        if (code != null) {
            m.relabel((kind == UnitKind.STATION ? "测站 " : kind == UnitKind.COMMUNITY ? "社区 " : "街道 ") + code);
        }
        m.allowOnly(switch (kind) {
            case SUBDISTRICT -> List.of("code", "name", "aliases");
            case COMMUNITY -> List.of("code", "name", "aliases", "from", "to", "boundary_changed");
            case STATION -> List.of("code", "name", "aliases", "from", "to");
        });
        String name = m.required("name");
        List<String> aliases = m.texts("aliases");
        Integer from = m.integer("from", FIRST_YEAR, LAST_YEAR);
        Integer to = m.integer("to", FIRST_YEAR, LAST_YEAR);
        if (from != null && to != null && from > to) {
            m.problem("to", m.who() + "的 to(" + to + ")早于 from(" + from + ")");
        }
        Set<Integer> changed = new LinkedHashSet<>();
        for (Node y : m.items("boundary_changed")) {
            Integer year = m.integer(y, "boundary_changed", FIRST_YEAR, LAST_YEAR);
            if (year == null) {
                continue;
            }
            if (from != null && year < from || to != null && year > to) {
                problems.at(y, m.who() + "的 boundary_changed " + year + " 不在它存在的年份内(from " + (from == null ? "—" : from)
                        + " to " + (to == null ? "—" : to) + ")");
            }
            changed.add(year);
        }
        if (code == null) {
            return null;
        }
        YamlMap earlier = byCode.putIfAbsent(code, m);
        if (earlier != null) {
            m.problem("code", "单位代码 " + code + " 重复(第 " + earlier.lineOf("code") + " 行已有)");
        }
        Set<String> own = new LinkedHashSet<>();
        own.add(Names.normalize(code));
        if (name != null) {
            own.add(Names.normalize(name));
        }
        for (String a : aliases) {
            own.add(Names.normalize(a));
        }
        for (String n : own) {
            String other = names.putIfAbsent(n, code);
            if (other != null && !other.equals(code)) {
                m.problem("name", m.who() + "的名称、别名或代码「" + n + "」已是单位 " + other + " 的(第 " + byCode.get(other).line()
                        + " 行),报表上的这个名称将无法确定是哪个单位");
            }
        }
        return new ReportingUnit(code, name, aliases, kind, from, to, changed);
    }

}

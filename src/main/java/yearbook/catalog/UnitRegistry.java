package yearbook.catalog;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The registry of reporting units (报送单位名录): the sub-district, its communities and stations. */
public final class UnitRegistry {
    private final ReportingUnit subdistrict;
    private final Map<String, ReportingUnit> byCode = new LinkedHashMap<>();
    private final Map<String, ReportingUnit> byName = new LinkedHashMap<>();

    public UnitRegistry(ReportingUnit subdistrict, List<ReportingUnit> others) {
        this.subdistrict = subdistrict;
        List<ReportingUnit> all = new ArrayList<>();
        all.add(subdistrict);
        all.addAll(others);
        for (ReportingUnit u : all) {
            if (byCode.put(u.code(), u) != null) throw new IllegalArgumentException("单位代码重复: " + u.code());
            byName.putIfAbsent(Names.normalize(u.name()), u);
            byName.putIfAbsent(Names.normalize(u.code()), u);
        }
        for (ReportingUnit u : all) for (String a : u.aliases()) byName.putIfAbsent(Names.normalize(a), u);
    }

    /** @throws CatalogFileException naming the line of a mistake */
    @SuppressWarnings("unchecked")
    public static UnitRegistry load(Path file) {
        return YamlFile.load(file, "单位名录", root -> fromYaml((Map<String, Object>) root));
    }

    public static UnitRegistry load(InputStream in) {
        return fromYaml(new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
    }

    @SuppressWarnings("unchecked")
    private static UnitRegistry fromYaml(Map<String, Object> root) {
        ReportingUnit sub;
        try {
            sub = unit((Map<String, Object>) root.get("subdistrict"), UnitKind.SUBDISTRICT);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("subdistrict(街道)应写明 code 和 name", e);
        }
        List<ReportingUnit> others = new ArrayList<>();
        // "stations:" with nothing under it is null in YAML, not an empty list
        for (String list : List.of("communities", "stations")) {
            List<Object> entries = listOrEmpty(root.get(list));
            for (int i = 0; i < entries.size(); i++) {
                try {
                    others.add(unit((Map<String, Object>) entries.get(i), list.equals("stations") ? UnitKind.STATION : UnitKind.COMMUNITY));
                } catch (RuntimeException e) {
                    throw new YamlFile.EntryProblem(list, i, e);
                }
            }
        }
        return new UnitRegistry(sub, others);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> listOrEmpty(Object o) {
        return o == null ? List.of() : (List<Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static ReportingUnit unit(Map<String, Object> m, UnitKind kind) {
        List<String> aliases = m.get("aliases") == null ? List.of()
                : ((List<Object>) m.get("aliases")).stream().map(Object::toString).toList();
        var changed = new HashSet<Integer>();
        if (m.get("boundary_changed") != null)
            for (Object y : (List<Object>) m.get("boundary_changed")) changed.add(((Number) y).intValue());
        return new ReportingUnit(m.get("code").toString(), m.get("name").toString(), aliases, kind,
                m.get("from") == null ? null : ((Number) m.get("from")).intValue(),
                m.get("to") == null ? null : ((Number) m.get("to")).intValue(), changed);
    }

    public ReportingUnit subdistrict() { return subdistrict; }

    public Optional<ReportingUnit> byCode(String code) { return Optional.ofNullable(byCode.get(code)); }

    public ReportingUnit get(String code) {
        ReportingUnit u = byCode.get(code);
        if (u == null) throw new IllegalArgumentException("未知单位代码 " + code);
        return u;
    }

    /** By name, alias or code, ignoring whitespace and full/half width. */
    public Optional<ReportingUnit> resolve(String name) {
        return Optional.ofNullable(byName.get(Names.normalize(name)));
    }

    public List<String> closestNames(String name, int howMany) {
        String n = Names.normalize(name);
        return byCode.values().stream()
                .sorted(Comparator.comparingInt((ReportingUnit u) -> Names.distance(n, Names.normalize(u.name()))))
                .limit(howMany).map(ReportingUnit::name).toList();
    }

    /** The communities that existed in a year, in registry order. */
    public List<ReportingUnit> communities(int year) {
        return byCode.values().stream().filter(u -> u.kind() == UnitKind.COMMUNITY && u.existsIn(year)).toList();
    }

    public List<ReportingUnit> stations() {
        return byCode.values().stream().filter(u -> u.kind() == UnitKind.STATION).toList();
    }

    /** A unit's name for reports; the code itself when unknown. */
    public String nameOf(String code) {
        ReportingUnit u = byCode.get(code);
        return u == null ? code : u.name();
    }
}

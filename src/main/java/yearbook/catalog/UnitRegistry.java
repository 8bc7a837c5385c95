package yearbook.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of reporting units (报送单位名录): the sub-district, its communities and
 * stations.
 */
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
            if (byCode.put(u.code(), u) != null) {
                throw new IllegalArgumentException("单位代码重复: " + u.code());
            }
            byName.putIfAbsent(Names.normalize(u.name()), u);
            byName.putIfAbsent(Names.normalize(u.code()), u);
        }
        for (ReportingUnit u : all) {
            for (String a : u.aliases()) {
                byName.putIfAbsent(Names.normalize(a), u);
            }
        }
    }

    /**
     * @throws CatalogFileException naming every mistake of the file with its line
     */
    public static UnitRegistry load(Path file) {
        return UnitRegistryReader.read(file);
    }

    public ReportingUnit subdistrict() {
        return subdistrict;
    }

    public Optional<ReportingUnit> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public ReportingUnit get(String code) {
        ReportingUnit u = byCode.get(code);
        if (u == null) {
            throw new IllegalArgumentException("未知单位代码 " + code);
        }
        return u;
    }

    /** By name, alias or code, ignoring whitespace and full/half width. */
    public Optional<ReportingUnit> resolve(String name) {
        return Optional.ofNullable(byName.get(Names.normalize(name)));
    }

    public List<String> closestNames(String name, int howMany) {
        String n = Names.normalize(name);
        return byCode.values()
            .stream()
            .sorted(Comparator.comparingInt((ReportingUnit u) -> Names.distance(n, Names.normalize(u.name()))))
            .limit(howMany)
            .map(ReportingUnit::name)
            .toList();
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

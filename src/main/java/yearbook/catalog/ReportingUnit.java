package yearbook.catalog;

import java.util.List;
import java.util.Set;

/**
 * A unit of the registry: the sub-district, a community or a station, with the years it
 * existed.
 */
public record ReportingUnit(String code, String name, List<String> aliases, UnitKind kind, Integer from, Integer to,
        Set<Integer> boundaryChanged) {
    public ReportingUnit {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        boundaryChanged = boundaryChanged == null ? Set.of() : Set.copyOf(boundaryChanged);
    }

    public boolean existsIn(int year) {
        return (from == null || year >= from) && (to == null || year <= to);
    }

    /**
     * Its own 同比 for this year is not like-for-like: created this year or redrawn this
     * year.
     */
    public boolean comparableIn(int year) {
        return !boundaryChanged.contains(year) && (from == null || from < year);
    }
}

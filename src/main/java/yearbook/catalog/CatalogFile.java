package yearbook.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * config/catalog.yaml as bound and validated: the title, which charts each area shows
 * (area code or AIR → growth, ranking:CODE, calendar …; empty: the program chooses), the
 * default 同比 swing that raises a warning, the default 超前/滞后 tolerance, the plausible
 * maximum per unit, the areas and the indicators in display order.
 */
public record CatalogFile(String title, Map<String, List<String>> charts, BigDecimal defaultSwing,
        BigDecimal progressTolerance, Map<String, BigDecimal> defaultMax, List<Group> groups,
        List<Indicator> indicators) {
    public CatalogFile {
        charts = Map.copyOf(charts);
        defaultMax = Map.copyOf(defaultMax);
        groups = List.copyOf(groups);
        indicators = List.copyOf(indicators);
    }
}

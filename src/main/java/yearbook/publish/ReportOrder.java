package yearbook.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import yearbook.catalog.Indicator;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.ReportingUnit;
import yearbook.catalog.UnitRegistry;
import yearbook.model.Figure;

/**
 * The order every output lists things in, so that the CSV, the workbooks and the
 * narrative read alike: the sub-district first, then the communities of the year and the
 * stations in registry order (units the registry does not know come last, by code);
 * indicators in catalog order.
 */
public final class ReportOrder {

    private final YearReport report;

    private final Map<String, Integer> unitRank = new HashMap<>();

    public ReportOrder(YearReport report) {
        this.report = report;
        for (ReportingUnit u : units()) {
            unitRank.putIfAbsent(u.code(), unitRank.size());
        }
    }

    /** The sub-district, the communities that existed in the year, the stations. */
    public List<ReportingUnit> units() {
        return units(report.units(), report.year());
    }

    static List<ReportingUnit> units(UnitRegistry registry, int year) {
        List<ReportingUnit> all = new ArrayList<>();
        all.add(registry.subdistrict());
        all.addAll(registry.communities(year));
        all.addAll(registry.stations());
        return all;
    }

    Comparator<String> unitCodes() {
        return Comparator.comparingInt((String c) -> unitRank.getOrDefault(c, Integer.MAX_VALUE))
            .thenComparing(Comparator.nullsFirst(Comparator.<String>naturalOrder()));
    }

    Comparator<String> indicatorCodes() {
        return Comparator.comparingInt(this::indicatorRank).thenComparing(Comparator.naturalOrder());
    }

    /**
     * Looked up once per code: sorting a city's 82,000 figures compares codes a million
     * times.
     */
    private final Map<String, Integer> indicatorRank = new HashMap<>();

    private int indicatorRank(String code) {
        return indicatorRank.computeIfAbsent(code,
                c -> report.catalog().byCode(c).map(Indicator::order).orElse(Integer.MAX_VALUE));
    }

    Comparator<Figure> figures() {
        return Comparator.comparing(Figure::unitCode, unitCodes())
            .thenComparing(Figure::indicatorCode, indicatorCodes());
    }

    IndicatorCatalog catalog() {
        return report.catalog();
    }

}

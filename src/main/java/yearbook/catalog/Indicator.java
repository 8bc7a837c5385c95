package yearbook.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * One catalog entry, as validated on load. Optional references (parent, numerator,
 * denominator, of) are codes or null; swingPercent is the indicator's {@code swing} or
 * the catalog's default; max and tolerance are the indicator's own or null (the catalog's
 * defaults apply); air is the station statistic a measure publishes, null for the other
 * kinds.
 */
public record Indicator(String code, String name, List<String> aliases, String unit, int decimals, String group,
        IndicatorKind kind, Source source, String parent, String numerator, String denominator, String growthOf,
        boolean required, boolean key, BigDecimal swingPercent, String narrative, int order, BigDecimal max,
        BigDecimal tolerance, AirStatistic air) {
    public Indicator {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}

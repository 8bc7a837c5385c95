package yearbook.catalog;

import java.math.BigDecimal;
import java.util.List;

/** One catalog entry. Optional references (parent, numerator, denominator, of) are codes or null. */
public record Indicator(String code, String name, List<String> aliases, String unit, int decimals, String group,
                        IndicatorKind kind, Source source, String parent, String numerator, String denominator,
                        String growthOf, boolean required, boolean key, BigDecimal swingPercent, String narrative,
                        int order) {
    public Indicator {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}

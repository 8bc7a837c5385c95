package yearbook.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A statistic of a station's year (HJ 663-2013) that a catalog {@code measure} publishes,
 * named in the catalog by {@code air:} (good_days, pm25_mean …), so that the catalog, not
 * the code, says which indicator carries which.
 */
public enum AirStatistic {

    GOOD_DAYS, VALID_DAYS, PM25_MEAN, PM10_MEAN, NO2_MEAN, SO2_MEAN, CO_P95, O3_8H_P90;

    /** As written in the catalog. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<AirStatistic> ofYaml(String s) {
        return Arrays.stream(values()).filter(a -> a.yamlName().equals(s)).findFirst();
    }

}

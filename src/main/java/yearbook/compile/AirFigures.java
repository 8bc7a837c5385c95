package yearbook.compile;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import yearbook.catalog.AirStatistic;
import yearbook.catalog.Indicator;
import yearbook.catalog.IndicatorCatalog;
import yearbook.model.AnnualAirQuality;

/**
 * The station's year as the catalog publishes it: each measure with the statistic its
 * {@code air:} names.
 */
final class AirFigures {

    private AirFigures() {
    }

    /**
     * Each of the catalog's station statistics, in catalog order; a value is null where
     * HJ 663 leaves it uncomputable.
     */
    static Map<Indicator, BigDecimal> of(AnnualAirQuality a, IndicatorCatalog catalog) {
        Map<Indicator, BigDecimal> m = new LinkedHashMap<>();
        for (Indicator i : catalog.stationStatistics()) {
            m.put(i, value(i.air(), a));
        }
        return m;
    }

    static BigDecimal value(AirStatistic s, AnnualAirQuality a) {
        return switch (s) {
            case GOOD_DAYS -> BigDecimal.valueOf(a.goodDays());
            case VALID_DAYS -> BigDecimal.valueOf(a.validDays());
            case PM25_MEAN -> a.pm25Mean();
            case PM10_MEAN -> a.pm10Mean();
            case NO2_MEAN -> a.no2Mean();
            case SO2_MEAN -> a.so2Mean();
            case CO_P95 -> a.coP95();
            case O3_8H_P90 -> a.o3P90();
        };
    }

}

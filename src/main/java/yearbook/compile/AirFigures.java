package yearbook.compile;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import yearbook.model.AnnualAirQuality;

/** Which catalog indicator each statistic of a station's year feeds. */
final class AirFigures {
    private AirFigures() {
    }

    static Map<String, BigDecimal> of(AnnualAirQuality a) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("ENV_GOOD_DAYS", BigDecimal.valueOf(a.goodDays()));
        m.put("ENV_VALID_DAYS", BigDecimal.valueOf(a.validDays()));
        m.put("ENV_PM25_MEAN", a.pm25Mean());
        m.put("ENV_PM10_MEAN", a.pm10Mean());
        m.put("ENV_NO2_MEAN", a.no2Mean());
        m.put("ENV_SO2_MEAN", a.so2Mean());
        m.put("ENV_CO_P95", a.coP95());
        m.put("ENV_O3_8H_P90", a.o3P90());
        return m;
    }
}

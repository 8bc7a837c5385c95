package yearbook.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A station's year per HJ 663-2013: good days, valid days and the good-day rate (%),
 * annual means, CO 95th and O3-8h 90th percentiles (null when not computable), days per
 * level, good and valid days per month (index 0 = January), days per primary pollutant,
 * and every day evaluated.
 */
public record AnnualAirQuality(String stationCode, int year, int goodDays, int validDays, BigDecimal goodDayRate,
        BigDecimal pm25Mean, BigDecimal pm10Mean, BigDecimal no2Mean, BigDecimal so2Mean, BigDecimal coP95,
        BigDecimal o3P90, Map<AqiLevel, Integer> daysPerLevel, int[] goodDaysPerMonth, int[] validDaysPerMonth,
        Map<Pollutant, Integer> primaryDays, List<DailyAirQuality> days) {
}

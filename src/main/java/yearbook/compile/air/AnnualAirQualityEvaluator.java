package yearbook.compile.air;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import yearbook.model.AirQualityDay;
import yearbook.model.AnnualAirQuality;
import yearbook.model.AqiLevel;
import yearbook.model.DailyAirQuality;
import yearbook.model.Pollutant;

/**
 * A station's year per HJ 663-2013: good-day rate, annual means, CO 95th and O3 8-hour
 * 90th percentiles, days per level, per month and per primary pollutant.
 */
public final class AnnualAirQualityEvaluator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final AirQualityIndex index;

    public AnnualAirQualityEvaluator() {
        this(new AirQualityIndex());
    }

    public AnnualAirQualityEvaluator(AirQualityIndex index) {
        this.index = Objects.requireNonNull(index);
    }

    /**
     * Evaluates the days of {@code year} among {@code days} (other years are ignored, so
     * a workbook that runs into January of the next year can be passed whole). The days
     * must be one station's: a day with another non-null station code is rejected,
     * because mixing stations would silently blend their means. A date given twice counts
     * once: the later entry in the list wins (a re-sent correction is appended after the
     * original), the earlier is dropped from every count, mean and percentile.
     *
     * <p>
     * Means (PM2.5, PM10, NO2, SO2) and percentiles (CO P95, O3 8-hour P90) are taken
     * over the days that have that value, valid AQI days or not: HJ 663 evaluates each
     * pollutant on its own daily values. Null when no day has the value. An O3 8-hour
     * value above 800 still enters the percentile: it is a measured concentration; only
     * its IAQI is undefined. daysPerLevel has every level (0 included); primaryDays has
     * only the pollutants that were primary at least once; a day with tied primary
     * pollutants counts for each of them.
     */
    public AnnualAirQuality evaluate(String stationCode, int year, List<AirQualityDay> days) {
        Map<LocalDate, AirQualityDay> byDate = new TreeMap<>();
        for (AirQualityDay day : days) {
            if (day.day().getYear() != year) {
                continue;
            }
            if (day.stationCode() != null && stationCode != null && !day.stationCode().equals(stationCode)) {
                throw new IllegalArgumentException(
                        "day " + day.day() + " belongs to station " + day.stationCode() + ", not " + stationCode);
            }
            byDate.put(day.day(), day);
        }

        List<DailyAirQuality> evaluated = new ArrayList<>(byDate.size());
        Map<AqiLevel, Integer> perLevel = new EnumMap<>(AqiLevel.class);
        for (AqiLevel level : AqiLevel.values()) {
            perLevel.put(level, 0);
        }
        Map<Pollutant, Integer> primaryDays = new EnumMap<>(Pollutant.class);
        int[] goodPerMonth = new int[12];
        int[] validPerMonth = new int[12];
        int good = 0;
        int valid = 0;
        for (AirQualityDay day : byDate.values()) {
            DailyAirQuality d = index.evaluate(day);
            evaluated.add(d);
            if (!d.valid()) {
                continue;
            }
            int month = d.day().getMonthValue() - 1;
            valid++;
            validPerMonth[month]++;
            if (d.isGood()) {
                good++;
                goodPerMonth[month]++;
            }
            perLevel.merge(d.level(), 1, Integer::sum);
            for (Pollutant p : d.primary()) {
                primaryDays.merge(p, 1, Integer::sum);
            }
        }

        Map<Pollutant, List<BigDecimal>> values = valuesByPollutant(byDate.values());
        BigDecimal rate = valid == 0 ? null
                : BigDecimal.valueOf(good).multiply(HUNDRED).divide(BigDecimal.valueOf(valid), MathContext.DECIMAL64);
        return new AnnualAirQuality(stationCode, year, good, valid, rate, mean(values.get(Pollutant.PM25)),
                mean(values.get(Pollutant.PM10)), mean(values.get(Pollutant.NO2)), mean(values.get(Pollutant.SO2)),
                Hj663Percentile.of(values.get(Pollutant.CO), 95), Hj663Percentile.of(values.get(Pollutant.O3_8H), 90),
                Collections.unmodifiableMap(perLevel), goodPerMonth, validPerMonth,
                Collections.unmodifiableMap(primaryDays), List.copyOf(evaluated));
    }

    /**
     * GB 3095-2012 table 4 (数据统计的有效性规定): an annual mean needs at least 324 daily values
     * in the year and at least 27 in every month (25 in February). Counted on valid AQI
     * days, the count the annual record carries; the report marks annual statistics that
     * fail it as not valid.
     */
    public boolean annualStatisticsValid(AnnualAirQuality year) {
        return year.validDays() >= 324 && monthsShortOfData(year).isEmpty();
    }

    /**
     * The months (1–12) with fewer valid days than GB 3095-2012 table 4 asks, for the
     * report's note.
     */
    public List<Integer> monthsShortOfData(AnnualAirQuality year) {
        List<Integer> shortMonths = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            int needed = m == 1 ? 25 : 27;
            if (year.validDaysPerMonth()[m] < needed) {
                shortMonths.add(m + 1);
            }
        }
        return shortMonths;
    }

    private static Map<Pollutant, List<BigDecimal>> valuesByPollutant(Iterable<AirQualityDay> days) {
        Map<Pollutant, List<BigDecimal>> values = new EnumMap<>(Pollutant.class);
        for (Pollutant p : Pollutant.values()) {
            values.put(p, new ArrayList<>());
        }
        for (AirQualityDay day : days) {
            day.concentrations().forEach((p, c) -> {
                // A negative reading is an error, not a concentration (see
                // AirQualityIndex.missingForAqi).
                if (c.signum() >= 0) {
                    values.get(p).add(c);
                }
            });
        }
        return values;
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64);
    }

}

package yearbook.compile.air;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

import yearbook.compile.air.AqiBreakpoints.Breakpoint;
import yearbook.model.AirQualityDay;
import yearbook.model.AqiLevel;
import yearbook.model.DailyAirQuality;
import yearbook.model.Pollutant;

/** The individual indices (IAQI) and the daily AQI of HJ 633-2012. */
public final class AirQualityIndex {

    /**
     * The pollutants every daily AQI needs, besides an ozone value (HJ 633 §5
     * daily-report items).
     */
    static final List<Pollutant> REQUIRED_24H = List.of(Pollutant.SO2, Pollutant.NO2, Pollutant.PM10, Pollutant.CO,
            Pollutant.PM25);

    /**
     * Above the table the scale ends: HJ 633 §4 defines the AQI on 0–500 (六级 严重污染, >
     * 300).
     */
    static final int TOP_IAQI = 500;

    private static final BigDecimal O3_8H_LIMIT = new BigDecimal("800");

    private final OzoneDailyRule ozoneRule;

    /** The rule of HJ 633 as written: {@link OzoneDailyRule#BOTH_ITEMS}. */
    public AirQualityIndex() {
        this(OzoneDailyRule.BOTH_ITEMS);
    }

    public AirQualityIndex(OzoneDailyRule ozoneRule) {
        this.ozoneRule = Objects.requireNonNull(ozoneRule);
    }

    public OzoneDailyRule ozoneRule() {
        return ozoneRule;
    }

    /**
     * IAQI of one concentration (CO in mg/m³, others µg/m³). Empty for O3 8-hour above
     * 800 µg/m³: HJ 633 table 1 note (3) forbids computing it (the O3 1-hour IAQI stands
     * in). Above the top breakpoint of any other pollutant the IAQI is 500: the table
     * gives no band beyond IAQI 500 and the index scale ends there, so the value is
     * reported at the ceiling of the scale rather than extrapolated.
     * @throws IllegalArgumentException for a negative concentration (a measurement error,
     * not a value)
     */
    public OptionalInt iaqi(Pollutant pollutant, BigDecimal concentration) {
        Objects.requireNonNull(concentration, "concentration");
        if (concentration.signum() < 0) {
            throw new IllegalArgumentException("negative concentration " + concentration + " for " + pollutant);
        }
        if (pollutant == Pollutant.O3_8H && concentration.compareTo(O3_8H_LIMIT) > 0) {
            return OptionalInt.empty();
        }
        List<Breakpoint> rows = AqiBreakpoints.of(pollutant);
        for (int i = 1; i < rows.size(); i++) {
            Breakpoint hi = rows.get(i);
            if (concentration.compareTo(hi.concentration()) <= 0) {
                return OptionalInt.of(interpolate(rows.get(i - 1), hi, concentration));
            }
        }
        return OptionalInt.of(TOP_IAQI);
    }

    /**
     * HJ 633 §4 formula (1), rounded up to an integer (进位取整). IAQI_lo is an integer, so
     * ceil(IAQI_lo + q) = IAQI_lo + ceil(q); BigDecimal.divide with a scale and CEILING
     * rounds the exact quotient, so no intermediate rounding can push a value across an
     * integer.
     */
    private static int interpolate(Breakpoint lo, Breakpoint hi, BigDecimal c) {
        BigDecimal numerator = BigDecimal.valueOf(hi.iaqi() - lo.iaqi()).multiply(c.subtract(lo.concentration()));
        BigDecimal denominator = hi.concentration().subtract(lo.concentration());
        return lo.iaqi() + numerator.divide(denominator, 0, RoundingMode.CEILING).intValueExact();
    }

    /**
     * The pollutants whose absence (or unusable value) keeps this day's AQI from being
     * computed, in enum order; empty for a valid day. A negative value counts as absent.
     * Ozone is reported as O3_8H when no ozone value was given at all, and as O3_1H when
     * the 8-hour value is above 800 without a 1-hour value.
     */
    public List<Pollutant> missingForAqi(AirQualityDay day) {
        Map<Pollutant, Integer> iaqi = individualIndices(day);
        List<Pollutant> missing = new ArrayList<>();
        for (Pollutant p : REQUIRED_24H) {
            if (!iaqi.containsKey(p)) {
                missing.add(p);
            }
        }
        if (!iaqi.containsKey(Pollutant.O3_8H) && !iaqi.containsKey(Pollutant.O3_1H)) {
            missing.add(usable(day, Pollutant.O3_8H) ? Pollutant.O3_1H : Pollutant.O3_8H);
        }
        missing.sort(null);
        return missing;
    }

    /**
     * A day's evaluation. Valid when SO2, NO2, PM10, CO, PM2.5 and an ozone IAQI (8-hour,
     * or 1-hour) are all available; otherwise aqi, level and primary are empty and valid
     * is false, the IAQI that could be computed are still given. An O3 8-hour value above
     * 800 with no 1-hour value therefore makes the day invalid: the standard forbids its
     * IAQI and any AQI we printed would be invented. Primary pollutants (首要污染物, HJ 633
     * §4): only when AQI > 50, every item whose IAQI equals the AQI. aqiMismatch only
     * when both the station's AQI and a computed AQI exist and differ; an invalid day is
     * already reported through valid = false.
     */
    public DailyAirQuality evaluate(AirQualityDay day) {
        Map<Pollutant, Integer> iaqi = individualIndices(day);
        boolean valid = missingForAqi(day).isEmpty();
        Integer aqi = null;
        AqiLevel level = null;
        List<Pollutant> primary = List.of();
        if (valid) {
            Map<Pollutant, Integer> items = aqiItems(iaqi);
            int max = items.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
            aqi = max;
            level = AqiLevel.of(max);
            if (max > 50) {
                primary = items.entrySet().stream().filter(e -> e.getValue() == max).map(Map.Entry::getKey).toList();
            }
        }
        Integer submitted = day.submittedAqi();
        boolean mismatch = submitted != null && aqi != null && !submitted.equals(aqi);
        return new DailyAirQuality(day.stationCode(), day.day(), iaqi, aqi, level, primary, valid, submitted, mismatch);
    }

    /**
     * Every IAQI that can be computed from the day's values (O3 8-hour above 800 and
     * negatives left out).
     */
    private Map<Pollutant, Integer> individualIndices(AirQualityDay day) {
        Map<Pollutant, Integer> iaqi = new EnumMap<>(Pollutant.class);
        for (Pollutant p : Pollutant.values()) {
            if (!usable(day, p)) {
                continue;
            }
            iaqi(p, day.concentrations().get(p)).ifPresent(v -> iaqi.put(p, v));
        }
        return iaqi;
    }

    /**
     * The IAQI that enter the AQI maximum, in enum order (so tied primary pollutants come
     * out ordered).
     */
    private Map<Pollutant, Integer> aqiItems(Map<Pollutant, Integer> iaqi) {
        Map<Pollutant, Integer> items = new EnumMap<>(iaqi);
        if (ozoneRule == OzoneDailyRule.EIGHT_HOUR_FIRST && items.containsKey(Pollutant.O3_8H)) {
            items.remove(Pollutant.O3_1H);
        }
        return items;
    }

    private static boolean usable(AirQualityDay day, Pollutant p) {
        BigDecimal c = day.concentrations().get(p);
        return c != null && c.signum() >= 0;
    }

}

package yearbook.compile.air;

/**
 * Which ozone values enter a daily AQI.
 *
 * <p>
 * HJ 633-2012 §5 lists seven daily-report items: the 24-hour means of SO2, NO2, PM10,
 * PM2.5 and CO, the O3 daily maximum 1-hour mean and the O3 daily maximum 8-hour moving
 * mean; §4 takes the AQI as the maximum IAQI over the items. Read literally, the O3
 * 1-hour IAQI enters the daily AQI whenever it was measured ({@link #BOTH_ITEMS}, the
 * default). Some stations print a daily AQI from the 8-hour value only and use the 1-hour
 * value solely when the 8-hour value exceeds 800 µg/m³ ({@link #EIGHT_HOUR_FIRST});
 * choose that rule if the station's own AQI column follows it, otherwise every day where
 * the 1-hour IAQI dominates shows as an AQI mismatch.
 */
public enum OzoneDailyRule {

    /**
     * O3 1-hour and O3 8-hour IAQI both count (8-hour skipped above 800). HJ 633 as
     * written.
     */
    BOTH_ITEMS,
    /**
     * O3 8-hour IAQI counts; the 1-hour IAQI only when the 8-hour is missing or above
     * 800.
     */
    EIGHT_HOUR_FIRST

}

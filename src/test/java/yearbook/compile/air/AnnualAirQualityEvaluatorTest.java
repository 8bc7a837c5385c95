package yearbook.compile.air;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

import yearbook.model.AirQualityDay;
import yearbook.model.AnnualAirQuality;
import yearbook.model.AqiLevel;
import yearbook.model.CellRef;
import yearbook.model.DailyAirQuality;
import yearbook.model.Pollutant;

/**
 * A small year worked by hand. Columns: SO2, NO2, PM10, CO, O3-8h, PM2.5 → IAQI and AQI.
 * <pre>
 * D1 01-05  10 40  50 1.2  80 35  → 10 50 50 30 40 50          AQI 50  优      primary —
 * D2 01-20   8 30  90 1.6  70 80  →  8 38 70 40 35 107(106.25) AQI 107 轻度    PM2.5
 * D3 02-10   6 25  60 0.8  90 40  →  6 32 55 20 45 57(56.25)   AQI 57  良      PM2.5
 * D4 03-15   5 20  40 0.6 170 20  →  5 25 40 15 110(109.09) 29 AQI 110 轻度    O3-8h
 * D5 03-16   5 20  40 0.7 160 75  →  5 25 40 18 100 100        AQI 100 良      O3-8h and PM2.5 (tie)
 * D6 06-01   4 15  30 0.5 130 15  →  4 19 30 13 75 22          AQI 75  良      O3-8h
 * D7 06-02   4 15  30  —  140 15  →  CO missing: invalid
 * D8 07-10   4 12  25 0.4 200 10  →  sent first, then corrected to O3-8h 120: the later entry wins
 * D8'07-10   4 12  25 0.4 120 10  →  4 15 25 10 67(66.67) 15   AQI 67  良      O3-8h
 * D9 12-30  12 50 120 2.0  40 60  → 12 63 85 50 20 82(81.25)   AQI 85  良      PM10
 * D10 2023-01-01 (another year: ignored)
 * </pre> Valid 8 (D7 out), good 6 (D1 D3 D5 D6 D8 D9): rate 6/8×100 = 75. Means over the
 * 9 days of 2022 that have the value (D7 included, the first D8 not): PM2.5
 * (35+80+40+20+75+15+15+10+60)/9 = 350/9; PM10 485/9; NO2 227/9; SO2 58/9. CO P95 over 8
 * values 0.4 0.5 0.6 0.7 0.8 1.2 1.6 2.0: k = 1 + 7×0.95 = 7.65, s = 7, 1.6 + (2.0 −
 * 1.6)×0.65 = 1.86. O3-8h P90 over 9 values 40 70 80 90 120 130 140 160 170: k = 1 +
 * 8×0.9 = 8.2, s = 8, 160 + (170 − 160)×0.2 = 162.
 */
class AnnualAirQualityEvaluatorTest {

    private final AnnualAirQualityEvaluator evaluator = new AnnualAirQualityEvaluator();

    private static List<AirQualityDay> smallYear() {
        // Deliberately out of date order: the evaluation must come back sorted.
        return List.of(Days.of("2022-12-30", "12", "50", "120", "2.0", "40", "60").day(),
                Days.of("2022-01-20", "8", "30", "90", "1.6", "70", "80").day(),
                Days.of("2022-01-05", "10", "40", "50", "1.2", "80", "35").day(),
                Days.of("2022-07-10", "4", "12", "25", "0.4", "200", "10").day(),
                Days.of("2023-01-01", "80", "200", "400", "9", "300", "300").day(),
                Days.of("2022-02-10", "6", "25", "60", "0.8", "90", "40").day(),
                Days.of("2022-03-15", "5", "20", "40", "0.6", "170", "20").day(),
                Days.of("2022-03-16", "5", "20", "40", "0.7", "160", "75").day(),
                Days.of("2022-06-01", "4", "15", "30", "0.5", "130", "15").day(),
                Days.of("2022-06-02", "4", "15", "30", null, "140", "15").day(),
                Days.of("2022-07-10", "4", "12", "25", "0.4", "120", "10").day());
    }

    @Test
    void smallYearByHand() {
        AnnualAirQuality y = evaluator.evaluate(Days.STATION, 2022, smallYear());

        assertThat(y.stationCode()).isEqualTo(Days.STATION);
        assertThat(y.year()).isEqualTo(2022);
        assertThat(y.validDays()).isEqualTo(8);
        assertThat(y.goodDays()).isEqualTo(6);
        assertThat(y.goodDayRate()).isEqualByComparingTo("75");

        assertThat(y.pm25Mean()).isEqualByComparingTo("38.88888888888889"); // 350/9
        assertThat(y.pm10Mean()).isEqualByComparingTo("53.88888888888889"); // 485/9
        assertThat(y.no2Mean()).isEqualByComparingTo("25.22222222222222"); // 227/9
        assertThat(y.so2Mean()).isEqualByComparingTo("6.444444444444444"); // 58/9
        assertThat(y.coP95()).isEqualByComparingTo("1.86");
        assertThat(y.o3P90()).isEqualByComparingTo("162");

        assertThat(y.daysPerLevel()).containsExactlyInAnyOrderEntriesOf(Map.of(AqiLevel.EXCELLENT, 1, AqiLevel.GOOD, 5,
                AqiLevel.LIGHT, 2, AqiLevel.MODERATE, 0, AqiLevel.HEAVY, 0, AqiLevel.SEVERE, 0));
        assertThat(y.goodDaysPerMonth()).containsExactly(1, 1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 1);
        assertThat(y.validDaysPerMonth()).containsExactly(2, 1, 2, 0, 0, 1, 1, 0, 0, 0, 0, 1);
        assertThat(y.primaryDays())
            .containsExactlyInAnyOrderEntriesOf(Map.of(Pollutant.PM25, 3, Pollutant.O3_8H, 4, Pollutant.PM10, 1));

        assertThat(y.days()).extracting(DailyAirQuality::day)
            .containsExactly(date("2022-01-05"), date("2022-01-20"), date("2022-02-10"), date("2022-03-15"),
                    date("2022-03-16"), date("2022-06-01"), date("2022-06-02"), date("2022-07-10"), date("2022-12-30"));
        assertThat(y.days()).extracting(DailyAirQuality::aqi).containsExactly(50, 107, 57, 110, 100, 75, null, 67, 85);
        assertThat(y.days().get(4).primary()).containsExactly(Pollutant.O3_8H, Pollutant.PM25);
    }

    @Test
    void emptyYearHasNoRateNoMeansNoPercentiles() {
        AnnualAirQuality y = evaluator.evaluate(Days.STATION, 2022, List.of(Days.clean("2021-12-31").day()));
        assertThat(y.validDays()).isZero();
        assertThat(y.goodDays()).isZero();
        assertThat(y.goodDayRate()).isNull();
        assertThat(y.pm25Mean()).isNull();
        assertThat(y.coP95()).isNull();
        assertThat(y.o3P90()).isNull();
        assertThat(y.days()).isEmpty();
        assertThat(y.daysPerLevel().values()).containsOnly(0);
        assertThat(y.primaryDays()).isEmpty();
    }

    @Test
    void rateIsNotRoundedBeforePublication() {
        // 2 good of 3 valid: 66.66666666666667 (DECIMAL64), rounding is the publisher's
        // job.
        AnnualAirQuality y = evaluator.evaluate(Days.STATION, 2022, List.of(Days.clean("2022-01-01").day(),
                Days.clean("2022-01-02").day(), Days.clean("2022-01-03").with(Pollutant.PM25, "80").day()));
        assertThat(y.goodDayRate()).isEqualByComparingTo("66.66666666666667");
    }

    @Test
    void anotherStationsDayIsRejected() {
        var other = new AirQualityDay("其他站", LocalDate.parse("2022-01-01"),
                Days.clean("2022-01-01").day().concentrations(), null, CellRef.NONE);
        assertThatThrownBy(() -> evaluator.evaluate(Days.STATION, 2022, List.of(other)))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fullYearMeetsGb3095Validity() {
        AnnualAirQuality y = evaluator.evaluate(Days.STATION, 2022, cleanDays(2022, month -> 31));
        assertThat(y.validDays()).isEqualTo(365);
        assertThat(evaluator.annualStatisticsValid(y)).isTrue();
        assertThat(evaluator.monthsShortOfData(y)).isEmpty();
    }

    @Test
    void minimumPerMonthButFewerThan324DaysIsNotValid() {
        // 27 days in every month, 25 in February: 11×27 + 25 = 322 < 324.
        AnnualAirQuality y = evaluator.evaluate(Days.STATION, 2022, cleanDays(2022, m -> m == 2 ? 25 : 27));
        assertThat(y.validDays()).isEqualTo(322);
        assertThat(evaluator.monthsShortOfData(y)).isEmpty();
        assertThat(evaluator.annualStatisticsValid(y)).isFalse();

        // Two more days in March: 324, every month at its minimum or above → valid.
        AnnualAirQuality y2 = evaluator.evaluate(Days.STATION, 2022,
                cleanDays(2022, m -> m == 2 ? 25 : m == 3 ? 29 : 27));
        assertThat(y2.validDays()).isEqualTo(324);
        assertThat(evaluator.annualStatisticsValid(y2)).isTrue();
    }

    @Test
    void aShortMonthSpoilsAnOtherwiseLongYear() {
        // 24 days in February (needs 25), 26 in June (needs 27), full elsewhere: 357
        // days, well above 324.
        AnnualAirQuality y = evaluator.evaluate(Days.STATION, 2022,
                cleanDays(2022, m -> m == 2 ? 24 : m == 6 ? 26 : 31));
        assertThat(y.validDays()).isGreaterThanOrEqualTo(324);
        assertThat(evaluator.monthsShortOfData(y)).containsExactly(2, 6);
        assertThat(evaluator.annualStatisticsValid(y)).isFalse();
    }

    @Test
    void invalidDaysDoNotCountTowardsValidity() {
        // A full year, but in April 5 days lack PM10: 25 valid days < 27.
        List<AirQualityDay> days = new ArrayList<>(cleanDays(2022, m -> 31));
        for (int d = 1; d <= 5; d++) {
            days.add(Days.clean(LocalDate.of(2022, 4, d).toString()).without(Pollutant.PM10).day());
        }
        AnnualAirQuality y = evaluator.evaluate(Days.STATION, 2022, days);
        assertThat(y.validDaysPerMonth()[3]).isEqualTo(25);
        assertThat(evaluator.monthsShortOfData(y)).containsExactly(4);
        assertThat(evaluator.annualStatisticsValid(y)).isFalse();
    }

    /**
     * Clean days from the 1st of every month, as many as {@code perMonth} asks (capped at
     * the month's length).
     */
    private static List<AirQualityDay> cleanDays(int year, IntUnaryOperator perMonth) {
        List<AirQualityDay> days = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            int length = LocalDate.of(year, m, 1).lengthOfMonth();
            for (int d = 1; d <= Math.min(length, perMonth.applyAsInt(m)); d++) {
                days.add(Days.clean(LocalDate.of(year, m, d).toString()).day());
            }
        }
        return days;
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

}

package yearbook.compile.air;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import yearbook.model.AqiLevel;
import yearbook.model.DailyAirQuality;
import yearbook.model.Pollutant;

/** A day's AQI, level, primary pollutants, validity and AQI cross-check (HJ 633-2012). */
class DailyAirQualityTest {

    private final AirQualityIndex index = new AirQualityIndex();

    @Test
    void cleanDayIsExcellentWithoutPrimaryPollutant() {
        DailyAirQuality d = index.evaluate(Days.clean("2022-05-01").day());
        assertThat(d.valid()).isTrue();
        assertThat(d.iaqi()).containsEntry(Pollutant.SO2, 5)
            .containsEntry(Pollutant.NO2, 25)
            .containsEntry(Pollutant.PM10, 20)
            .containsEntry(Pollutant.CO, 13)
            .containsEntry(Pollutant.O3_8H, 30)
            .containsEntry(Pollutant.PM25, 15);
        assertThat(d.aqi()).isEqualTo(30);
        assertThat(d.level()).isEqualTo(AqiLevel.EXCELLENT);
        assertThat(d.primary()).isEmpty();
        assertThat(d.isGood()).isTrue();
    }

    /** PM2.5 drives the AQI across every level boundary; all other IAQI stay ≤ 30. */
    @ParameterizedTest(name = "PM2.5 {0} -> AQI {1} {2}")
    @CsvSource({ "35,50,EXCELLENT", "35.1,51,GOOD", "75,100,GOOD", "75.1,101,LIGHT", "115,150,LIGHT",
            "115.1,151,MODERATE", "150,200,MODERATE", "150.1,201,HEAVY", "250,300,HEAVY", "250.1,301,SEVERE", })
    void levelBoundaries(String pm25, int aqi, AqiLevel level) {
        DailyAirQuality d = index.evaluate(Days.clean("2022-05-01").with(Pollutant.PM25, pm25).day());
        assertThat(d.aqi()).isEqualTo(aqi);
        assertThat(d.level()).isEqualTo(level);
        assertThat(d.isGood()).isEqualTo(aqi <= 100);
        if (aqi > 50) {
            assertThat(d.primary()).containsExactly(Pollutant.PM25);
        }
        else {
            assertThat(d.primary()).isEmpty();
        }
    }

    @Test
    void aqiOf50HasNoPrimaryEvenWhenSeveralReach50() {
        // PM2.5 35 → 50, PM10 50 → 50, NO2 40 → 50: AQI 50, and HJ 633 names no primary
        // pollutant at ≤ 50.
        DailyAirQuality d = index.evaluate(Days.clean("2022-05-01")
            .with(Pollutant.PM25, "35")
            .with(Pollutant.PM10, "50")
            .with(Pollutant.NO2, "40")
            .day());
        assertThat(d.aqi()).isEqualTo(50);
        assertThat(d.primary()).isEmpty();
    }

    @Test
    void tiedPollutantsAreAllPrimary() {
        // PM2.5 75 → 100, PM10 150 → 100, O3-8h 160 → 100, CO 3 → 75.
        DailyAirQuality d = index.evaluate(Days.clean("2022-05-01")
            .with(Pollutant.PM25, "75")
            .with(Pollutant.PM10, "150")
            .with(Pollutant.O3_8H, "160")
            .with(Pollutant.CO, "3")
            .day());
        assertThat(d.aqi()).isEqualTo(100);
        assertThat(d.primary()).containsExactly(Pollutant.PM10, Pollutant.O3_8H, Pollutant.PM25);
    }

    @Test
    void ozoneEightHourAbove800UsesTheOneHourIaqi() {
        // O3-8h 850: not computed (HJ 633 table 1 note 3); O3-1h 900 → 300 + 100×100/200
        // = 350.
        DailyAirQuality d = index
            .evaluate(Days.clean("2022-07-01").with(Pollutant.O3_8H, "850").with(Pollutant.O3_1H, "900").day());
        assertThat(d.valid()).isTrue();
        assertThat(d.iaqi()).doesNotContainKey(Pollutant.O3_8H).containsEntry(Pollutant.O3_1H, 350);
        assertThat(d.aqi()).isEqualTo(350);
        assertThat(d.level()).isEqualTo(AqiLevel.SEVERE);
        assertThat(d.primary()).containsExactly(Pollutant.O3_1H);
    }

    @Test
    void ozoneEightHourAbove800Without1HourIsInvalid() {
        var day = Days.clean("2022-07-01").with(Pollutant.O3_8H, "850").day();
        DailyAirQuality d = index.evaluate(day);
        assertThat(d.valid()).isFalse();
        assertThat(d.aqi()).isNull();
        assertThat(d.level()).isNull();
        assertThat(d.primary()).isEmpty();
        assertThat(d.isGood()).isFalse();
        assertThat(d.iaqi()).containsEntry(Pollutant.PM25, 15).doesNotContainKey(Pollutant.O3_8H);
        assertThat(index.missingForAqi(day)).containsExactly(Pollutant.O3_1H);
    }

    @Test
    void oneHourOzoneAloneIsEnough() {
        // No 8-hour value: O3-1h 250 → 125 carries the ozone item.
        DailyAirQuality d = index
            .evaluate(Days.clean("2022-07-01").without(Pollutant.O3_8H).with(Pollutant.O3_1H, "250").day());
        assertThat(d.valid()).isTrue();
        assertThat(d.aqi()).isEqualTo(125);
        assertThat(d.primary()).containsExactly(Pollutant.O3_1H);
    }

    @Test
    void bothOzoneItemsCountPerHj633AsWritten() {
        // O3-8h 150 → 50 + 50×50/60 = 91.67 → 92; O3-1h 230 → 100 + 50×30/100 = 115.
        var day = Days.clean("2022-07-01").with(Pollutant.O3_8H, "150").with(Pollutant.O3_1H, "230").day();
        DailyAirQuality standard = index.evaluate(day);
        assertThat(standard.aqi()).isEqualTo(115);
        assertThat(standard.primary()).containsExactly(Pollutant.O3_1H);
        assertThat(standard.isGood()).isFalse();

        DailyAirQuality eightHourFirst = new AirQualityIndex(OzoneDailyRule.EIGHT_HOUR_FIRST).evaluate(day);
        assertThat(eightHourFirst.aqi()).isEqualTo(92);
        assertThat(eightHourFirst.primary()).containsExactly(Pollutant.O3_8H);
        assertThat(eightHourFirst.iaqi()).containsEntry(Pollutant.O3_1H, 115);
    }

    @Test
    void eightHourFirstFallsBackToOneHourAbove800() {
        var day = Days.clean("2022-07-01").with(Pollutant.O3_8H, "850").with(Pollutant.O3_1H, "900").day();
        assertThat(new AirQualityIndex(OzoneDailyRule.EIGHT_HOUR_FIRST).evaluate(day).aqi()).isEqualTo(350);
    }

    @ParameterizedTest(name = "without {0}")
    @EnumSource(value = Pollutant.class, names = { "SO2", "NO2", "PM10", "CO", "PM25", "O3_8H" })
    void missingPollutantMakesTheDayInvalid(Pollutant missing) {
        var day = Days.clean("2022-05-01").without(missing).submitted(30).day();
        DailyAirQuality d = index.evaluate(day);
        assertThat(d.valid()).isFalse();
        assertThat(d.aqi()).isNull();
        assertThat(d.level()).isNull();
        assertThat(d.primary()).isEmpty();
        assertThat(d.aqiMismatch()).as("an invalid day is reported as invalid, not as a mismatch").isFalse();
        assertThat(index.missingForAqi(day)).containsExactly(missing);
    }

    @Test
    void negativeValueCountsAsMissing() {
        var day = Days.clean("2022-05-01").with(Pollutant.NO2, "-3").day();
        assertThat(index.evaluate(day).valid()).isFalse();
        assertThat(index.missingForAqi(day)).containsExactly(Pollutant.NO2);
    }

    @Test
    void severalMissingAreAllListed() {
        var day = Days.on("2022-05-01").with(Pollutant.PM25, "40").day();
        assertThat(index.missingForAqi(day)).containsExactly(Pollutant.SO2, Pollutant.NO2, Pollutant.PM10, Pollutant.CO,
                Pollutant.O3_8H);
    }

    @ParameterizedTest(name = "submitted {0} vs computed 51 -> mismatch {1}")
    @CsvSource(value = { "50,true", "51,false", "52,true", "NULL,false" }, nullValues = "NULL")
    void submittedAqiIsCrossChecked(Integer submitted, boolean mismatch) {
        // PM2.5 35.1 → 51.
        DailyAirQuality d = index
            .evaluate(Days.clean("2022-05-01").with(Pollutant.PM25, "35.1").submitted(submitted).day());
        assertThat(d.aqi()).isEqualTo(51);
        assertThat(d.submittedAqi()).isEqualTo(submitted);
        assertThat(d.aqiMismatch()).isEqualTo(mismatch);
    }

}

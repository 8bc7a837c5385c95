package yearbook.compile.air;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import yearbook.model.Pollutant;

/**
 * IAQI of single concentrations; every expectation below is worked out by hand from HJ
 * 633 table 1.
 */
class AirQualityIndexTest {

    private final AirQualityIndex index = new AirQualityIndex();

    private int iaqi(Pollutant p, String c) {
        return index.iaqi(p, new BigDecimal(c)).orElseThrow();
    }

    /**
     * Every row of HJ 633 table 1 (typed here from the standard, not read back from
     * AqiBreakpoints).
     */
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({ "SO2,0,0", "SO2,50,50", "SO2,150,100", "SO2,475,150", "SO2,800,200", "SO2,1600,300", "SO2,2100,400",
            "SO2,2620,500", "NO2,0,0", "NO2,40,50", "NO2,80,100", "NO2,180,150", "NO2,280,200", "NO2,565,300",
            "NO2,750,400", "NO2,940,500", "PM10,0,0", "PM10,50,50", "PM10,150,100", "PM10,250,150", "PM10,350,200",
            "PM10,420,300", "PM10,500,400", "PM10,600,500", "CO,0,0", "CO,2,50", "CO,4,100", "CO,14,150", "CO,24,200",
            "CO,36,300", "CO,48,400", "CO,60,500", "O3_1H,0,0", "O3_1H,160,50", "O3_1H,200,100", "O3_1H,300,150",
            "O3_1H,400,200", "O3_1H,800,300", "O3_1H,1000,400", "O3_1H,1200,500", "O3_8H,0,0", "O3_8H,100,50",
            "O3_8H,160,100", "O3_8H,215,150", "O3_8H,265,200", "O3_8H,800,300", "PM25,0,0", "PM25,35,50", "PM25,75,100",
            "PM25,115,150", "PM25,150,200", "PM25,250,300", "PM25,350,400", "PM25,500,500", })
    void exactBreakpointGivesTheRowIaqi(Pollutant p, String c, int expected) {
        assertThat(iaqi(p, c)).isEqualTo(expected);
    }

    /**
     * A hair above a breakpoint rounds up into the next integer (进位取整), never back to the
     * row's IAQI.
     */
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({ "PM25,35.1,51", // 50 + 50×0.1/40 = 50.125
            "PM25,75.1,101", // 100 + 50×0.1/40 = 100.125
            "PM25,115.1,151", // 150 + 50×0.1/35 = 150.14
            "PM25,0.1,1", // 50×0.1/35 = 0.14
            "SO2,50.1,51", // 50 + 50×0.1/100 = 50.05
            "NO2,40.1,51", // 50 + 50×0.1/40 = 50.125
            "PM10,150.1,101", // 100 + 50×0.1/100 = 100.05
            "CO,2.01,51", // 50 + 50×0.01/2 = 50.25
            "CO,24.001,201", // 200 + 100×0.001/12 = 200.008
            "O3_1H,160.1,51", // 50 + 50×0.1/40 = 50.125
            "O3_8H,100.1,51", // 50 + 50×0.1/60 = 50.083
            "O3_8H,265.01,201", // 200 + 100×0.01/535 = 200.0019
    })
    void justAboveABreakpointRoundsUp(Pollutant p, String c, int expected) {
        assertThat(iaqi(p, c)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({ "PM25,55,75", // 50 + 50×20/40 = 75 exactly
            "PM25,100,132", // 100 + 50×25/40 = 131.25
            "PM10,75,63", // 50 + 50×25/100 = 62.5
            "SO2,200,108", // 100 + 50×50/325 = 107.69
            // 100 + 50×6.5/325 = 101 exactly: exact arithmetic must not give 102
            "SO2,156.5,101", "NO2,30,38", // 50×30/40 = 37.5
            "NO2,60,75", // 50 + 50×20/40 = 75
            "NO2,308.5,210", // 200 + 100×28.5/285 = 210 exactly
            "CO,0.9,23", // 50×0.9/2 = 22.5
            "CO,5,105", // 100 + 50×1/10 = 105
            "O3_8H,180,119", // 100 + 50×20/55 = 118.18
            "O3_8H,500,244", // 200 + 100×235/535 = 243.93
            "O3_1H,250,125", // 100 + 50×50/100 = 125
            "O3_1H,900,350", // 300 + 100×100/200 = 350
    })
    void midBandByHand(Pollutant p, String c, int expected) {
        assertThat(iaqi(p, c)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} -> 500")
    @CsvSource({ "SO2,2620.1", "NO2,1000", "PM10,601", "CO,60.5", "O3_1H,1300", "PM25,500.1", "PM25,999" })
    void aboveTheTopIs500(Pollutant p, String c) {
        assertThat(iaqi(p, c)).isEqualTo(500);
    }

    @Test
    void ozoneEightHourAbove800IsNotComputed() {
        assertThat(index.iaqi(Pollutant.O3_8H, new BigDecimal("800"))).hasValue(300);
        assertThat(index.iaqi(Pollutant.O3_8H, new BigDecimal("800.1"))).isEmpty();
        assertThat(index.iaqi(Pollutant.O3_8H, new BigDecimal("1500"))).isEmpty();
    }

    @Test
    void negativeConcentrationIsRejected() {
        assertThatThrownBy(() -> index.iaqi(Pollutant.PM25, new BigDecimal("-1")))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tableHasTheHj633Tops() {
        assertThat(AqiBreakpoints.top(Pollutant.O3_8H)).isEqualByComparingTo("800");
        assertThat(AqiBreakpoints.top(Pollutant.SO2)).isEqualByComparingTo("2620");
        assertThat(AqiBreakpoints.of(Pollutant.CO)).hasSize(8);
    }

}

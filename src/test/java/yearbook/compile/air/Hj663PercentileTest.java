package yearbook.compile.air;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class Hj663PercentileTest {

    private static List<BigDecimal> values(String csv) {
        return Arrays.stream(csv.split(" ")).map(BigDecimal::new).toList();
    }

    @ParameterizedTest(name = "P{1} of [{0}] = {2}")
    @CsvSource({ "7, 95, 7", // n = 1: k = 1, the single value
            "1 3, 50, 2", // k = 1.5: 1 + (3 − 1) × 0.5
            "1 3, 0, 1", // k = 1: the minimum
            "1 3, 100, 3", // k = n: the maximum
            // k = 1 + 7×0.95 = 7.65; 1.6 + (2.0 − 1.6)×0.65
            "2.0 0.4 1.6 0.5 0.8 0.6 1.2 0.7, 95, 1.86",
            // k = 1 + 8×0.9 = 8.2; 160 + (170 − 160)×0.2
            "170 40 160 70 130 80 140 90 120, 90, 162",
            // k = 1 + 10×0.9 = 10 exactly: X(10)
            "10 20 30 40 50 60 70 80 90 100 110, 90, 100", })
    void hj663Method(String csv, int p, String expected) {
        assertThat(Hj663Percentile.of(values(csv), p)).isEqualByComparingTo(expected);
    }

    @Test
    void noValuesNoPercentile() {
        assertThat(Hj663Percentile.of(List.of(), 90)).isNull();
    }

}

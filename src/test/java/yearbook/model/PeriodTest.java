package yearbook.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({ "2022, 2022年, 1, 12", "2022Q3, 2022年第3季度, 7, 9", "2022-02, 2022年2月, 2, 2" })
    void codesLabelsAndMonths(String code, String label, int start, int end) {
        Period p = Period.parseCode(code);
        assertThat(p.code()).isEqualTo(code);
        assertThat(p.label()).isEqualTo(label);
        assertThat(p.startMonth()).isEqualTo(start);
        assertThat(p.endMonth()).isEqualTo(end);
    }

    @ParameterizedTest
    @CsvSource({ "2022Q1, 2022Q2", "2022-03, 2022Q2", "2022Q4, 2022-12", "2021, 2022-01" })
    void ordersByEndOfPeriod(String earlier, String later) {
        assertThat(Period.parseCode(earlier)).isLessThan(Period.parseCode(later));
    }

}

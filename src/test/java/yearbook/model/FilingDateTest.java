package yearbook.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When a 填报日期 can decide which version of a report stands. */
class FilingDateTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void aDateAfterThePeriodAndNotLaterThanTodayIsTrusted() {
        assertThat(FilingDate.doubt(LocalDate.of(2023, 1, 6), Period.year(2022), TODAY)).isEmpty();
        assertThat(FilingDate.doubt(LocalDate.of(2023, 12, 31), Period.year(2022), TODAY)).isEmpty();
        assertThat(FilingDate.doubt(TODAY, Period.year(2026), TODAY)).isEmpty();
        assertThat(FilingDate.doubt(null, Period.year(2022), TODAY)).isEmpty();
    }

    @Test
    void aDateLaterThanTodayOrAYearAfterThePeriodIsNot() {
        assertThat(FilingDate.doubt(LocalDate.of(2033, 1, 6), Period.year(2022), TODAY)).contains("晚于今天(2026-11-30)");
        assertThat(FilingDate.doubt(LocalDate.of(9999, 12, 31), Period.year(2022), TODAY)).isPresent();
        assertThat(FilingDate.doubt(LocalDate.of(2024, 1, 1), Period.year(2022), TODAY))
            .contains("比报告期结束(2022-12-31)晚一年以上");
        assertThat(FilingDate.doubt(LocalDate.of(2023, 4, 1), Period.quarter(2022, 1), TODAY))
            .contains("比报告期结束(2022-03-31)晚一年以上");
    }

}

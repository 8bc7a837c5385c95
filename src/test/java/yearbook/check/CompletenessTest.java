package yearbook.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import yearbook.model.Period;

class CompletenessTest {

    @Test
    void anAnnualReportCoversTheYear() {
        assertThat(Completeness.missing(2022, List.of(Period.year(2022)))).isEmpty();
    }

    @Test
    void nothingReportedOwesTheYear() {
        assertThat(Completeness.missing(2022, List.of())).containsExactly(Period.year(2022));
        assertThat(Completeness.missing(2022, List.of(Period.year(2021)))).containsExactly(Period.year(2022));
    }

    @Test
    void quarterlyReportersOweTheirMissingQuarters() {
        assertThat(Completeness.missing(2022,
                List.of(Period.quarter(2022, 1), Period.quarter(2022, 2), Period.quarter(2022, 4))))
            .containsExactly(Period.quarter(2022, 3));
    }

    @Test
    void monthlyReportersOweTheirMissingMonths() {
        List<Period> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            if (m != 5 && m != 9) {
                months.add(Period.month(2022, m));
            }
        }
        assertThat(Completeness.missing(2022, months)).containsExactly(Period.month(2022, 5), Period.month(2022, 9));
        assertThat(Completeness.labels(Completeness.missing(2022, months))).containsExactly("2022年5月", "2022年9月");
    }

    @Test
    void monthsAndQuartersMayMix() {
        assertThat(Completeness.missing(2022, List.of(Period.quarter(2022, 1), Period.month(2022, 4),
                Period.month(2022, 5), Period.month(2022, 6), Period.quarter(2022, 3), Period.quarter(2022, 4))))
            .isEmpty();
    }

    @Test
    void aYearToDateOwesOnlyThePeriodsEndedByThen() {
        // 累计 through June: Q1 and Q2 are due, Q3 not yet; an annual report is not due
        // before December.
        assertThat(Completeness.missing(2023, List.of(Period.quarter(2023, 1), Period.quarter(2023, 2)), 6)).isEmpty();
        assertThat(Completeness.missing(2023, List.of(Period.quarter(2023, 1)), 6))
            .containsExactly(Period.quarter(2023, 2));
        assertThat(Completeness.missing(2023, List.of(), 6)).containsExactly(Period.quarter(2023, 1),
                Period.quarter(2023, 2));
        assertThat(Completeness.missing(2023, List.of(Period.month(2023, 1), Period.month(2023, 2)), 4))
            .containsExactly(Period.month(2023, 3), Period.month(2023, 4));
        assertThat(Completeness.missing(2023, List.of(Period.quarter(2023, 1), Period.quarter(2023, 2)), 12))
            .containsExactly(Period.quarter(2023, 3), Period.quarter(2023, 4));
    }

}

package yearbook.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Whether a 填报日期 can decide which version of a report stands. A report is filed after its
 * period, within months: a date later than the day of the run (2033, 9999: a typo) or
 * more than a year after the period's end would otherwise win over every real correction
 * filed later.
 */
public final class FilingDate {

    private FilingDate() {
    }

    /** The last day of the period. */
    public static LocalDate periodEnd(Period p) {
        return YearMonth.of(p.year(), p.endMonth()).atEndOfMonth();
    }

    /** Why the date cannot be trusted (a Chinese clause), or empty when it can. */
    public static Optional<String> doubt(LocalDate filedOn, Period period, LocalDate today) {
        if (filedOn == null) {
            return Optional.empty();
        }
        if (filedOn.isAfter(today)) {
            return Optional.of("晚于今天(" + today + ")");
        }
        if (period != null && filedOn.isAfter(periodEnd(period).plusYears(1))) {
            return Optional.of("比报告期结束(" + periodEnd(period) + ")晚一年以上");
        }
        return Optional.empty();
    }

}

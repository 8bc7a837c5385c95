package yearbook.publish;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The year among its predecessors: each key indicator over the last five years in the
 * database, per unit, and for flows reported monthly the 1–N月累计 against last year's same
 * months with 累计增速.
 */
public record Trends(List<YearSeries> years, List<Cumulative> cumulative) {

    public static final Trends NONE = new Trends(List.of(), List.of());

    public Trends {
        years = List.copyOf(years);
        cumulative = List.copyOf(cumulative);
    }

    /**
     * A unit's indicator over the years, oldest first. since: the first year of the
     * unit's present area (created or redrawn then); points before it belong to another
     * area and are never joined to it.
     */
    public record YearSeries(String unitCode, String indicatorCode, List<YearPoint> points, int since) {
        public YearSeries {
            points = List.copyOf(points);
        }

        /** Years of the present area with a figure. */
        public List<YearPoint> comparable() {
            return points.stream().filter(p -> p.year() >= since && p.value() != null).toList();
        }
    }

    /**
     * A year's figure; throughMonth below 12 for a year to date (1-M月). value null: no
     * figure.
     */
    public record YearPoint(int year, int throughMonth, BigDecimal value) {
    }

    /** 1–N月累计 of a monthly flow of the sub-district. */
    public record Cumulative(String indicatorCode, List<MonthPoint> months) {
        public Cumulative {
            months = List.copyOf(months);
        }
    }

    /**
     * Through month N: this year's cumulative, last year's (null: unknown) and 累计增速 in %
     * (null: —).
     */
    public record MonthPoint(int month, BigDecimal cumulative, BigDecimal priorCumulative, BigDecimal growth) {
    }

    public Optional<YearSeries> series(String unitCode, String indicatorCode) {
        return years.stream()
            .filter(s -> s.unitCode().equals(unitCode) && s.indicatorCode().equals(indicatorCode))
            .findFirst();
    }

    public Optional<Cumulative> cumulativeOf(String indicatorCode) {
        return cumulative.stream().filter(c -> c.indicatorCode().equals(indicatorCode)).findFirst();
    }
}

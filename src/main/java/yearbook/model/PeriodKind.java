package yearbook.model;

/** How long a report period is. */
public enum PeriodKind {

    YEAR, QUARTER, MONTH

}

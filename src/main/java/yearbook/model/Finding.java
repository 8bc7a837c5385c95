package yearbook.model;

/**
 * Something a reviewer would tell the submitter: which rule, where, the value seen, what
 * is wrong (message) and what to do (advice), both in plain Chinese for a community
 * clerk.
 */
public record Finding(Severity severity, String rule, CellRef where, String valueSeen, String message, String advice) {
    public static Finding error(String rule, CellRef where, String valueSeen, String message, String advice) {
        return new Finding(Severity.ERROR, rule, where, valueSeen, message, advice);
    }

    public static Finding warning(String rule, CellRef where, String valueSeen, String message, String advice) {
        return new Finding(Severity.WARNING, rule, where, valueSeen, message, advice);
    }

    public static Finding info(String rule, CellRef where, String valueSeen, String message, String advice) {
        return new Finding(Severity.INFO, rule, where, valueSeen, message, advice);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}

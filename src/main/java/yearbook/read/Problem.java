package yearbook.read;

import yearbook.model.CellRef;
import yearbook.model.Finding;
import yearbook.model.Severity;

/**
 * Every problem the reader can report, with its severity. The rule name, the message
 * (what is wrong) and the advice (what to do) live in messages/reader_zh.properties under
 * the constant's name.
 */
enum Problem {

    // not a submission
    LOCK_FILE(Severity.ERROR), WRONG_FILE_TYPE(Severity.ERROR), EMPTY_FILE(Severity.ERROR),
    FILE_TOO_LARGE(Severity.ERROR), ZIP_BOMB(Severity.ERROR), XML_DECLARATION_REFUSED(Severity.ERROR),
    PASSWORD_PROTECTED(Severity.ERROR), NOT_A_WORKBOOK(Severity.ERROR), UNREADABLE_FILE(Severity.ERROR),
    NO_DATA_SHEET(Severity.ERROR), TOO_MANY_SHEETS(Severity.ERROR), SHEET_TOO_MANY_ROWS(Severity.ERROR),
    CELL_TEXT_TOO_LONG(Severity.ERROR), READ_TIME_EXCEEDED(Severity.ERROR), READ_BUDGET_EXCEEDED(Severity.ERROR),
    PART_TOO_LARGE(Severity.ERROR), OUT_OF_MEMORY(Severity.ERROR), SHEET_TOO_MANY_CELLS(Severity.ERROR),
    CORRUPT_CELL(Severity.ERROR), LINK_NOT_FOLLOWED(Severity.ERROR), FINDINGS_OMITTED(Severity.INFO),
    // metadata
    UNIT_MISSING(Severity.ERROR), UNIT_UNKNOWN(Severity.ERROR), UNIT_NOT_A_REPORTER(Severity.ERROR),
    UNIT_NOT_IN_YEAR(Severity.ERROR), PERIOD_NOT_IN_YEAR(Severity.ERROR), DAYS_NOT_IN_YEAR(Severity.ERROR),
    PERIOD_MISSING(Severity.ERROR), PERIOD_UNREADABLE(Severity.ERROR), PERIOD_AMBIGUOUS(Severity.ERROR),
    FILED_ON_UNREADABLE(Severity.WARNING), FILED_ON_IMPLAUSIBLE(Severity.WARNING),
    // rows
    INDICATOR_UNKNOWN(Severity.ERROR), CODE_NAME_MISMATCH(Severity.ERROR), INDICATOR_NOT_REPORTED(Severity.ERROR),
    INDICATOR_WRONG_SOURCE(Severity.ERROR), INDICATOR_DUPLICATE(Severity.ERROR),
    // values
    VALUE_ERROR_CELL(Severity.ERROR), VALUE_NOT_A_NUMBER(Severity.ERROR), VALUE_IS_DATE(Severity.ERROR),
    VALUE_APPROXIMATE(Severity.WARNING), MEASURE_UNIT_CONVERTED(Severity.INFO),
    MEASURE_UNIT_NOT_CONVERTIBLE(Severity.ERROR), VALUE_TOO_MANY_DIGITS(Severity.ERROR),
    VALUE_TOO_MANY_DECIMALS(Severity.ERROR), VALUE_OUT_OF_RANGE(Severity.ERROR),
    // 强制性审核 inside one file
    CHILD_EXCEEDS_PARENT(Severity.ERROR), NUMERATOR_EXCEEDS_DENOMINATOR(Severity.ERROR), NEGATIVE_VALUE(Severity.ERROR),
    NOT_A_WHOLE_NUMBER(Severity.ERROR), REQUIRED_MISSING(Severity.ERROR), REQUIRED_EMPTY(Severity.ERROR),
    // 目标任务 workbook (docs/targets.md)
    TARGET_ISSUER_NOT_SUBDISTRICT(Severity.ERROR), TARGET_PERIOD_NOT_YEAR(Severity.ERROR), TARGET_EMPTY(Severity.ERROR),
    TARGET_DUPLICATE(Severity.ERROR), TARGET_UNIT_UNKNOWN(Severity.ERROR), TARGET_DIRECTION_UNKNOWN(Severity.ERROR),
    TARGET_NO_COMMUNITY_FIGURE(Severity.ERROR), TARGET_SPLIT_NOT_FLOW(Severity.ERROR),
    TARGET_RATE_ABOVE_100(Severity.ERROR), TARGET_SPLIT_SUM(Severity.ERROR), TARGET_SPLIT_BOTH(Severity.ERROR),
    TARGET_SPLIT_INCOMPLETE(Severity.WARNING),
    // air quality
    STATION_MISSING(Severity.ERROR), STATION_UNKNOWN(Severity.ERROR), AQ_DATE_UNREADABLE(Severity.ERROR),
    AQ_DATE_DUPLICATE(Severity.ERROR), AQ_VALUE_NOT_A_NUMBER(Severity.ERROR), AQ_VALUE_NEGATIVE(Severity.ERROR),
    AQ_VALUE_OUT_OF_RANGE(Severity.ERROR), AQ_AQI_NOT_INTEGER(Severity.ERROR), AQ_NO_DAYS(Severity.ERROR);

    private final Severity severity;

    Problem(Severity severity) {
        this.severity = severity;
    }

    Severity severity() {
        return severity;
    }

    /**
     * The finding, its message and advice filled with args ({0}, {1} … in the
     * properties).
     */
    Finding at(CellRef where, String valueSeen, Object... args) {
        return new Finding(severity, Messages.rule(this), where == null ? CellRef.NONE : where, valueSeen,
                Messages.message(this, args), Messages.advice(this, args));
    }

}

package yearbook.read;

/**
 * What a cell holds once formulas are replaced by their cached result (never evaluated).
 */
enum CellKind {

    BLANK, TEXT, NUMBER, DATE, BOOLEAN, ERROR

}

package yearbook.publish;

import java.util.List;
import java.util.Map;

/**
 * The findings of a year as the validation report asks for them: how many each unit has
 * (its 汇总 row), one unit's findings (its sheet), and the findings of files no unit could
 * be told from. A small year's are a list in memory; a province's, where every one of
 * 240,000 files may have a finding or two, stay in the database, so that publish's memory
 * does not grow with them.
 */
public interface YearFindings {

    /** What a unit's findings come to: counted, not listed. */
    record Count(long errors, long warnings, long all) {
    }

    /** Every unit with at least one finding, with its count. */
    Map<String, Count> counts();

    /**
     * Some units' findings, each unit's by file name, then errors before warnings before
     * notes, then in the order they were found (a unit without findings is not a key).
     */
    Map<String, List<YearReport.FileFinding>> about(List<String> unitCodes);

    /** Findings no unit could be told from, in the same order. */
    List<YearReport.FileFinding> withoutUnit();

    /**
     * Findings held in memory, already in that order (tests, and a year built by hand).
     */
    static YearFindings of(List<YearReport.FileFinding> findings) {
        return new FindingList(findings);
    }

}

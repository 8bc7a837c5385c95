package yearbook.publish;

import java.util.List;
import java.util.Map;

/**
 * The files received in a year as the validation report asks for them: how many each unit
 * sent and what became of them (its 汇总 row), the list of one unit's files (its sheet),
 * and the files no unit could be told from. A small year's are a list in memory; a
 * province's 240,000 stay in the database, so that publish's memory does not grow with
 * the files.
 */
public interface YearFiles {

    /** What a unit's files came to: counted, not listed. */
    record Tally(long files, long accepted, long quarantined) {
    }

    /** Every unit that sent a file, with its tally. */
    Map<String, Tally> tallies();

    /**
     * Some units' files, each unit's in the order they were received (a unit that sent
     * none is not a key).
     */
    Map<String, List<YearReport.Received>> sentBy(List<String> unitCodes);

    /** Files no unit could be told from, in the order they were received. */
    List<YearReport.Received> withoutUnit();

    /** Files held in memory (tests, and a year built by hand). */
    static YearFiles of(List<YearReport.Received> received) {
        return new FileList(received);
    }

}

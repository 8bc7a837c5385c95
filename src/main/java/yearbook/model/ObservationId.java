package yearbook.model;

/**
 * How a stored observation is numbered: the k-th observation of submission s (in the
 * order its file gave them) is s × 2^20 + k, so that a submission's observations are one
 * range of the primary key and need no index of their own (migration V17, where the SQL
 * function first_observation_id says the same).
 */
public final class ObservationId {

    /**
     * Observations one submission can hold: a report reads at most 100 data sheets of
     * 5,000 rows.
     */
    public static final int PER_SUBMISSION = 1 << 20;

    /**
     * SQL: observation {@code o} is one of submission {@code s}'s, as a range of the
     * primary key (a condition on {@code o.submission_id} would find no index).
     */
    // spaced, as text blocks drop the trailing space before it
    public static final String OF_SUBMISSION_S = " o.id >= first_observation_id(s.id) and o.id < first_observation_id(s.id + 1) ";

    private ObservationId() {
    }

    /** The id of the {@code ordinal}-th (from 0) observation of a submission. */
    public static long of(long submissionId, int ordinal) {
        if (submissionId <= 0 || ordinal < 0 || ordinal >= PER_SUBMISSION) {
            throw new IllegalArgumentException(
                    "no observation id for submission " + submissionId + ", ordinal " + ordinal);
        }
        return submissionId * PER_SUBMISSION + ordinal;
    }

}

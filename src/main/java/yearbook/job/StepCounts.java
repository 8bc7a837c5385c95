package yearbook.job;

import org.springframework.batch.core.step.StepContribution;
import yearbook.read.ReadStage;

/**
 * A stage's counts in its step's contribution, where status, the run log and the
 * benchmark read them (BATCH_STEP_EXECUTION). The stages work a whole folder or partition
 * at once, not item by item, and StepContribution counts reads only one at a time (it has
 * a bulk increment for writes and filters only), so the reads are added here, in one
 * place.
 */
public final class StepCounts {

    private StepCounts() {
    }

    public static void add(StepContribution contribution, long read, long written, long filtered) {
        for (long i = 0; i < read; i++) {
            contribution.incrementReadCount();
        }
        contribution.incrementWriteCount(written);
        contribution.incrementFilterCount(filtered);
    }

    /**
     * A read partition: files read, accepted (written), quarantined or not a submission
     * (filtered).
     */
    public static void add(StepContribution contribution, ReadStage.Outcome o) {
        add(contribution, o.read(), o.accepted(), o.quarantined() + o.notSubmissions());
    }

}

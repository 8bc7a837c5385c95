package yearbook.model;

import java.math.BigDecimal;

/**
 * A target against the year's figure so far (compiled through throughMonth), unrounded.
 * completion (完成率) = actual ÷ target × 100; schedule (时序进度) = the share of the year's
 * target due by now × 100 (months elapsed ÷ 12, the cumulative split, or 100 for a rate
 * or stock, which is due all year). Either is null where it cannot be computed (a target
 * of 0, no figure, a blank month of the split): printed —, with a finding. rank: among
 * the communities with this target (1 best), null for the sub-district or without a
 * completion. incomplete: the figure lacks some unit's reports.
 */
public record Progress(Target target, int throughMonth, BigDecimal actual, BigDecimal completion, BigDecimal schedule,
        ProgressState state, Integer rank, boolean incomplete) {

    /** 完成率 − 时序进度 in percentage points (positive: ahead), or null. */
    public BigDecimal gap() {
        return completion == null || schedule == null ? null : completion.subtract(schedule);
    }

    public String unitCode() {
        return target.unitCode();
    }

    public String indicatorCode() {
        return target.indicatorCode();
    }
}

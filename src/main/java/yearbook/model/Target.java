package yearbook.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;

/**
 * One line of a 目标任务 workbook: a unit's target for an indicator in a year, in the
 * catalog's unit (a rate's target is a rate, in %). split, when given, is the year's
 * target 分解到各月份 (12 entries) or quarters (4), an entry null where the workbook left that
 * period blank; a flow's split adds up to the year. source is the cell of the year's
 * target.
 */
public record Target(int year, String unitCode, String indicatorCode, TargetDirection direction, BigDecimal annual,
        PeriodKind splitKind, BigDecimal[] split, CellRef source, String rawText) {
    public Target {
        Objects.requireNonNull(direction);
        if (split != null) {
            if (splitKind != PeriodKind.MONTH && splitKind != PeriodKind.QUARTER) {
                throw new IllegalArgumentException("split by month or quarter");
            }
            if (split.length != (splitKind == PeriodKind.MONTH ? 12 : 4)) {
                throw new IllegalArgumentException("split length");
            }
            split = split.clone();
        }
    }

    public boolean hasSplit() {
        return split != null;
    }

    /**
     * The split entry of a month or quarter (1-based), or null when blank or not split.
     */
    public BigDecimal splitAt(int number) {
        return split == null ? null : split[number - 1];
    }

    @Override
    public BigDecimal[] split() {
        return split == null ? null : split.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Target t && year == t.year && unitCode.equals(t.unitCode)
                && indicatorCode.equals(t.indicatorCode) && direction == t.direction && annual.compareTo(t.annual) == 0
                && splitKind == t.splitKind && Arrays.equals(split, t.split);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, unitCode, indicatorCode, direction);
    }
}

package yearbook.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import yearbook.catalog.Indicator;
import yearbook.catalog.IndicatorKind;
import yearbook.catalog.ReportingUnit;
import yearbook.model.CellRef;
import yearbook.model.Finding;
import yearbook.model.PeriodKind;
import yearbook.read.ValueText.Parsed;

/**
 * A target's year 分解到各月份 or by quarter (docs/targets.md): only for flows, months or
 * quarters but not both, each part a valid value, and the parts adding up to the year (or
 * staying below it while some are blank, which is said). No split at all is a split of
 * kind null.
 *
 * @param kind MONTH or QUARTER; null when the year is not split
 * @param values one value per month or quarter, null where blank; null when the year is
 * not split
 */
record TargetSplit(PeriodKind kind, BigDecimal[] values) {
    private static final TargetSplit NONE = new TargetSplit(null, null);

    /** The row's split, or null when it is wrong (the findings say why). */
    static TargetSplit read(SheetGrid sheet, TargetHeader h, int r, Indicator ind, String rowUnit, BigDecimal value,
            GridCell annualCell, CellRef annualRef, ReportingUnit holder, InFileChecks checks, List<Finding> findings) {
        boolean months = h.monthCols() != null && TargetSheetReader.anyFilled(sheet, r, h.monthCols());
        boolean quarters = h.quarterCols() != null && TargetSheetReader.anyFilled(sheet, r, h.quarterCols());
        if (months && quarters) {
            findings.add(Problem.TARGET_SPLIT_BOTH.at(annualRef, annualCell.seen(), ind.name(), holder.name()));
            return null;
        }
        int[] cols = months ? h.monthCols() : quarters ? h.quarterCols() : null;
        if (cols == null) {
            return NONE;
        }
        if (ind.kind() != IndicatorKind.FLOW) {
            findings.add(Problem.TARGET_SPLIT_NOT_FLOW.at(annualRef, annualCell.seen(), ind.name()));
            return null;
        }
        PeriodKind kind = cols.length == 12 ? PeriodKind.MONTH : PeriodKind.QUARTER;
        BigDecimal[] split = new BigDecimal[cols.length];
        List<String> blank = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        boolean badSplit = false;
        for (int k = 0; k < cols.length; k++) {
            String label = kind == PeriodKind.MONTH ? (k + 1) + "月" : "第" + (k + 1) + "季度";
            if (cols[k] < 0) {
                blank.add(label);
                continue;
            }
            GridCell c = sheet.cell(r, cols[k]);
            Parsed p = ValueText.read(c, List.of(rowUnit, ind.unit()));
            if (p instanceof Parsed.Invalid inv) {
                findings.add(inv.problem().at(ReportSheetReader.ref(sheet, c), c.seen(), c.seen()));
                badSplit = true;
            }
            else if (p instanceof Parsed.Number n) {
                split[k] = TargetSheetReader.converted(n.value(), rowUnit, ind);
                List<Finding> wrong = checks.value(ind, split[k], ReportSheetReader.ref(sheet, c), c.seen());
                if (!wrong.isEmpty()) {
                    findings.addAll(wrong);
                    badSplit = true;
                }
                else {
                    sum = sum.add(split[k]);
                }
            }
            else {
                blank.add(label);
            }
        }
        if (badSplit) {
            return null;
        }
        String unitName = ind.unit();
        if (blank.isEmpty() ? sum.compareTo(value) != 0 : sum.compareTo(value) > 0) {
            findings.add(Problem.TARGET_SPLIT_SUM.at(annualRef, annualCell.seen(), ind.name(), holder.name(),
                    InFileChecks.plain(sum) + unitName, InFileChecks.plain(value) + unitName,
                    kind == PeriodKind.MONTH ? "各月" : "各季度"));
            return null;
        }
        if (!blank.isEmpty()) {
            findings.add(Problem.TARGET_SPLIT_INCOMPLETE.at(annualRef, annualCell.seen(), ind.name(), holder.name(),
                    String.join("、", blank)));
        }
        return new TargetSplit(kind, split);
    }
}

package yearbook.model;

import java.math.BigDecimal;

/**
 * One indicator value as a workbook reported it, already in the catalog's unit. value
 * null with notApplicable false means "not reported"; notApplicable means —, /, 无. prior
 * is the 上年同期 column (可比口径) when the workbook carried it. conversion names a unit
 * conversion applied (e.g. "万元→亿元"), or is null.
 */
public record Observation(String unitCode, Period period, String indicatorCode, BigDecimal value, BigDecimal prior,
        boolean approximate, boolean notApplicable, CellRef source, String rawText, String conversion) {
}

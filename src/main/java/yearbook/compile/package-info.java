/**
 * Stage 4, compile: the yearly figures per unit and for the sub-district, by the
 * catalog's kinds (flows summed, stocks at period end, rates recomputed, 同比 against the
 * prior year), air quality per HJ 633-2012 / HJ 663-2013, the lineage of every figure,
 * and the 完成率 and 时序进度 of the year's targets (docs/targets.md).
 */
package yearbook.compile;

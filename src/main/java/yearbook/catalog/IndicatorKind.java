package yearbook.catalog;

/**
 * 统计口径 of an indicator. FLOW (时期指标) sums over periods and units; STOCK (时点指标) takes the
 * latest period and sums over units; RATE is recomputed from summed numerator and denominator;
 * GROWTH is the 同比 of a flow; MEASURE is a statistic computed from station data.
 */
public enum IndicatorKind {
    FLOW, STOCK, RATE, GROWTH, MEASURE;

    public boolean isReported() { return this == FLOW || this == STOCK; }
}

package yearbook.catalog;

/**
 * 统计口径 of an indicator. FLOW (时期指标) sums over periods and units; STOCK (时点指标) takes the
 * latest period and sums over units; RATE is recomputed from summed numerator and
 * denominator; GROWTH is the 同比 of a flow; MEASURE is a statistic computed from station
 * data.
 */
public enum IndicatorKind {

    FLOW("时期指标"), STOCK("时点指标"), RATE("比率指标"), GROWTH("增幅指标"), MEASURE("监测指标");

    private final String label;

    IndicatorKind(String label) {
        this.label = label;
    }

    public boolean isReported() {
        return this == FLOW || this == STOCK;
    }

    /**
     * The kind in the office's words, as the catalog's error messages name an indicator.
     */
    public String label() {
        return label;
    }

}

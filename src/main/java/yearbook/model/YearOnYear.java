package yearbook.model;

import java.math.BigDecimal;
import java.math.MathContext;

/** 同比, exact. Rounding happens only when printed. */
public final class YearOnYear {

    private static final MathContext PRECISION = MathContext.DECIMAL128;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private YearOnYear() {
    }

    /**
     * Growth in % = (this − prior) / prior × 100. Not computable (null) with no prior, a
     * prior of 0, or a negative prior (domain.md: growth against a negative base is
     * meaningless).
     */
    public static BigDecimal growthPercent(BigDecimal value, BigDecimal prior) {
        if (value == null || prior == null || prior.signum() <= 0) {
            return null;
        }
        return value.subtract(prior).multiply(HUNDRED).divide(prior, PRECISION).stripTrailingZeros();
    }

    /**
     * A rate compared with last year's rate: the difference in percentage points (增减百分点).
     */
    public static BigDecimal changeInPoints(BigDecimal rate, BigDecimal priorRate) {
        if (rate == null || priorRate == null) {
            return null;
        }
        return rate.subtract(priorRate);
    }

    /** numerator / denominator × 100; null when the denominator is missing or 0. */
    public static BigDecimal ratePercent(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.multiply(HUNDRED).divide(denominator, PRECISION).stripTrailingZeros();
    }

}

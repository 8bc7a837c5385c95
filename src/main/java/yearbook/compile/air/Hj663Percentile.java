package yearbook.compile.air;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The percentile of HJ 663-2013 (环境空气质量评价技术规范, formula for 百分位数): sort ascending
 * X(1)…X(n), k = 1 + (n − 1) × p / 100, s = integer part of k, value = X(s) + (X(s+1) −
 * X(s)) × (k − s). All arithmetic is exact: k has at most two decimals, so the result is
 * a finite decimal.
 */
public final class Hj663Percentile {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Hj663Percentile() {
    }

    /** The p-th percentile (0 ≤ p ≤ 100) of the values; null when there are none. */
    public static BigDecimal of(Collection<BigDecimal> values, int p) {
        if (p < 0 || p > 100) {
            throw new IllegalArgumentException("percentile out of range: " + p);
        }
        if (values.isEmpty()) {
            return null;
        }
        List<BigDecimal> x = new ArrayList<>(values);
        x.sort(null);
        int n = x.size();
        BigDecimal k = BigDecimal.ONE.add(BigDecimal.valueOf((long) (n - 1) * p).divide(HUNDRED));
        int s = k.intValue();
        BigDecimal xs = x.get(s - 1);
        // s = n only when k = n (p = 100 or n = 1): the fraction is 0 and X(s+1) does not
        // exist.
        if (s >= n) {
            return xs;
        }
        BigDecimal fraction = k.subtract(BigDecimal.valueOf(s));
        return xs.add(x.get(s).subtract(xs).multiply(fraction));
    }

}

package yearbook.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import yearbook.catalog.Indicator;
import yearbook.catalog.IndicatorCatalog;
import yearbook.model.CellRef;
import yearbook.model.Finding;

/**
 * Every reported value is bounded before it reaches PostgreSQL's numeric or a printed
 * figure: a statistic has at most 15 significant digits (what Excel itself keeps) and at
 * most the catalog's decimals + 4 places, and stays below the indicator's plausible
 * maximum. A text of 20,000 decimals or 1e308 in a count is an error of its cell, not a
 * number that overflows the store or the sum.
 */
final class ValueBounds {

    static final int MAX_SIGNIFICANT_DIGITS = 15;
    static final int EXTRA_DECIMALS = 4;

    /** How much of a huge number a finding quotes. */
    private static final int QUOTED = 24;

    private final IndicatorCatalog catalog;

    ValueBounds(IndicatorCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param written the value as the clerk wrote it (in the row's unit)
     * @param converted the same value in the catalog's unit
     */
    Optional<Finding> check(Indicator ind, BigDecimal written, BigDecimal converted, CellRef where, String seen) {
        if (written == null) {
            return Optional.empty();
        }
        String quotedSeen = quote(seen);
        BigDecimal max = catalog.plausibleMax(ind);
        if (converted.abs().compareTo(max) > 0) {
            return Optional.of(Problem.VALUE_OUT_OF_RANGE.at(where, quotedSeen, ind.name(), shown(converted),
                    ind.unit(), InFileChecks.plain(max)));
        }
        BigDecimal w = MeasureUnits.strip(written);
        if (w.precision() > MAX_SIGNIFICANT_DIGITS) {
            return Optional
                .of(Problem.VALUE_TOO_MANY_DIGITS.at(where, quotedSeen, ind.name(), shown(w), w.precision()));
        }
        int places = Math.min(Math.max(w.scale(), 0), Math.max(MeasureUnits.strip(converted).scale(), 0));
        int allowed = ind.decimals() + EXTRA_DECIMALS;
        if (places > allowed) {
            return Optional
                .of(Problem.VALUE_TOO_MANY_DECIMALS.at(where, quotedSeen, ind.name(), shown(w), places, allowed));
        }
        return Optional.empty();
    }

    /**
     * A number as a finding quotes it: whole when short, else its start and how many
     * digits it has.
     */
    static String shown(BigDecimal b) {
        String plain = b.abs().compareTo(new BigDecimal("1e30")) > 0 || b.scale() > 30
                ? b.round(new MathContext(6)).toString() : b.toPlainString();
        return quote(plain);
    }

    static String quote(String s) {
        if (s == null || s.length() <= QUOTED + 10) {
            return s;
        }
        return s.substring(0, QUOTED) + "…(共" + s.length() + "个字符)";
    }

}

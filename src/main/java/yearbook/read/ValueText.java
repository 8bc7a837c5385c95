package yearbook.read;

import java.util.regex.Pattern;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Objects;

/**
 * Reads a value cell as the contract allows (spec §1 Values): a number, a formula's
 * cached number, or text that reads as one (1,234 / １２３ / 12万元 in a 万元 row / 1000余).
 * Empty is "not reported", —, -, /, 无 are "not applicable"; anything else is invalid.
 */
final class ValueText {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");

    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private ValueText() {
    }

    sealed interface Parsed {

        record Empty() implements Parsed {
        }

        record NotApplicable() implements Parsed {
        }

        record Number(BigDecimal value, boolean approximate) implements Parsed {
        }

        record Invalid(Problem problem) implements Parsed {
        }

    }

    /**
     * @param units the units a trailing unit may name (the row's unit as written, the
     * catalog's unit)
     */
    static Parsed read(GridCell cell, List<String> units) {
        return switch (cell.kind()) {
            case BLANK -> new Parsed.Empty();
            case NUMBER -> new Parsed.Number(cell.number(), false);
            case DATE -> new Parsed.Invalid(Problem.VALUE_IS_DATE);
            case ERROR -> new Parsed.Invalid(Problem.VALUE_ERROR_CELL);
            case BOOLEAN -> new Parsed.Invalid(Problem.VALUE_NOT_A_NUMBER);
            case TEXT -> text(cell.text(), units);
        };
    }

    static Parsed text(String raw, List<String> units) {
        String s = SPACES.matcher(Normalizer.normalize(raw, Normalizer.Form.NFKC)).replaceAll("");
        if (s.isEmpty()) {
            return new Parsed.Empty();
        }
        if (Vocabulary.NOT_APPLICABLE_MARKS.contains(s)) {
            return new Parsed.NotApplicable();
        }
        if (s.startsWith("#")) {
            return new Parsed.Invalid(Problem.VALUE_ERROR_CELL);
        }
        boolean approximate = false;
        s = stripUnit(s, units);
        for (String p : Vocabulary.APPROXIMATE_PREFIXES) {
            if (s.startsWith(p)) {
                s = s.substring(p.length());
                approximate = true;
            }
        }
        for (String suffix : Vocabulary.APPROXIMATE_SUFFIXES) {
            if (s.endsWith(suffix)) {
                s = s.substring(0, s.length() - suffix.length());
                approximate = true;
                break;
            }
        }
        s = stripUnit(s, units);
        BigDecimal n = number(s);
        return n == null ? new Parsed.Invalid(Problem.VALUE_NOT_A_NUMBER) : new Parsed.Number(n, approximate);
    }

    /** Plain digits, or digits grouped by thousands separators: 1,234,567.5. */
    static BigDecimal number(String s) {
        if (GROUPED.matcher(s).matches()) {
            s = s.replace(",", "");
        }
        if (!PLAIN.matcher(s).matches()) {
            return null;
        }
        return MeasureUnits.strip(new BigDecimal(s));
    }

    private static String stripUnit(String s, List<String> units) {
        for (String u : units) {
            if (u == null) {
                continue;
            }
            String n = SPACES.matcher(Normalizer.normalize(u, Normalizer.Form.NFKC)).replaceAll("");
            if (!n.isEmpty() && s.endsWith(n) && s.length() > n.length()) {
                return s.substring(0, s.length() - n.length());
            }
        }
        return s;
    }

    static boolean isEmpty(Parsed p) {
        return p instanceof Parsed.Empty;
    }

    static BigDecimal valueOf(Parsed p) {
        return p instanceof Parsed.Number n ? Objects.requireNonNull(n.value()) : null;
    }

}

package yearbook.read;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import yearbook.catalog.Names;
import yearbook.model.Period;

/**
 * Reads a 报告期 as people write it: 2022年, 2022Q4, 2022年四季度, 2022年12月, 2022-12, 2022.12, a
 * date cell.
 */
final class PeriodText {

    private static final Pattern YEAR_NUMBER = Pattern.compile("\\d{4}");

    private static final Pattern YEAR_DOT_ONE = Pattern.compile("\\d{4}\\.1");

    private static final Pattern YEAR_DOT_MONTH = Pattern.compile("\\d{4}\\.\\d{1,2}");

    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:年度?)?");

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})(?:年度?)?(?:第?([1-4一二三四])季度?|[-]?[Qq]([1-4]))");

    private static final Pattern MONTH = Pattern
        .compile("(\\d{4})(?:年(\\d{1,2})月份?|[-./](\\d{1,2})(?:[-./]\\d{1,2}日?)?)");

    private static final Pattern MONTH_CN_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月\\d{1,2}日");

    private PeriodText() {
    }

    /**
     * Either a period, or why not (AMBIGUOUS is a number like 2022.1 that lost its
     * trailing 0).
     */
    sealed interface Outcome {

        record Read(Period period) implements Outcome {
        }

        record Unreadable() implements Outcome {
        }

        record Ambiguous(int year) implements Outcome {
        }

    }

    static Outcome read(GridCell cell) {
        return switch (cell.kind()) {
            case DATE -> new Outcome.Read(Period.month(cell.date().getYear(), cell.date().getMonthValue()));
            case NUMBER -> number(cell.number());
            case TEXT -> text(cell.text()).<Outcome>map(Outcome.Read::new).orElse(new Outcome.Unreadable());
            default -> new Outcome.Unreadable();
        };
    }

    /**
     * A clerk typing 2022.12 in a General cell gets the number 2022.12; 2022.10 becomes
     * 2022.1.
     */
    private static Outcome number(BigDecimal n) {
        String s = n.toPlainString();
        if (YEAR_NUMBER.matcher(s).matches()) {
            return text(s).<Outcome>map(Outcome.Read::new).orElse(new Outcome.Unreadable());
        }
        if (YEAR_DOT_ONE.matcher(s).matches()) {
            return new Outcome.Ambiguous(Integer.parseInt(s.substring(0, 4)));
        }
        if (YEAR_DOT_MONTH.matcher(s).matches()) {
            return text(s).<Outcome>map(Outcome.Read::new).orElse(new Outcome.Unreadable());
        }
        return new Outcome.Unreadable();
    }

    static Optional<Period> text(String raw) {
        String s = Names.normalize(raw);
        Matcher m = YEAR.matcher(s);
        if (m.matches()) {
            return Optional.of(Period.year(Integer.parseInt(m.group(1))));
        }
        m = QUARTER.matcher(s);
        if (m.matches()) {
            String q = m.group(2) != null ? m.group(2) : m.group(3);
            return Optional.of(Period.quarter(Integer.parseInt(m.group(1)),
                    "一二三四".indexOf(q) >= 0 ? "一二三四".indexOf(q) + 1 : Integer.parseInt(q)));
        }
        m = MONTH_CN_DATE.matcher(s);
        if (m.matches()) {
            return month(m.group(1), m.group(2));
        }
        m = MONTH.matcher(s);
        if (m.matches()) {
            return month(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        }
        return Optional.empty();
    }

    private static Optional<Period> month(String year, String month) {
        int mo = Integer.parseInt(month);
        if (mo < 1 || mo > 12) {
            return Optional.empty();
        }
        return Optional.of(Period.month(Integer.parseInt(year), mo));
    }

}

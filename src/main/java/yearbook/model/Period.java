package yearbook.model;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A report period (报告期): a year, a quarter (number 1-4) or a month (number 1-12). Written
 * as text "2022", "2022Q4", "2022-12" (the form stored in the database).
 */
public record Period(int year, PeriodKind kind, int number) implements Comparable<Period> {

    private static final Pattern YEAR_CODE = Pattern.compile("\\d{4}");

    private static final Pattern QUARTER_CODE = Pattern.compile("\\d{4}Q[1-4]");

    private static final Pattern MONTH_CODE = Pattern.compile("\\d{4}-\\d{2}");

    public Period {
        Objects.requireNonNull(kind);
        switch (kind) {
            case YEAR -> {
                if (number != 0) {
                    throw new IllegalArgumentException("year period has no number");
                }
            }
            case QUARTER -> {
                if (number < 1 || number > 4) {
                    throw new IllegalArgumentException("quarter " + number);
                }
            }
            case MONTH -> {
                if (number < 1 || number > 12) {
                    throw new IllegalArgumentException("month " + number);
                }
            }
        }
    }

    public static Period year(int year) {
        return new Period(year, PeriodKind.YEAR, 0);
    }

    public static Period quarter(int year, int q) {
        return new Period(year, PeriodKind.QUARTER, q);
    }

    public static Period month(int year, int m) {
        return new Period(year, PeriodKind.MONTH, m);
    }

    /**
     * The last month the period covers: a stock reported for it is the state at that
     * month's end.
     */
    public int endMonth() {
        return switch (kind) {
            case YEAR -> 12;
            case QUARTER -> number * 3;
            case MONTH -> number;
        };
    }

    public int startMonth() {
        return switch (kind) {
            case YEAR -> 1;
            case QUARTER -> number * 3 - 2;
            case MONTH -> number;
        };
    }

    public boolean covers(int month) {
        return month >= startMonth() && month <= endMonth();
    }

    /** The code stored in the database: 2022, 2022Q4, 2022-03. */
    public String code() {
        return switch (kind) {
            case YEAR -> Integer.toString(year);
            case QUARTER -> year + "Q" + number;
            case MONTH -> year + (number < 10 ? "-0" : "-") + number;
        };
    }

    /**
     * The period of a stored code. Codes repeat on every observation (a city year:
     * 936,000 rows, 17 codes), so each code is parsed once and its period shared; the
     * cache is bounded, since codes come from the database.
     */
    public static Period parseCode(String code) {
        Period known = PARSED.get(code);
        if (known != null) {
            return known;
        }
        Period p = parse(code);
        if (PARSED.size() < MAX_PARSED) {
            PARSED.put(code, p);
        }
        return p;
    }

    private static final Map<String, Period> PARSED = new ConcurrentHashMap<>();

    private static final int MAX_PARSED = 10_000;

    private static Period parse(String code) {
        if (YEAR_CODE.matcher(code).matches()) {
            return year(Integer.parseInt(code));
        }
        if (QUARTER_CODE.matcher(code).matches()) {
            return quarter(Integer.parseInt(code.substring(0, 4)), code.charAt(5) - '0');
        }
        if (MONTH_CODE.matcher(code).matches()) {
            return month(Integer.parseInt(code.substring(0, 4)), Integer.parseInt(code.substring(5)));
        }
        throw new IllegalArgumentException("not a period code: " + code);
    }

    /** How a Chinese report writes it: 2022年, 2022年第4季度, 2022年3月. */
    public String label() {
        return switch (kind) {
            case YEAR -> year + "年";
            case QUARTER -> year + "年第" + number + "季度";
            case MONTH -> year + "年" + number + "月";
        };
    }

    @Override
    public int compareTo(Period o) {
        int c = Integer.compare(year, o.year);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(endMonth(), o.endMonth());
        if (c != 0) {
            return c;
        }
        return Integer.compare(o.endMonth() - o.startMonth(), endMonth() - startMonth());
    }

    @Override
    public String toString() {
        return code();
    }
}

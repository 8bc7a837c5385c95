package yearbook.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import yearbook.catalog.Names;

/**
 * Reads a day: a date cell, or text 2023年1月5日, 2023-01-05, 2023/1/5, 2023.1.5, 20230105.
 */
final class DateText {

    private static final Pattern YMD = Pattern
        .compile("(\\d{4})(?:年|[-./])(\\d{1,2})(?:月|[-./])(\\d{1,2})日?(?:\\d{1,2}:\\d{2}(?::\\d{2})?)?");

    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private DateText() {
    }

    static Optional<LocalDate> read(GridCell cell) {
        return switch (cell.kind()) {
            case DATE -> Optional.of(cell.date().toLocalDate());
            case TEXT -> text(cell.text());
            case NUMBER -> text(cell.number().toPlainString());
            default -> Optional.empty();
        };
    }

    static Optional<LocalDate> text(String raw) {
        String s = Names.normalize(raw);
        Matcher m = YMD.matcher(s);
        if (!m.matches()) {
            m = COMPACT.matcher(s);
        }
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        }
        catch (DateTimeException e) {
            return Optional.empty();
        }
    }

}

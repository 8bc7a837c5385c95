package yearbook;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of the real 2022 summary, parsed from seed-figures.md (a copy of
 * shared/seed/seed-figures.md in the test resources): the expectations of the end-to-end
 * test.
 */
public final class SeedFigures {

    /**
     * How the summary states a figure: exactly, "≥" (余/多: the stated number), or "&gt;"
     * (only a bound).
     */
    public enum Relation {

        EXACT, AT_LEAST, ABOVE

    }

    public record Seed(String code, String name, String unit, String kind, BigDecimal value, Relation relation) {
    }

    private static final Pattern NUMBER = Pattern.compile("(≥|>)?\\s*\\(?\\s*(\\d+(?:\\.\\d+)?)");

    private SeedFigures() {
    }

    public static List<Seed> load() throws IOException {
        try (InputStream in = SeedFigures.class.getResourceAsStream("/seed-figures.md")) {
            List<Seed> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("| ") || line.startsWith("| code") || line.startsWith("|---")) {
                    continue;
                }
                String[] c = line.split("\\|");
                String code = c[1].trim();
                String value = c[7].trim();
                if (value.contains("not published")) {
                    continue;
                }
                Matcher m = NUMBER.matcher(value);
                if (!m.find()) {
                    continue;
                }
                Relation r = "≥".equals(m.group(1)) ? Relation.AT_LEAST
                        : ">".equals(m.group(1)) ? Relation.ABOVE : Relation.EXACT;
                out.add(new Seed(code, c[3].trim(), c[4].trim(), c[5].trim(), new BigDecimal(m.group(2)), r));
            }
            return out;
        }
    }

}

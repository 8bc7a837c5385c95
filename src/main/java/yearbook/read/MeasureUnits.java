package yearbook.read;

import java.util.regex.Pattern;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import yearbook.catalog.Names;

/**
 * 计量单位 and the exact conversions between them (元 ↔ 万元 ↔ 亿元; 平方米 ↔ 万平方米; 人 ≡ 名). A unit is
 * a family and a power of ten, so a conversion is a decimal point move, never a rounding.
 */
final class MeasureUnits {

    private static final Pattern BRACKETED = Pattern.compile("[(\\[].*[)\\]]");

    private record Scale(String family, int power) {
    }

    private static final Map<String, Scale> SCALES = Map.ofEntries(Map.entry("元", new Scale("money", 0)),
            Map.entry("万元", new Scale("money", 4)), Map.entry("亿元", new Scale("money", 8)),
            Map.entry("平方米", new Scale("area", 0)), Map.entry("万平方米", new Scale("area", 4)),
            Map.entry("人", new Scale("people", 0)), Map.entry("名", new Scale("people", 0)));

    /** Other spellings of the same unit, after {@link #normalize}. */
    private static final Map<String, String> SPELLINGS = Map.of("m2", "平方米", "M2", "平方米", "平米", "平方米", "万m2", "万平方米",
            "万M2", "万平方米", "万平米", "万平方米");

    private MeasureUnits() {
    }

    /** Full-width folded, spaces and surrounding brackets removed, ㎡/m² spelled 平方米. */
    static String normalize(String unit) {
        return NORMALIZED.get(unit);
    }

    private static final Memo<String> NORMALIZED = new Memo<>(MeasureUnits::normalizeOnce);

    private static String normalizeOnce(String unit) {
        String u = Names.normalize(unit);
        if (BRACKETED.matcher(u).matches()) {
            u = u.substring(1, u.length() - 1);
        }
        u = u.replace("²", "2");
        return SPELLINGS.getOrDefault(u, u);
    }

    static boolean same(String a, String b) {
        String x = normalize(a);
        String y = normalize(b);
        if (x.equals(y)) {
            return true;
        }
        Scale sx = SCALES.get(x);
        Scale sy = SCALES.get(y);
        return sx != null && sx.equals(sy);
    }

    /**
     * The value in unit {@code from} expressed in unit {@code to}, when the two convert
     * exactly.
     */
    static Optional<BigDecimal> convert(BigDecimal value, String from, String to) {
        Scale sf = SCALES.get(normalize(from));
        Scale st = SCALES.get(normalize(to));
        if (sf == null || st == null || !sf.family().equals(st.family())) {
            return same(from, to) ? Optional.of(value) : Optional.empty();
        }
        return Optional.of(strip(value.movePointRight(sf.power() - st.power())));
    }

    static boolean convertible(String from, String to) {
        return convert(BigDecimal.ONE, from, to).isPresent();
    }

    static BigDecimal strip(BigDecimal b) {
        BigDecimal s = b.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

}

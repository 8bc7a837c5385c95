package yearbook.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The short ways to a cell's number give exactly what the long ways give: its digits read
 * as a whole number (below 10^15) the same double as Double.parseDouble; a whole number
 * straight from the double, and a stored text of at most 15 significant digits straight
 * from the text, the same value and scale as rounding the double to Excel's 15 digits;
 * for every kind of text a workbook stores.
 */
class ExcelDigitsTest {

    /** The rule itself, the long way, as the reader computed it before the short ways. */
    private static BigDecimal excel(double d) {
        BigDecimal b = new BigDecimal(d).round(new MathContext(15)).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0) : b;
    }

    @Test
    void shortWaysAgreeWithRoundingTheDouble() {
        Random random = new Random(20221231);
        List<String> texts = new ArrayList<>(List.of("0", "-0", "0.0", "-0.0", "1", "-1", "1000", "10", "007", "0.1",
                "0.2", "0.3", "0.30000000000000004", "1.", ".5", "-.5", "2252", "99.9", "9.99999999999999",
                "999999999999999", "1000000000000000", "9999999999999999", "123456789012345678", "1E3", "1e-7",
                "4.4408920985006262E-16", "1.7976931348623157E308", "4.9E-324", "-2.5E+2", "12.30", "0.000123",
                "123456.789012345", "0.1234567890123456", "+5", "35.12", "1.05", "2.675"));
        for (int i = 0; i < 20_000; i++) {
            // the numbers a report holds: counts, amounts with a few decimals, rates
            long whole = random.nextLong() % (1L << random.nextInt(1, 60));
            texts.add(Long.toString(whole));
            int decimals = random.nextInt(0, 12);
            texts.add(BigDecimal.valueOf(random.nextLong() % 10_000_000_000L, decimals).toPlainString());
            // and whatever an office program may write: the shortest text of any double
            texts.add(Double.toString(random.nextDouble() * Math.pow(10, random.nextInt(-20, 20))));
            texts.add(Double.toString(Double.longBitsToDouble(random.nextLong())));
        }
        int compared = 0;
        for (String text : texts) {
            double d;
            try {
                d = Double.parseDouble(text);
            }
            catch (NumberFormatException e) {
                continue;
            }
            if (!Double.isFinite(d)) {
                continue;
            }
            assertThat(CellDecoder.parseDouble(text)).as(text).isEqualTo(d);
            BigDecimal expected = excel(d);
            assertThat(SheetWalker.decimal(d)).as(text).isEqualTo(expected);
            assertThat(SheetWalker.decimal(text, d)).as(text).isEqualTo(expected);
            compared++;
        }
        assertThat(compared).isGreaterThan(70_000);
    }

    @Test
    void excelsFifteenDigitsStillApply() {
        assertThat(SheetWalker.decimal("0.30000000000000004", 0.30000000000000004)).isEqualTo(new BigDecimal("0.3"));
        assertThat(SheetWalker.decimal("1234567890123456789", 1234567890123456789d))
            .isEqualTo(new BigDecimal("1234567890123460000"));
        assertThat(SheetWalker.decimal("12.30", 12.3)).isEqualTo(new BigDecimal("12.3"));
        assertThat(SheetWalker.decimal("1E3", 1000)).isEqualTo(new BigDecimal("1000"));
    }

}

package yearbook.publish;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import yearbook.catalog.Indicator;
import yearbook.catalog.IndicatorKind;

/**
 * How figures are printed in every output: 四舍五入 (half-up) to the catalog's decimals, only
 * here, with thousands separators as Chinese reports write them. Unknown values print as
 * —.
 */
public final class FigureFormat {

    public static final String NOT_AVAILABLE = "—";

    private FigureFormat() {
    }

    public static BigDecimal round(BigDecimal v, int decimals) {
        return v == null ? null : v.setScale(decimals, RoundingMode.HALF_UP);
    }

    /** 1234.5 with 2 decimals → "1,234.50". */
    public static String number(BigDecimal v, int decimals) {
        if (v == null) {
            return NOT_AVAILABLE;
        }
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(round(v, decimals));
    }

    /** Without separators, for CSV and narrative: "130.61". */
    public static String plain(BigDecimal v, int decimals) {
        return v == null ? "" : round(v, decimals).toPlainString();
    }

    public static String value(Indicator i, BigDecimal v) {
        return number(v, i.decimals());
    }

    /**
     * 同比: "+14.69%" for flows and stocks, "+2.50个百分点" for rates, "—" when not computable.
     */
    public static String growth(Indicator i, BigDecimal growth) {
        if (growth == null) {
            return NOT_AVAILABLE;
        }
        BigDecimal g = round(growth, 2);
        String sign = g.signum() > 0 ? "+" : "";
        return i.kind() == IndicatorKind.RATE ? sign + g.toPlainString() + "个百分点" : sign + g.toPlainString() + "%";
    }

    /** ▲ up, ▼ down, — flat or unknown. */
    public static String arrow(BigDecimal growth) {
        if (growth == null || growth.signum() == 0) {
            return "";
        }
        return growth.signum() > 0 ? "▲" : "▼";
    }

}

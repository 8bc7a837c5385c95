package yearbook.compile.air;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import yearbook.model.Pollutant;

/**
 * HJ 633-2012 table 1 (空气质量分指数及对应的污染物项目浓度限值), daily-report columns, written once as data.
 * CO in mg/m³, the others in µg/m³. SO2, NO2, PM10, CO and PM2.5 are the 24-hour columns;
 * O3 has its 1-hour column and its 8-hour column, the latter ending at 800 µg/m³ (IAQI
 * 300): HJ 633 table 1 note (3) says no IAQI is computed from an 8-hour value above 800,
 * the 1-hour IAQI is reported instead.
 */
public final class AqiBreakpoints {

    /** One row of the table: the concentration limit that carries this IAQI. */
    public record Breakpoint(BigDecimal concentration, int iaqi) {
    }

    private static final int[] IAQI = { 0, 50, 100, 150, 200, 300, 400, 500 };

    private static final Map<Pollutant, String[]> LIMITS = new EnumMap<>(Pollutant.class);

    static {
        LIMITS.put(Pollutant.SO2, new String[] { "0", "50", "150", "475", "800", "1600", "2100", "2620" });
        LIMITS.put(Pollutant.NO2, new String[] { "0", "40", "80", "180", "280", "565", "750", "940" });
        LIMITS.put(Pollutant.PM10, new String[] { "0", "50", "150", "250", "350", "420", "500", "600" });
        LIMITS.put(Pollutant.CO, new String[] { "0", "2", "4", "14", "24", "36", "48", "60" });
        LIMITS.put(Pollutant.O3_1H, new String[] { "0", "160", "200", "300", "400", "800", "1000", "1200" });
        LIMITS.put(Pollutant.O3_8H, new String[] { "0", "100", "160", "215", "265", "800" });
        LIMITS.put(Pollutant.PM25, new String[] { "0", "35", "75", "115", "150", "250", "350", "500" });
    }

    private static final Map<Pollutant, List<Breakpoint>> TABLE = build();

    private AqiBreakpoints() {
    }

    /** The rows of one pollutant, ascending (first row is 0 → IAQI 0). */
    public static List<Breakpoint> of(Pollutant pollutant) {
        List<Breakpoint> rows = TABLE.get(pollutant);
        if (rows == null) {
            throw new IllegalArgumentException("no HJ 633 breakpoints for " + pollutant);
        }
        return rows;
    }

    /** The highest concentration the table covers for this pollutant. */
    public static BigDecimal top(Pollutant pollutant) {
        List<Breakpoint> rows = of(pollutant);
        return rows.get(rows.size() - 1).concentration();
    }

    private static Map<Pollutant, List<Breakpoint>> build() {
        Map<Pollutant, List<Breakpoint>> table = new EnumMap<>(Pollutant.class);
        LIMITS.forEach((pollutant, limits) -> {
            List<Breakpoint> rows = new ArrayList<>(limits.length);
            for (int i = 0; i < limits.length; i++) {
                rows.add(new Breakpoint(new BigDecimal(limits[i]), IAQI[i]));
            }
            table.put(pollutant, Collections.unmodifiableList(rows));
        });
        return Collections.unmodifiableMap(table);
    }

}

package yearbook.publish.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import yearbook.catalog.Indicator;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.IndicatorKind;
import yearbook.catalog.ReportingUnit;
import yearbook.catalog.Source;
import yearbook.catalog.UnitRegistry;
import yearbook.model.AnnualAirQuality;
import yearbook.model.AqiLevel;
import yearbook.model.DailyAirQuality;
import yearbook.model.Figure;
import yearbook.model.Pollutant;
import yearbook.publish.YearReport;

/**
 * A plausible 2022 built from the real catalog and registry: the published 2022 totals
 * (seed figures), community shares that add up to them, priors for 同比, station figures, a
 * year of daily AQI varying by season, one unit missing a quarter (so totals are
 * incomplete), approximate figures where the 2022 summary said 余/多, and one community
 * with no figure for 排查隐患.
 */
public final class YearReportFixture {

    public static final int YEAR = 2022;

    public static final String MISSING_UNIT = "YONGYI";

    public static final String UNREPORTED_COMMUNITY = "BEIDAJIE";

    public static final String UNREPORTED_INDICATOR = "SAF_HAZARDS_FOUND";

    private static final Map<String, String> SEED = Map.ofEntries(Map.entry("ECO_BUDGET_REV", "3.4"),
            Map.entry("ECO_WHOLESALE_RETAIL", "130.61"), Map.entry("ECO_RETAIL_REV", "1.58"),
            Map.entry("ECO_IND_FAI", "1.42"), Map.entry("ECO_IND_FAI_HITECH", "1.42"),
            Map.entry("ECO_SVC_FAI", "31.49"), Map.entry("ECO_SVC_FAI_HITECH", "1367"), Map.entry("ECO_PROJECTS", "15"),
            Map.entry("ECO_PROJECT_SCORE", "18.5"), Map.entry("ECO_ENTERPRISE_VISITS", "1000"),
            Map.entry("ECO_BUILDING_HEADS", "15"), Map.entry("URB_RENOV_ESTATES", "4"),
            Map.entry("URB_RENOV_BUILDINGS", "57"), Map.entry("URB_RENOV_HOUSEHOLDS", "2174"),
            Map.entry("URB_RENOV_DEMOLISH", "435"), Map.entry("URB_RELOC_RESIDENT", "13"),
            Map.entry("URB_RELOC_NONRESIDENT", "5"), Map.entry("URB_ILLEGAL_DEMOLISHED", "41"),
            Map.entry("URB_ILLEGAL_AREA", "3331"), Map.entry("URB_BILLBOARDS", "85"),
            Map.entry("URB_PATROL_STAFF", "400"), Map.entry("URB_SHOPS_REGULATED", "450"),
            Map.entry("URB_DEBRIS_CLEARED", "50"), Map.entry("URB_POSTERS_CLEARED", "300"),
            Map.entry("URB_PARKING_LINES", "1000"), Map.entry("URB_ZOMBIE_CARS", "40"),
            Map.entry("ENV_RIVER_ISSUES", "42"), Map.entry("ENV_FOUR_CHAOS", "52"),
            Map.entry("ENV_FOUR_CHAOS_AREA", "6500"), Map.entry("ENV_REGREEN_AREA", "2300"),
            Map.entry("LIV_NEW_JOBS", "2252"), Map.entry("LIV_NEW_JOBS_GRAD", "725"),
            Map.entry("LIV_PUBLIC_POSTS", "8"), Map.entry("LIV_RELIEF_FUNDS", "369"),
            Map.entry("LIV_ELDERLY_FUNDS", "351"), Map.entry("LIV_VACC_ELIGIBLE", "5600"),
            Map.entry("LIV_VACC_FIRST_DOSE", "5320"), Map.entry("SAF_HAZARDS_FOUND", "129"),
            Map.entry("SAF_HAZARDS_FIXED", "114"), Map.entry("SAF_GAS_PIPES", "67"),
            Map.entry("SAF_LPG_CYLINDERS", "37"), Map.entry("SAF_GAS_TO_PIPE", "37"),
            Map.entry("SAF_ALCOHOL_FUEL_FIRMS", "42"), Map.entry("SAF_PETITIONS_BACKLOG", "40"),
            Map.entry("SAF_PETITIONS_RESOLVED", "20"), Map.entry("SAF_DISPUTES", "86"),
            Map.entry("SAF_WAGE_SITES", "20"), Map.entry("SAF_MENTAL_VISITS", "233"),
            Map.entry("GRD_GRIDS_GENERAL", "79"), Map.entry("GRD_GRIDS_SPECIAL", "37"));

    /** Written as 余/多 in the 2022 summary. */
    private static final List<String> APPROXIMATE = List.of("ECO_ENTERPRISE_VISITS", "URB_PATROL_STAFF",
            "URB_SHOPS_REGULATED", "URB_DEBRIS_CLEARED", "URB_POSTERS_CLEARED", "URB_PARKING_LINES", "URB_ZOMBIE_CARS",
            "SAF_WAGE_SITES");

    private static final Map<String, String> KNOWN_GROWTH = Map.of("ECO_WHOLESALE_RETAIL", "14.69", "ECO_RETAIL_REV",
            "7.46");

    private YearReportFixture() {
    }

    public static IndicatorCatalog catalog() {
        return IndicatorCatalog.load(Path.of("config/catalog.yaml"));
    }

    public static UnitRegistry units() {
        return UnitRegistry.load(Path.of("config/units.yaml"));
    }

    public static YearReport report() {
        IndicatorCatalog catalog = catalog();
        UnitRegistry units = units();
        String sub = units.subdistrict().code();
        List<ReportingUnit> communities = units.communities(YEAR);
        List<Figure> figures = new ArrayList<>();
        Map<String, BigDecimal> totals = new HashMap<>();

        for (Indicator i : catalog.all()) {
            if (!i.kind().isReported()) {
                continue;
            }
            BigDecimal total = new BigDecimal(SEED.get(i.code()));
            totals.put(i.code(), total);
            boolean incomplete = i.source() == Source.COMMUNITY && i.kind() == IndicatorKind.FLOW;
            figures.add(figure(sub, i, total, growthOf(i), incomplete, APPROXIMATE.contains(i.code()), true));
            if (i.source() == Source.COMMUNITY) {
                List<BigDecimal> shares = split(total, communities.size(), i.decimals(), i.order());
                for (int k = 0; k < communities.size(); k++) {
                    ReportingUnit u = communities.get(k);
                    if (u.code().equals(UNREPORTED_COMMUNITY) && i.code().equals(UNREPORTED_INDICATOR)) {
                        continue;
                    }
                    BigDecimal g = u.comparableIn(YEAR) ? growthOf(i).add(BigDecimal.valueOf(k - 6)) : null;
                    figures.add(figure(u.code(), i, shares.get(k), g, u.code().equals(MISSING_UNIT) && incomplete,
                            false, u.comparableIn(YEAR)));
                }
            }
        }
        // Derived figures of the sub-district.
        rate(figures, catalog.get("LIV_VACC_RATE"), sub, totals, "1.20");
        rate(figures, catalog.get("SAF_HAZARDS_FIX_RATE"), sub, totals, "-2.35");
        rate(figures, catalog.get("SAF_PETITIONS_RATE"), sub, totals, "5.00");
        figures.add(new Figure(YEAR, sub, "ECO_WHOLESALE_RETAIL_YOY", new BigDecimal("14.69"), new BigDecimal("9.12"),
                null, false, false, true));
        figures.add(new Figure(YEAR, sub, "ECO_RETAIL_REV_YOY", new BigDecimal("7.46"), new BigDecimal("3.30"), null,
                false, false, true));

        AnnualAirQuality air = air();
        String station = air.stationCode();
        figures.add(measure(station, "ENV_GOOD_DAYS", BigDecimal.valueOf(air.goodDays()), new BigDecimal("291")));
        figures.add(measure(station, "ENV_VALID_DAYS", BigDecimal.valueOf(air.validDays()), new BigDecimal("362")));
        figures.add(new Figure(YEAR, station, "ENV_GOOD_DAYS_RATE", air.goodDayRate(), new BigDecimal("80.39"),
                air.goodDayRate().subtract(new BigDecimal("80.39")), false, false, true));
        figures.add(measure(station, "ENV_PM25_MEAN", air.pm25Mean(), new BigDecimal("33")));
        figures.add(measure(station, "ENV_PM10_MEAN", air.pm10Mean(), new BigDecimal("55")));
        figures.add(measure(station, "ENV_NO2_MEAN", air.no2Mean(), new BigDecimal("26")));
        figures.add(measure(station, "ENV_SO2_MEAN", air.so2Mean(), new BigDecimal("8")));
        figures.add(measure(station, "ENV_CO_P95", air.coP95(), new BigDecimal("1.0")));
        figures.add(measure(station, "ENV_O3_8H_P90", air.o3P90(), new BigDecimal("168")));

        return new YearReport(YEAR, LocalDate.of(2023, 1, 10), catalog, units, figures,
                List.of(new YearReport.Missing(MISSING_UNIT, List.of("2022年第4季度"))), List.of(), List.of(), List.of(),
                air);
    }

    /**
     * 同比 in %: the 2022 published ones where known, otherwise a spread from -12% to +28%.
     */
    private static BigDecimal growthOf(Indicator i) {
        String known = KNOWN_GROWTH.get(i.code());
        if (known != null) {
            return new BigDecimal(known);
        }
        return BigDecimal.valueOf((i.order() * 37L) % 41 - 12).add(new BigDecimal("0.37"));
    }

    private static Figure figure(String unit, Indicator i, BigDecimal value, BigDecimal growth, boolean incomplete,
            boolean approximate, boolean comparable) {
        BigDecimal prior = growth == null ? null
                : value.multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(100).add(growth), MathContext.DECIMAL64)
                    .setScale(i.decimals(), RoundingMode.HALF_UP);
        return new Figure(YEAR, unit, i.code(), value, prior, growth, incomplete, approximate, comparable);
    }

    private static Figure measure(String unit, String code, BigDecimal value, BigDecimal prior) {
        BigDecimal growth = value.subtract(prior)
            .multiply(BigDecimal.valueOf(100))
            .divide(prior, MathContext.DECIMAL64);
        return new Figure(YEAR, unit, code, value, prior, growth, false, false, true);
    }

    private static void rate(List<Figure> figures, Indicator rate, String unit, Map<String, BigDecimal> totals,
            String points) {
        BigDecimal v = totals.get(rate.numerator())
            .multiply(BigDecimal.valueOf(100))
            .divide(totals.get(rate.denominator()), MathContext.DECIMAL64);
        BigDecimal p = new BigDecimal(points);
        figures.add(new Figure(YEAR, unit, rate.code(), v, v.subtract(p), p, false, false, true));
    }

    /**
     * Unequal shares (weights 3..15) that add up exactly to the total (largest
     * remainder).
     */
    private static List<BigDecimal> split(BigDecimal total, int n, int decimals, int salt) {
        int[] w = new int[n];
        int sum = 0;
        for (int k = 0; k < n; k++) {
            sum += w[k] = (k * 7 + salt * 3) % 13 + 3;
        }
        BigDecimal step = BigDecimal.ONE.movePointLeft(decimals);
        List<BigDecimal> shares = new ArrayList<>();
        BigDecimal rest = total;
        for (int k = 0; k < n; k++) {
            BigDecimal s = total.multiply(BigDecimal.valueOf(w[k]))
                .divide(BigDecimal.valueOf(sum), decimals, RoundingMode.DOWN);
            shares.add(s);
            rest = rest.subtract(s);
        }
        for (int k = 0; rest.signum() > 0; k = (k + 1) % n) {
            shares.set(k, shares.get(k).add(step));
            rest = rest.subtract(step);
        }
        return shares;
    }

    /** 365 days: AQI high in winter (PM2.5) and early summer (O3), three invalid days. */
    public static AnnualAirQuality air() {
        Random random = new Random(2022);
        List<DailyAirQuality> days = new ArrayList<>();
        Map<AqiLevel, Integer> perLevel = new EnumMap<>(AqiLevel.class);
        int[] good = new int[12];
        int[] valid = new int[12];
        for (LocalDate d = LocalDate.of(YEAR, 1, 1); d.getYear() == YEAR; d = d.plusDays(1)) {
            int doy = d.getDayOfYear();
            boolean isValid = !(d.getMonthValue() == 3 && d.getDayOfMonth() >= 14 && d.getDayOfMonth() <= 16);
            double winter = 55 * Math.cos(2 * Math.PI * (doy - 10) / 365.0);
            double summer = doy > 140 && doy < 200 ? 35 : 0;
            int aqi = (int) Math.max(18, Math.round(58 + winter + summer + random.nextGaussian() * 24));
            Pollutant primary = summer > 0 ? Pollutant.O3_8H : Pollutant.PM25;
            if (!isValid) {
                days.add(new DailyAirQuality("TZ_PARK", d, Map.of(), null, null, List.of(), false, null, false));
                continue;
            }
            AqiLevel level = AqiLevel.of(aqi);
            perLevel.merge(level, 1, Integer::sum);
            valid[d.getMonthValue() - 1]++;
            if (level.isGood()) {
                good[d.getMonthValue() - 1]++;
            }
            days.add(new DailyAirQuality("TZ_PARK", d, Map.of(primary, aqi), aqi, level,
                    aqi > 50 ? List.of(primary) : List.of(), true, aqi, false));
        }
        int goodDays = Arrays.stream(good).sum();
        int validDays = Arrays.stream(valid).sum();
        BigDecimal rate = BigDecimal.valueOf(goodDays * 100L)
            .divide(BigDecimal.valueOf(validDays), MathContext.DECIMAL64);
        return new AnnualAirQuality("TZ_PARK", YEAR, goodDays, validDays, rate, new BigDecimal("31.4"),
                new BigDecimal("52.6"), new BigDecimal("24.8"), new BigDecimal("7.2"), new BigDecimal("0.9"),
                new BigDecimal("171"), perLevel, good, valid, Map.of(Pollutant.PM25, 180, Pollutant.O3_8H, 70), days);
    }

}

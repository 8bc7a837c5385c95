package yearbook.publish;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.UnitRegistry;
import yearbook.model.CellRef;
import yearbook.model.Figure;
import yearbook.model.Finding;

/**
 * A 2022 report built from the real catalog and registry, with figures of the 2022
 * summary.
 */
final class TestReports {

    static final String FORMULA = "=HYPERLINK(\"x\")";
    static final String FORMULA_FILE = FORMULA + ".xlsx";
    static final String HENGHE_FILE = "横河社区2022年第3季度.xlsx";
    static final String JGT_FILE = "尖沟头社区2022年报.xlsx";

    private TestReports() {
    }

    /** (this − prior) / prior × 100, unrounded, as compile computes it. */
    static BigDecimal growth(String value, String prior) {
        BigDecimal v = new BigDecimal(value), p = new BigDecimal(prior);
        return v.subtract(p).divide(p, MathContext.DECIMAL128).multiply(BigDecimal.valueOf(100));
    }

    static BigDecimal ratio(String numerator, String denominator) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL128)
            .multiply(BigDecimal.valueOf(100));
    }

    static Figure fig(String unit, String code, String value) {
        return new Figure(2022, unit, code, new BigDecimal(value), null, null, false, false, true);
    }

    static YearReport report2022() {
        IndicatorCatalog catalog = IndicatorCatalog.load(Path.of("config/catalog.yaml"));
        UnitRegistry units = UnitRegistry.load(Path.of("config/units.yaml"));
        BigDecimal fixRate = ratio("114", "129");
        BigDecimal fixRatePrior = ratio("90", "110");
        List<Figure> figures = List.of(
                // communities first, in a scrambled order: outputs must sort them
                fig("HENGHE", "LIV_NEW_JOBS", "1052"), fig("JIANGOUTOU", "LIV_NEW_JOBS", "1200"),
                new Figure(2022, "HUAQIANG", "SAF_HAZARDS_FOUND", new BigDecimal("40"), new BigDecimal("35"),
                        growth("40", "35"), false, false, false),
                new Figure(2022, "JIANGOUTOU", "ECO_ENTERPRISE_VISITS", new BigDecimal("600"), null, null, false, true,
                        true),
                fig("HENGHE", "ECO_ENTERPRISE_VISITS", "400"),
                new Figure(2022, "TANGZHA", "ECO_WHOLESALE_RETAIL", new BigDecimal("130.61"), new BigDecimal("113.88"),
                        growth("130.61", "113.88"), false, false, true),
                fig("TANGZHA", "ECO_BUDGET_REV", "3.4"), fig("TANGZHA", "ECO_PROJECT_SCORE", "18.5"),
                new Figure(2022, "TANGZHA", "ECO_ENTERPRISE_VISITS", new BigDecimal("1000"), null, null, false, true,
                        true),
                new Figure(2022, "TANGZHA", "LIV_NEW_JOBS", new BigDecimal("2252"), null, null, true, false, true),
                fig("TANGZHA", "LIV_NEW_JOBS_GRAD", "725"), fig("TANGZHA", "LIV_VACC_RATE", "95.000"),
                fig("TANGZHA", "SAF_HAZARDS_FOUND", "129"), fig("TANGZHA", "SAF_HAZARDS_FIXED", "114"),
                new Figure(2022, "TANGZHA", "SAF_HAZARDS_FIX_RATE", fixRate, fixRatePrior,
                        fixRate.subtract(fixRatePrior), false, false, true),
                fig("TANGZHA", "SAF_PETITIONS_RATE", "50"), fig("TANGZHA", "GRD_GRIDS_GENERAL", "79"),
                fig("TZ_PARK", "ENV_GOOD_DAYS_RATE", "83.2876712"));
        List<YearReport.Missing> missing = List.of(new YearReport.Missing("HENGHE", List.of("2022年第3季度", "2022年第4季度")));
        List<YearReport.Received> received = List.of(
                new YearReport.Received(JGT_FILE, "JIANGOUTOU", "2022", "ACCEPTED", LocalDate.of(2023, 1, 3)),
                new YearReport.Received(HENGHE_FILE, "HENGHE", "2022Q3", "QUARANTINED", LocalDate.of(2022, 10, 8)),
                new YearReport.Received(FORMULA_FILE, null, null, "NOT_SUBMISSION", LocalDate.of(2023, 1, 4)));
        List<YearReport.FileFinding> findings = List.of(
                new YearReport.FileFinding("HENGHE", HENGHE_FILE,
                        Finding.warning("SWING", new CellRef("报表", "D12"), "900", "比上年同期增长超过50%", "请核实并说明原因")),
                new YearReport.FileFinding("HENGHE", HENGHE_FILE,
                        Finding.error("NOT_A_NUMBER", new CellRef("报表", "D9"), FORMULA, "本期数不是数字",
                                "请在该单元格填写数字,不要填写公式或文字")),
                new YearReport.FileFinding("HENGHE", HENGHE_FILE,
                        Finding.error("CHILD_EXCEEDS_PARENT", new CellRef("报表", "D10"), "800", "其中项高校毕业生大于新增就业人员",
                                "请核对两行数字")),
                new YearReport.FileFinding(null, FORMULA_FILE,
                        Finding.error("UNKNOWN_UNIT", CellRef.NONE, FORMULA, "看不出是哪个单位的报表", "请在表头“填报单位”处写上社区名称")));
        List<YearReport.Source> lineage = List.of(
                new YearReport.Source("JIANGOUTOU", "LIV_NEW_JOBS", JGT_FILE, "2022", "报表", "D7",
                        new BigDecimal("1200")),
                new YearReport.Source("TANGZHA", "ECO_WHOLESALE_RETAIL", "街道统计站2022年报.xlsx", "2022", "报表", "D5",
                        new BigDecimal("130.61")),
                new YearReport.Source("HENGHE", "LIV_NEW_JOBS", FORMULA_FILE, "2022Q2", "报表", "D7",
                        new BigDecimal("1052")));
        return new YearReport(2022, LocalDate.of(2023, 1, 5), catalog, units, figures, missing, received, findings,
                lineage, null);
    }

    /** The figures of a report built in memory, as they were given. */
    static List<Figure> figuresOf(YearReport report) {
        return ((FigureIndex) report.figures()).list();
    }

    /** The received files of a report built in memory, as they were given. */
    static List<YearReport.Received> filesOf(YearReport report) {
        return ((FileList) report.files()).list();
    }

    /** The findings of a report built in memory, as they were given. */
    static List<YearReport.FileFinding> findingsOf(YearReport report) {
        return ((FindingList) report.findings()).list();
    }

}

package yearbook.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import yearbook.ProgramRun;
import yearbook.cli.ExitCode;

/**
 * The sample's 2021 and 2022 and a 2023 year to date (through June) in one database, with
 * the 2023 目标任务 workbook of input/2023/: every 完成率, 时序进度 and state of the report against
 * values worked out by hand (below, from the workbooks' own numbers: years/2023 holds
 * Q1–Q2 of 横河, 新华 and 永怡, years/2023-h1 the sub-district's months January–June and the
 * station's days, see input/generator/make_targets_2023.py). Printed to 2 decimals,
 * half-up, as the CSV prints them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TargetsEndToEndTest {

    @TempDir
    static Path tmp;

    Path out;

    String console;

    int exit2023;

    @BeforeAll
    void runThreeYears() throws Exception {
        Path input = tmp.resolve("input");
        TwoYearsEndToEndTest.copyWorkbooks(Path.of("src/test/resources/years/2021"), input.resolve("2021"));
        TwoYearsEndToEndTest.copyWorkbooks(Path.of("input/2022"), input.resolve("2022"));
        TwoYearsEndToEndTest.copyWorkbooks(Path.of("src/test/resources/years/2023"), input.resolve("2023"));
        TwoYearsEndToEndTest.copyWorkbooks(Path.of("src/test/resources/years/2023-h1"), input.resolve("2023"));
        TwoYearsEndToEndTest.copyWorkbooks(Path.of("input/2023"), input.resolve("2023"));
        out = tmp.resolve("output");
        for (int year : new int[] { 2021, 2022 }) {
            int code = run("run", "--year", Integer.toString(year), "--input", input.toString(), "--output",
                    out.toString());
            assertThat(code).as(console).isEqualTo(ExitCode.OK);
        }
        exit2023 = run("run", "--year", "2023", "--through", "6", "--input", input.toString(), "--output",
                out.toString());
    }

    int run(String... args) {
        ProgramRun program = new ProgramRun(tmp);
        int code = program.run(args);
        console = program.console();
        return code;
    }

    /**
     * unit, indicator, 完成率, 时序进度, state — worked out by hand (— where it cannot be
     * computed).
     */
    static final String[][] EXPECTED = {
            // monthly split: 1.77 of 3.6 (0.42+0.21+0.30+0.29+0.27+0.28); due by June
            // 0.45+0.25+0.32+0.30+0.30+0.28 = 1.90
            { "TANGZHA", "ECO_BUDGET_REV", "49.17", "52.78", "正常" },
            // 71.40 of 145 against 6/12
            { "TANGZHA", "ECO_WHOLESALE_RETAIL", "49.24", "50.00", "正常" },
            // 0.95 of 1.7: 55.88 − 50 = +5.88 ≥ 5 points
            { "TANGZHA", "ECO_RETAIL_REV", "55.88", "50.00", "超前" },
            // quarterly split 3/4/4/5: due by June 7 of 16; 新华 1 + 永怡 1
            { "TANGZHA", "ECO_PROJECTS", "12.50", "43.75", "滞后" },
            // 1 of 16 (永怡 Q2)
            { "TANGZHA", "URB_RELOC_NONRESIDENT", "6.25", "50.00", "滞后" },
            { "TANGZHA", "URB_RELOC_RESIDENT", "0.00", "50.00", "滞后" }, // 0 of 12
            { "TANGZHA", "URB_RENOV_ESTATES", "20.00", "50.00", "滞后" }, // 1 of 5 (新华 Q2)
            // a rate: 148 good of 181 valid days = 81.7679…%, of 80% = 102.21%; a level
            // is due all year (100)
            { "TANGZHA", "ENV_GOOD_DAYS_RATE", "102.21", "100.00", "正常" },
            // a ceiling that holds: the first half's PM2.5 mean 6328/181 = 34.96 µg/m³ ≤
            // 35
            { "TANGZHA", "ENV_PM25_MEAN", "99.89", "100.00", "正常" },
            { "TANGZHA", "LIV_NEW_JOBS", "7.83", "50.00", "滞后" }, // 180 of 2300
            // 17 fixed of 20 found = 85% of 90% = 94.44%: 5.56 points behind
            { "TANGZHA", "SAF_HAZARDS_FIX_RATE", "94.44", "100.00", "滞后" },
            // 1344 of 1475 (Q2 stocks) = 91.1186…% of 95% = 95.91%
            { "TANGZHA", "LIV_VACC_RATE", "95.91", "100.00", "正常" },
            { "HENGHE", "LIV_NEW_JOBS", "46.88", "50.00", "正常" }, // 75 of 160
            // quarterly split 30/50/50/40: due by June 80 of 170 = 47.06%; 67 of 170 =
            // 39.41%
            // 38 of 200
            { "XINHUA", "LIV_NEW_JOBS", "39.41", "47.06", "滞后" }, { "YONGYI", "LIV_NEW_JOBS", "19.00", "50.00", "滞后" },
            // a community that reported nothing: —
            { "CHANGAN", "LIV_NEW_JOBS", "", "50.00", "—" }, { "CHANGAN", "URB_RELOC_NONRESIDENT", "", "50.00", "—" },
            { "YONGYI", "URB_RELOC_NONRESIDENT", "16.67", "50.00", "滞后" }, // 1 of 6
            { "XINHUA", "URB_RENOV_ESTATES", "50.00", "50.00", "正常" }, // 1 of 2
            // 6 of 9 = 66.67% of 90%
            { "HENGHE", "SAF_HAZARDS_FIX_RATE", "74.07", "100.00", "滞后" },
            { "XINHUA", "SAF_HAZARDS_FIX_RATE", "111.11", "100.00", "超前" }, // 9 of 9
            { "YONGYI", "SAF_HAZARDS_FIX_RATE", "111.11", "100.00", "超前" }, // 2 of 2
    };

    @Test
    void everyTargetsProgressIsWhatWasWorkedOutByHand() throws Exception {
        assertThat(exit2023).as(console).isEqualTo(ExitCode.OK);
        Map<String, Map<String, String>> rows = ProgramRun.indicators(out, 2023);
        List<String> wrong = new ArrayList<>();
        for (String[] e : EXPECTED) {
            Map<String, String> row = rows.get(e[0] + "|" + e[1]);
            if (row == null) {
                wrong.add(e[0] + " " + e[1] + ": no row");
                continue;
            }
            String got = row.get("完成率") + " / " + row.get("时序进度") + " / " + row.get("进度状态");
            String want = e[2] + " / " + e[3] + " / " + e[4];
            if (!got.equals(want)) {
                wrong.add(e[0] + " " + e[1] + ": expected " + want + ", got " + got);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(rows.get("TANGZHA|ENV_PM25_MEAN").get("目标类型")).isEqualTo("不超过");
        assertThat(rows.get("TANGZHA|ECO_BUDGET_REV").get("目标")).isEqualTo("3.60");
        assertThat(rows.get("CHANGAN|LIV_NEW_JOBS").get("数值")).isEmpty();
        // explain names the target's cell (lineage)
        assertThat(run("explain", "ECO_BUDGET_REV", "--year", "2023")).isEqualTo(ExitCode.OK);
        assertThat(console).contains("目标 至少3.6亿元: 完成率 49.2%, 时序进度 52.8%, 正常 — 唐闸镇街道2023年目标任务.xlsx 目标任务!F9");
    }

    @Test
    void communitiesAreRankedAndTheYearsWithoutTargetsHaveEmptyColumns() throws Exception {
        List<String> sheet = ProgramRun.cells(out.resolve("2023/summary-2023.xlsx"));
        assertThat(sheet).anyMatch(c -> c.startsWith("目标完成!")).anyMatch(c -> c.startsWith("历年!"));
        Map<String, Map<String, String>> y2022 = ProgramRun.indicators(out, 2022);
        assertThat(y2022.get("TANGZHA|LIV_NEW_JOBS").get("完成率")).isEmpty();
        assertThat(y2022.get("TANGZHA|LIV_NEW_JOBS").get("进度状态")).isEmpty();
    }

    @Test
    void theYearsShowARedrawnOrNewCommunityApartAndTheMonthsAddUp() throws Exception {
        List<String> y2022 = ProgramRun.cells(out.resolve("2022/summary-2022.xlsx"));
        assertThat(y2022).anyMatch(c -> c.startsWith("历年!") && c.contains("2022年区划调整,此前(黄色)为调整前区域的数据,不可比"))
            .anyMatch(c -> c.startsWith("历年!") && c.endsWith("2022年新设"));
        List<String> y2023 = ProgramRun.cells(out.resolve("2023/summary-2023.xlsx"));
        // 1-6月 一般公共预算收入 1.77 against 1.66 (the 上年同期 of the six monthly reports): +6.63%
        assertThat(y2023).anyMatch(c -> c.startsWith("历年!") && c.contains("2023年1-6月累计与累计增速"));
        try (var pdf = Loader.loadPDF(out.resolve("2023/summary-2023.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("总览 · 2023年1-6月", "目标完成情况(2023年1-6月)", "各社区目标完成情况", "经济发展:主要指标历年变化",
                    "一般公共预算收入(不含房地产):1-6月累计与累计增速", "+6.63%");
        }
        assertThat(out.resolve("2023/charts/01-eco-trend.svg")).isNotEmptyFile();
        assertThat(out.resolve("2023/charts/01-eco-eco_budget_rev-cumulative.png")).isNotEmptyFile();
    }

    @Test
    void theNarrativeSaysHowFarAndTheValidationReportSaysWhyADashIsADash() throws Exception {
        String md = Files.readString(out.resolve("2023/narrative-2023.md"), StandardCharsets.UTF_8);
        assertThat(md).contains("## 目标完成情况(2023年1-6月)")
            .contains("一般公共预算收入(不含房地产)完成全年目标的49.2%,慢于时序进度3.6个百分点")
            .contains("限上零售业营业额完成全年目标的55.9%,超时序进度5.9个百分点")
            .contains("PM2.5年均浓度(唐闸公园站)35微克/立方米,目标不超过35微克/立方米,达标");
        List<String> validation = ProgramRun.cells(out.resolve("2023/validation-2023.xlsx"));
        assertThat(validation).anyMatch(c -> c.contains("长岸社区没有“新增就业人员”的2023年1-6月数字"));
    }

}

package yearbook.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import yearbook.ProgramRun;
import yearbook.SeedFigures;
import yearbook.cli.ExitCode;

/**
 * The whole program on the shipped sample year, as the README runs it: the real command,
 * a real embedded PostgreSQL, the real workbooks of input/2022. Every figure of the real
 * 2022 summary must come out of the CSV exactly, and the PDF and the workbook must carry
 * the same figures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YearlyJobEndToEndTest {

    @TempDir
    static Path tmp;

    Path out;

    String console;

    int exit;

    ProgramRun program;

    Map<String, Map<String, String>> totals = new HashMap<>();

    @BeforeAll
    void runTheYear() throws Exception {
        program = new ProgramRun(tmp);
        out = tmp.resolve("output");
        exit = run("run", "--year", "2022", "--input", "input", "--output", out.toString());
        assertThat(out.resolve("2022/indicators-2022.csv")).exists();
        totals = ProgramRun.totals(out, 2022, "TANGZHA");
    }

    int run(String... args) {
        int code = program.run(args);
        console = program.console();
        return code;
    }

    @Test
    void theRunSucceedsWithEveryFileAccepted() {
        assertThat(exit).as(console).isEqualTo(ExitCode.OK);
        assertThat(console).contains("完成");
    }

    @Test
    void everyFigureOfThe2022SummaryIsReproduced() throws Exception {
        List<SeedFigures.Seed> seeds = SeedFigures.load();
        assertThat(seeds).hasSizeGreaterThan(50);
        List<String> wrong = new ArrayList<>();
        for (SeedFigures.Seed s : seeds) {
            Map<String, String> row = totals.get(s.code());
            if (row == null) {
                wrong.add(s.code() + ": missing from the CSV");
                continue;
            }
            BigDecimal got = new BigDecimal(row.get("数值"));
            boolean ok = switch (s.relation()) {
                case EXACT, AT_LEAST -> got.compareTo(s.value()) == 0;
                case ABOVE -> got.compareTo(s.value()) > 0;
            };
            if (!ok) {
                wrong.add(s.code() + ": expected " + s.relation() + " " + s.value() + ", got " + got);
            }
        }
        assertThat(wrong).as("figures that differ from the 2022 summary").isEmpty();
    }

    @Test
    void ratesAndGrowthAreRecomputedNotSummed() {
        assertThat(totals.get("SAF_HAZARDS_FIX_RATE").get("数值")).isEqualTo("88.37");
        assertThat(totals.get("ECO_WHOLESALE_RETAIL").get("同比")).isEqualTo("14.69");
        assertThat(totals.get("ECO_RETAIL_REV").get("同比")).isEqualTo("7.46");
        assertThat(totals.get("LIV_VACC_RATE").get("数值")).isEqualTo("95.00");
    }

    @Test
    void approximateFiguresAreMarked() {
        // 公园社区 wrote 30余
        assertThat(totals.get("URB_PATROL_STAFF").get("含约数")).isEqualTo("是");
        assertThat(totals.get("LIV_NEW_JOBS").get("含约数")).isEqualTo("否");
    }

    @Test
    void thePdfHasItsPagesFontsAndFigures() throws Exception {
        Path pdf = out.resolve("2022/summary-2022.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(6);
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                }
            }
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("唐闸镇街道", "130.61", "2,252", "88.37");
        }
    }

    @Test
    void theWorkbookCarriesTheCsvFigures() throws Exception {
        try (Workbook wb = WorkbookFactory.create(out.resolve("2022/summary-2022.xlsx").toFile(), null, true)) {
            Map<String, List<Double>> numbersBySheet = new HashMap<>();
            List<Double> all = new ArrayList<>();
            for (Sheet sh : wb) {
                for (Row r : sh) {
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.NUMERIC) {
                            all.add(c.getNumericCellValue());
                        }
                    }
                }
            }
            numbersBySheet.put("all", all);
            for (String code : List.of("ECO_WHOLESALE_RETAIL", "LIV_NEW_JOBS", "LIV_NEW_JOBS_GRAD", "SAF_HAZARDS_FOUND",
                    "SAF_HAZARDS_FIXED", "GRD_GRIDS_GENERAL", "GRD_GRIDS_SPECIAL", "URB_RENOV_HOUSEHOLDS")) {
                double v = new BigDecimal(totals.get(code).get("数值")).doubleValue();
                assertThat(all).as(code).anySatisfy(x -> assertThat(x).isCloseTo(v, Offset.offset(1e-9)));
            }
        }
    }

    /**
     * Each phrase stands verbatim both in the real 2022 summary and in the narrative the
     * program wrote.
     */
    @Test
    void theNarrativeReproducesTheSummarysSentences() throws Exception {
        String seed = new String(getClass().getResourceAsStream("/tangzha-2022-work-summary.txt").readAllBytes(),
                StandardCharsets.UTF_8);
        String narrative = Files.readString(out.resolve("2022/narrative-2022.md"));
        List<String> phrases = List.of("完成服务业限上批零销售额130.61亿元,同比增幅14.69%", "限上零售业营业额完成1.58亿元,增幅7.46%",
                "完成工业固定资产投资1.42亿元,其中高技术制造业投资1.42亿元,服务业固定资产投资31.49亿元,其中高技术服务业投资1367万元", "今年街道共招引15个项目,完成系数18.5",
                "明确15名党政领导作为15幢运营楼宇的“楼长”", "4个老旧小区57幢2174户的改造工程", "435处违建拆除工作", "街道共完成民居签约13户、非居签约5户",
                "共拆除违法建设41处,拆除面积3331平方米,拆除楼顶、墙面各类违章广告牌85处", "出动整治队伍400余人次", "解决重难点问题42个,清“四乱”52处", "复绿面积2300平方",
                "新增就业人员2252名,其中高校毕业生725名,开发公益性岗位8个", "累计发放救助资金369万元、养老服务资金351万元", "首针接种率达95%",
                "排查各类隐患共129条,整改114条,完成整改管道燃气私拉乱接67处,违法违规液化气瓶37只,居民用户“瓶改管、气改电”37户", "今年化解信访积案20起,积案化解率达50%",
                "对排查出来的86起矛盾纠纷或事件苗头,妥善处理", "对233名严重精神障碍患者定期走访", "形成79个综合网格,37个专属网格", "3.4亿元");
        for (String p : phrases) {
            assertThat(seed).as("the summary itself").contains(p);
            assertThat(narrative).contains(p);
        }
    }

    @Test
    void rerunningTheYearCountsNothingTwice() throws Exception {
        String before = Files.readString(out.resolve("2022/indicators-2022.csv"));
        int again = run("run", "--year", "2022", "--input", "input", "--output", out.toString());
        assertThat(again).as(console).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(out.resolve("2022/indicators-2022.csv"))).isEqualTo(before);
    }

    @Test
    void explainNamesTheCellsBehindAFigure() {
        int code = run("explain", "LIV_NEW_JOBS", "--year", "2022");
        assertThat(code).as(console).isEqualTo(ExitCode.OK);
        assertThat(console).contains("2,252").contains("报表!").contains("北大街社区");
    }

}

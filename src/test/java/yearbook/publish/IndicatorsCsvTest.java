package yearbook.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yearbook.model.Figure;

class IndicatorsCsvTest {

    @TempDir
    Path dir;

    private String writeAndRead(YearReport report) throws Exception {
        Path csv = dir.resolve("indicators-2022.csv");
        new IndicatorsCsv().write(report, csv);
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    void writesOneRowPerFigureWithBomCrlfAndCatalogRounding() throws Exception {
        String text = writeAndRead(TestReports.report2022());

        assertThat(text).doesNotContain("\r\r").doesNotContainPattern("[^\r]\n");
        List<String> lines = List.of(text.split("\r\n"));
        assertThat(lines.get(0))
            .isEqualTo("年份,单位代码,单位名称,指标代码,指标名称,数值,计量单位,上年同期,同比,同比单位,数据不完整,含约数,可比,目标,目标类型,完成率,时序进度,进度状态");
        assertThat(lines).hasSize(1 + TestReports.figuresOf(TestReports.report2022()).size());
        // the target columns (目标 … 进度状态) are empty in a year without a 目标任务 workbook
        assertThat(lines).contains(
                "2022,TANGZHA,唐闸镇街道,ECO_WHOLESALE_RETAIL,服务业限上批零销售额,130.61,亿元,113.88,14.69,%,否,否,是,,,,,",
                "2022,TANGZHA,唐闸镇街道,ECO_BUDGET_REV,一般公共预算收入(不含房地产),3.40,亿元,,,,否,否,是,,,,,",
                "2022,TANGZHA,唐闸镇街道,LIV_NEW_JOBS,新增就业人员,2252,人,,,,是,否,是,,,,,",
                // 114/129 unrounded, against 90/110 last year: a difference in percentage
                // points
                "2022,TANGZHA,唐闸镇街道,SAF_HAZARDS_FIX_RATE,隐患整改率,88.37,%,81.82,6.55,百分点,否,否,是,,,,,",
                "2022,TANGZHA,唐闸镇街道,ECO_ENTERPRISE_VISITS,走访楼宇企业,1000,家,,,,否,是,是,,,,,",
                "2022,HUAQIANG,花墙社区,SAF_HAZARDS_FOUND,排查隐患,40,条,35,14.29,%,否,否,否,,,,,");
    }

    @Test
    void listsTheSubdistrictFirstThenUnitsInRegistryOrderAndIndicatorsInCatalogOrder() throws Exception {
        List<String> lines = List.of(writeAndRead(TestReports.report2022()).split("\r\n"));
        List<String> units = lines.stream().skip(1).map(l -> l.split(",")[1]).distinct().toList();
        assertThat(units).containsExactly("TANGZHA", "JIANGOUTOU", "HENGHE", "HUAQIANG", "TZ_PARK");
        List<String> tangzha = lines.stream()
            .skip(1)
            .filter(l -> l.startsWith("2022,TANGZHA,"))
            .map(l -> l.split(",")[3])
            .toList();
        assertThat(tangzha)
            .startsWith("ECO_BUDGET_REV", "ECO_WHOLESALE_RETAIL", "ECO_PROJECT_SCORE", "ECO_ENTERPRISE_VISITS")
            .endsWith("SAF_PETITIONS_RATE", "GRD_GRIDS_GENERAL");
    }

    @Test
    void defusesFormulaLookingTextAndQuotesPerRfc4180() throws Exception {
        YearReport base = TestReports.report2022();
        List<Figure> figures = new ArrayList<>(TestReports.figuresOf(base));
        // a unit code the registry does not know is printed as its own name
        figures.add(new Figure(2022, TestReports.FORMULA, "LIV_NEW_JOBS", new BigDecimal("-3"), null, null, false,
                false, true));
        YearReport report = new YearReport(2022, base.compiledOn(), base.catalog(), base.units(), figures,
                base.missing(), TestReports.filesOf(base), TestReports.findingsOf(base), base.lineage(), null);

        String text = writeAndRead(report);

        assertThat(text)
            .contains("\r\n2022,\"'=HYPERLINK(\"\"x\"\")\",\"'=HYPERLINK(\"\"x\"\")\",LIV_NEW_JOBS,新增就业人员,-3,人,");
        assertThat(IndicatorsCsv.text("+1")).isEqualTo("'+1");
        assertThat(IndicatorsCsv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(IndicatorsCsv.text("-x")).isEqualTo("'-x");
        assertThat(IndicatorsCsv.text("唐闸")).isEqualTo("唐闸");
        assertThat(IndicatorsCsv.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(IndicatorsCsv.quote("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(IndicatorsCsv.quote("plain")).isEqualTo("plain");
    }

}

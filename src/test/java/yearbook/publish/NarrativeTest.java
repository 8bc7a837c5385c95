package yearbook.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yearbook.model.Figure;

class NarrativeTest {

    @TempDir
    Path dir;

    @Test
    void writesTheSentencesOfThe2022SummaryGroupedByArea() throws Exception {
        YearReport report = TestReports.report2022();
        Path file = dir.resolve("narrative-2022.md");
        new Narrative().write(report, file);
        String md = Files.readString(file, StandardCharsets.UTF_8);

        assertThat(md).contains("完成一般公共预算收入3.4亿元(不包含房地产)", "完成服务业限上批零销售额130.61亿元,同比增幅14.69%", "对底册上1000余家楼宇企业进行逐一走访",
                "新增就业人员2252名", "其中高校毕业生725名", "首针接种率达95%", "排查各类隐患共129条", "整改114条", "形成79个综合网格",
                "唐闸公园站点空气优良天数比例83.29%");
        assertThat(md).contains("## 经济发展\n\n完成一般公共预算收入3.4亿元(不包含房地产);完成服务业限上批零销售额130.61亿元,同比增幅14.69%;");
        // One sentence carries related figures, as the summary writes them; a figure not
        // compiled shows as —.
        assertThat(md).contains("新增就业人员2252名,其中高校毕业生725名,开发公益性岗位—个;");
        assertThat(md).contains("首针接种率达95%。(注:新增就业人员数据不完整,见催报名单)");
        assertThat(md).contains("排查各类隐患共129条,整改114条,");
        assertThat(md.indexOf("## 经济发展")).isLessThan(md.indexOf("## 城市建管"));
        assertThat(md.indexOf("## 民生保障")).isLessThan(md.indexOf("## 平安建设"));
        assertThat(md).contains("## 城市建管\n\n本年暂无这一领域的数据。");
        // 隐患整改率 has no template, HENGHE's 1052 is not the sub-district's
        assertThat(md).doesNotContain("88.37").doesNotContain("1052");
    }

    @Test
    void aMissingPlaceholderValueIsWrittenAsADash() {
        YearReport report = TestReports.report2022();
        Figure noPrior = new Figure(2022, "TANGZHA", "ECO_RETAIL_REV", new BigDecimal("1.580"), null, null, false,
                false, true);
        assertThat(Narrative.fill(report.catalog().get("ECO_RETAIL_REV"), noPrior)).isEqualTo("限上零售业营业额完成1.58亿元,增幅—%");
        Figure rounded = new Figure(2022, "TANGZHA", "ECO_RETAIL_REV", new BigDecimal("1.5049"), null,
                new BigDecimal("7.4550"), false, false, true);
        assertThat(Narrative.fill(report.catalog().get("ECO_RETAIL_REV"), rounded))
            .isEqualTo("限上零售业营业额完成1.5亿元,增幅7.46%");
        assertThat(Narrative.number(new BigDecimal("2000"), 0)).isEqualTo("2000");
        assertThat(Narrative.number(new BigDecimal("0.004"), 2)).isEqualTo("0");
    }

}

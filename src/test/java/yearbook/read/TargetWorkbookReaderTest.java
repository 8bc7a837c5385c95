package yearbook.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import yearbook.model.CellRef;
import yearbook.model.Finding;
import yearbook.model.Period;
import yearbook.model.PeriodKind;
import yearbook.model.Severity;
import yearbook.model.Target;
import yearbook.model.TargetDirection;

/**
 * The 目标任务 workbook (docs/targets.md) read through the submission contract: the sample's
 * 2023 allocation (input/2023/, made by LibreOffice from
 * input/generator/make_targets_2023.py), and a workbook with one of each mistake, each
 * found at its cell.
 */
class TargetWorkbookReaderTest extends CorpusSupport {

    private ReadResult.Targets targets(Path file) {
        ReadResult r = reader.read(file, file.getFileName().toString());
        assertThat(r).as(r.findings().toString()).isInstanceOf(ReadResult.Targets.class);
        return (ReadResult.Targets) r;
    }

    private static Target of(ReadResult.Targets t, String unit, String code) {
        return t.targets()
            .stream()
            .filter(x -> x.unitCode().equals(unit) && x.indicatorCode().equals(code))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no target " + unit + " " + code));
    }

    @Test
    void readsTheSampleAllocationOf2023() {
        ReadResult.Targets t = targets(Path.of("input/2023/唐闸镇街道2023年目标任务.xlsx"));
        assertThat(t.findings()).isEmpty();
        assertThat(t.issuerCode()).isEqualTo("TANGZHA");
        assertThat(t.period()).isEqualTo(Period.year(2023));
        assertThat(t.filedOn()).isEqualTo(LocalDate.of(2023, 1, 16));
        assertThat(t.targets()).hasSize(49);

        Target budget = of(t, "TANGZHA", "ECO_BUDGET_REV");
        assertThat(budget.annual()).isEqualByComparingTo("3.6");
        assertThat(budget.splitKind()).isEqualTo(PeriodKind.MONTH);
        assertThat(budget.splitAt(1)).isEqualByComparingTo("0.45");
        assertThat(budget.splitAt(12)).isEqualByComparingTo("0.27");
        assertThat(budget.source()).isEqualTo(new CellRef("目标任务", "F9"));

        Target projects = of(t, "TANGZHA", "ECO_PROJECTS");
        assertThat(projects.splitKind()).isEqualTo(PeriodKind.QUARTER);
        assertThat(projects.split()).containsExactly(dec("3"), dec("4"), dec("4"), dec("5"));

        Target pm25 = of(t, "TANGZHA", "ENV_PM25_MEAN");
        assertThat(pm25.direction()).isEqualTo(TargetDirection.AT_MOST);
        assertThat(pm25.annual()).isEqualByComparingTo("35");
        assertThat(of(t, "TANGZHA", "ENV_GOOD_DAYS_RATE").annual()).isEqualByComparingTo("80");
        assertThat(of(t, "TANGZHA", "URB_RELOC_NONRESIDENT").annual()).isEqualByComparingTo("16");
        assertThat(of(t, "TANGZHA", "URB_RELOC_RESIDENT").annual()).isEqualByComparingTo("12");
        assertThat(of(t, "TANGZHA", "URB_RENOV_ESTATES").annual()).isEqualByComparingTo("5");

        BigDecimal jobs = t.targets()
            .stream()
            .filter(x -> x.indicatorCode().equals("LIV_NEW_JOBS") && !x.unitCode().equals("TANGZHA"))
            .map(Target::annual)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(jobs).isEqualByComparingTo(of(t, "TANGZHA", "LIV_NEW_JOBS").annual());
        assertThat(of(t, "XINHUA", "LIV_NEW_JOBS").split()).containsExactly(dec("30"), dec("50"), dec("50"), dec("40"));
        assertThat(of(t, "HENGHE", "SAF_HAZARDS_FIX_RATE").annual()).isEqualByComparingTo("90");
    }

    @Test
    void everyMistakeIsAFindingAtItsCellAndTheFileIsQuarantined() {
        ReadResult.Targets t = targets(Path.of("src/test/resources/targets/目标任务-有错误.xlsx"));
        assertThat(t.hasErrors()).isTrue();
        List<Finding> f = t.findings();
        assertThat(f).anySatisfy(x -> {
            assertThat(x.where()).isEqualTo(new CellRef("目标任务", "A8"));
            assertThat(x.rule()).isEqualTo("指标名称");
            assertThat(x.message()).contains("新增就业岗位").contains("不在指标目录中");
        });
        assertThat(f).anySatisfy(x -> {
            assertThat(x.where()).isEqualTo(new CellRef("目标任务", "B9"));
            assertThat(x.rule()).isEqualTo("目标任务:责任单位");
            assertThat(x.message()).contains("责任单位“东风社区”不在报送单位名录中");
        });
        assertThat(f).anySatisfy(x -> {
            assertThat(x.where()).isEqualTo(new CellRef("目标任务", "E10"));
            assertThat(x.rule()).contains("分解合计");
            assertThat(x.message()).contains("招引项目数").contains("13个").contains("12个");
        });
        assertThat(f).anySatisfy(x -> {
            assertThat(x.where()).isEqualTo(new CellRef("目标任务", "E11"));
            assertThat(x.valueSeen()).isEqualTo("十二户");
            assertThat(x.message()).contains("不是数字");
        });
        assertThat(f).anySatisfy(x -> {
            assertThat(x.where()).isEqualTo(new CellRef("目标任务", "D12"));
            assertThat(x.message()).contains("越低越好");
        });
        // a split with months left blank is a warning (those months' 时序进度 will be —), not
        // an error
        assertThat(f).anySatisfy(x -> {
            assertThat(x.where()).isEqualTo(new CellRef("目标任务", "E13"));
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.message()).contains("4月").contains("12月");
        });
        assertThat(f).anySatisfy(x -> {
            assertThat(x.where()).isEqualTo(new CellRef("目标任务", "E14"));
            assertThat(x.message()).contains("隐患整改率").contains("120%超过了100%");
        });
        assertThat(f).anySatisfy(x -> {
            assertThat(x.where()).isEqualTo(new CellRef("目标任务", "E15"));
            assertThat(x.message()).contains("应为整数").contains("2.5");
        });
        assertThat(f).anySatisfy(x -> {
            assertThat(x.where()).isEqualTo(new CellRef("目标任务", "E16"));
            assertThat(x.message()).contains("既填了分月数又填了分季度数");
        });
        assertThat(f.stream().filter(Finding::isError)).hasSize(8);
        assertThat(t.targets()).extracting(Target::indicatorCode)
            .containsExactly("LIV_NEW_JOBS", "URB_ILLEGAL_DEMOLISHED");
        // no stack trace, no English
        assertThat(f)
            .allSatisfy(x -> assertThat(x.message()).containsPattern("\\p{IsHan}").doesNotContain("Exception"));
    }

    @Test
    void aTargetWorkbookInAnotherYearsFolderIsQuarantined() {
        ReadResult.Targets t = targets(Path.of("input/2023/唐闸镇街道2023年目标任务.xlsx"));
        ReadResult r = ReadStage.belongsTo(2024, t);
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.findings()).anySatisfy(x -> assertThat(x.message()).contains("2023年").contains("2024"));
        assertThat(ReadStage.belongsTo(2023, t).hasErrors()).isFalse();
    }

    @Test
    void aReportWithATargetColumnBesideItsValueStaysAReport() {
        assertThat(read("report-basic.xlsx")).isInstanceOf(ReadResult.Report.class);
    }

}

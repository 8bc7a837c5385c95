package yearbook.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import yearbook.ProgramRun;
import yearbook.cli.ExitCode;

/**
 * A year with three 目标任务 workbooks: January's allocation, a mid-year revision filed in
 * July (it stands, as a whole), and one full of mistakes (quarantined, its findings in
 * the validation report, nothing of it counted). All made by LibreOffice
 * (input/generator/make_targets_2023.py).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TargetVersionsEndToEndTest {

    @TempDir
    static Path tmp;

    Path out;

    int exit;

    String console;

    @BeforeAll
    void run() throws Exception {
        Path input = tmp.resolve("input");
        Path year = input.resolve("2023");
        TwoYearsEndToEndTest.copyWorkbooks(Path.of("src/test/resources/years/2023"), year);
        TwoYearsEndToEndTest.copyWorkbooks(Path.of("input/2023"), year);
        TwoYearsEndToEndTest.copyWorkbooks(Path.of("src/test/resources/targets"), year);
        out = tmp.resolve("output");
        ProgramRun program = new ProgramRun(tmp);
        exit = program.run("run", "--year", "2023", "--through", "6", "--input", input.toString(), "--output",
                out.toString());
        console = program.console();
    }

    @Test
    void theLatestWorkbookStandsAsAWholeAndTheBadOneIsQuarantined() throws Exception {
        assertThat(exit).as(console).isEqualTo(ExitCode.QUARANTINED);
        Map<String, Map<String, String>> rows = ProgramRun.indicators(out, 2023);
        // the July revision: 新增就业 2000 (180 of it by June: 9%), 招引项目 12; January's 2300
        // and its allocations are gone
        assertThat(rows.get("TANGZHA|LIV_NEW_JOBS").get("目标")).isEqualTo("2000");
        assertThat(rows.get("TANGZHA|LIV_NEW_JOBS").get("完成率")).isEqualTo("9.00");
        assertThat(rows.get("TANGZHA|ECO_PROJECTS").get("目标")).isEqualTo("12");
        assertThat(rows.get("HENGHE|LIV_NEW_JOBS").get("目标")).isEmpty();
        assertThat(rows.values().stream().filter(r -> !r.get("目标").isEmpty())).hasSize(2);

        List<String> validation = ProgramRun.cells(out.resolve("2023/validation-2023.xlsx"));
        assertThat(validation).anyMatch(c -> c.contains("《唐闸镇街道2023年目标任务(7月调整).xlsx》替代"));
        assertThat(validation).anyMatch(c -> c.contains("目标任务!E10"))
            .anyMatch(c -> c.contains("“招引项目数”(唐闸镇街道)各月分解数合计13个,与全年目标12个不一致"))
            .anyMatch(c -> c.contains("责任单位“东风社区”不在报送单位名录中"));
        assertThat(Files.readString(out.resolve("2023/narrative-2023.md"))).contains("新增就业人员完成全年目标的9%,慢于时序进度41个百分点");
    }

}

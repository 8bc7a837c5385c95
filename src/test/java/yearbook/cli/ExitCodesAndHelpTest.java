package yearbook.cli;

import yearbook.ProgramRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a shell script sees: --help everywhere in Chinese with exit 0; bad arguments exit
 * 2 with a line saying why.
 */
class ExitCodesAndHelpTest {

    @ParameterizedTest
    @ValueSource(strings = { "", "init", "run", "check", "explain", "status", "template", "schedule" })
    void helpExitsZeroAndIsInChinese(String command) {
        List<String> args = command.isEmpty() ? List.of("--help") : List.of(command, "--help");
        var r = ProgramRun.execute(args);
        assertThat(r.exit()).isEqualTo(ExitCode.OK);
        assertThat(r.console()).contains("Usage:").containsPattern("\\p{IsHan}{4,}");
    }

    @Test
    void runHelpListsTheExitCodes() {
        var r = ProgramRun.execute(List.of("run", "--help"));
        // picocli wraps the line there
        assertThat(r.console()).contains("0 成功", "1 失败", "2 参数错误", "3 完成但有退回文件", "4 该年度已有");
    }

    @Test
    void aMissingYearIsAUsageError() {
        var r = ProgramRun.execute(List.of("run"));
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.console()).contains("参数错误 (bad arguments)", "缺少必填的参数 --year");
    }

    @Test
    void aYearThatIsNotANumberIsAUsageError() {
        var r = ProgramRun.execute(List.of("run", "--year", "二〇二二"));
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.console()).contains("参数错误 (bad arguments)", "--year 应为数字(如 2022),收到「二〇二二」");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        var r = ProgramRun.execute(List.of("compile", "--year", "2022"));
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.console()).contains("参数错误 (bad arguments)", "compile");
    }

    @Test
    void anUnreadablePeriodOrUnknownUnitOfTemplateIsAUsageError() {
        var p = ProgramRun.execute(List.of("template", "--year", "2022", "--period", "第五季度", "-o", "target/never"));
        assertThat(p.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(p.console()).contains("报告期「第五季度」无法识别");
        var u = ProgramRun.execute(List.of("template", "--year", "2022", "--unit", "横河小区", "-o", "target/never"));
        assertThat(u.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(u.console()).contains("未知单位「横河小区」", "横河社区");
    }

    @Test
    void theProcessItselfExitsWithTheCode() throws Exception {
        try (ChildJvm bad = ChildJvm.start(Workspace.PROJECT, List.of("run", "--year"))) {
            assertThat(bad.waitFor(60)).as(bad.console()).isEqualTo(ExitCode.USAGE);
            assertThat(bad.console()).contains("参数错误").doesNotContain("\tat ");
        }
        try (ChildJvm help = ChildJvm.start(Workspace.PROJECT, List.of("--help"))) {
            assertThat(help.waitFor(60)).isEqualTo(ExitCode.OK);
            assertThat(help.console()).contains("街道年度统计汇编", "run", "schedule");
        }
    }

}

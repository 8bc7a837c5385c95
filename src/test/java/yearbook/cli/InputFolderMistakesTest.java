package yearbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yearbook.ProgramRun;

/**
 * An empty or wrong input folder is not a success: nothing compiled, nothing published,
 * last run's outputs left as they were, exit 2 and a line naming the folder looked in
 * (and the one meant). A year whose every file is held back is another matter: its 催报名单
 * is published, exit 3.
 */
class InputFolderMistakesTest {

    @TempDir
    Path tmp;

    @Test
    void theYearFolderItselfGivenAsInputIsNamedAndNothingIsPublished() throws Exception {
        Workspace ws = new Workspace(tmp).withSample(2022);
        Path previous = Files.createDirectories(ws.output.resolve("2022")).resolve("summary-2022.pdf");
        Files.writeString(previous, "last run's PDF");
        Path yearFolder = ws.input.resolve("2022");

        List<String> args = new ArrayList<>(
                List.of("run", "--year", "2022", "--input", yearFolder.toString(), "--output", ws.output.toString()));
        args.addAll(ws.springArgs());
        var r = ProgramRun.execute(args);

        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.console())
            .contains("没有找到 2022 年的文件", yearFolder.resolve("2022") + " 不存在", "年度文件夹本身", "--input " + ws.input, "原有输出不变")
            .doesNotContain("完成", "作业开始");
        assertThat(Files.readString(previous)).isEqualTo("last run's PDF");
        try (Stream<Path> out = Files.walk(ws.output)) {
            assertThat(out.filter(Files::isRegularFile).toList()).containsExactly(previous);
        }
    }

    @Test
    void anEmptyYearFolderIsNamedAndExitsTwo() throws Exception {
        Workspace ws = new Workspace(tmp);
        Files.createDirectories(ws.input.resolve("2023"));
        var r = ProgramRun.execute(ws.runArgs(2023));
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.console()).contains("没有找到 2023 年的文件", ws.input.resolve("2023") + " 是空的");
        assertThat(ws.output.resolve("2023")).doesNotExist();
    }

    @Test
    void aYearWhoseEveryFileIsHeldBackStillPublishesAndExitsThree() throws Exception {
        Workspace ws = new Workspace(tmp);
        Files.createDirectories(ws.input.resolve("2022"));
        Files.writeString(ws.input.resolve("2022/横河社区2022年报表.xlsx"), "not a workbook at all");
        var r = ProgramRun.execute(ws.runArgs(2022));
        assertThat(r.exit()).as(r.console()).isEqualTo(ExitCode.QUARANTINED);
        assertThat(ws.output.resolve("2022/summary-2022.pdf")).isRegularFile();
        assertThat(ws.output.resolve("2022/validation-2022.xlsx")).isRegularFile();
    }

}

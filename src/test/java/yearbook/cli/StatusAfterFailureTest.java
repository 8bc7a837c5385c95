package yearbook.cli;

import yearbook.ProgramRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that fails in publish (the output path is a file, not a folder): exit 1, one
 * clear line and no stack trace on the console; status names the failed stage and why;
 * once the cause is removed the same command resumes at publish and succeeds, and status
 * shows it.
 */
class StatusAfterFailureTest {

    @TempDir
    Path tmp;

    @Test
    void aFailedRunIsListedWithItsReasonAndTheSameCommandResumesIt() throws Exception {
        Workspace ws = new Workspace(tmp).withSample(2022);
        Files.createDirectories(ws.root);
        Path notAFolder = Files.writeString(ws.root.resolve("out.txt"), "not a folder");
        List<String> args = new ArrayList<>(
                List.of("run", "--year", "2022", "--input", ws.input.toString(), "--output", notAFolder.toString()));
        args.addAll(ws.springArgs());

        String failed;
        try (ChildJvm run = ChildJvm.start(Workspace.PROJECT, args)) {
            assertThat(run.waitFor(180)).as(run.console()).isEqualTo(ExitCode.FAILED);
            failed = run.console();
        }
        System.out.println("failed run printed:\n" + failed);
        assertThat(failed).containsPattern("✗ publish\\s+FAILED")
            .contains("失败: 无法在 " + notAFolder + " 下准备发布目录")
            .contains("再次运行同一命令将从失败的阶段继续")
            .doesNotContain("\tat ", "Caused by", "ERROR", "WARN");
        assertThat(failed.lines().filter(l -> l.startsWith("失败"))).hasSize(1);

        var status = ProgramRun.execute(KilledRunRestartTest.withSpring(ws, "status", "--year", "2022"));
        assertThat(status.exit()).isEqualTo(ExitCode.OK);
        assertThat(status.console()).contains("2022年 第1次", "FAILED")
            .containsPattern("publish\\s+FAILED .*无法在 " + Pattern.quote(notAFolder.toString()) + " 下准备发布目录")
            .contains("ACCEPTED       22 个文件")
            .doesNotContain("UncheckedIOException");

        Files.delete(notAFolder);
        var again = ProgramRun.execute(args);
        assertThat(again.exit()).as(again.console()).isEqualTo(ExitCode.OK);
        assertThat(again.console()).contains("▶ 发布 publish", "完成").doesNotContain("▶ 收集", "▶ 读取");
        assertThat(notAFolder.resolve("2022/summary-2022.pdf")).isRegularFile();

        var after = ProgramRun.execute(KilledRunRestartTest.withSpring(ws, "status"));
        List<String> runs = after.console().lines().filter(l -> l.startsWith("#")).toList();
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0)).contains("第1次", "FAILED");
        assertThat(runs.get(1)).contains("第1次", "COMPLETED"); // the same run, restarted
        assertThat(after.console()).containsPattern("publish\\s+COMPLETED");
    }

    @Test
    void statusOfAnEmptyDatabaseSaysThereAreNoRuns() {
        Workspace ws = new Workspace(tmp.resolve("empty"));
        var status = ProgramRun.execute(KilledRunRestartTest.withSpring(ws, "status"));
        assertThat(status.exit()).isEqualTo(ExitCode.OK);
        assertThat(status.console()).contains("还没有运行记录");
    }

}

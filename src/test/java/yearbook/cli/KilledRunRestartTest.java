package yearbook.cli;

import yearbook.ProgramRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL in the middle of reading (power cut, OOM killer, an impatient
 * admin), then the same command again: it must finish, and publish exactly what an
 * uninterrupted run does. A killed JVM leaves its embedded postmaster running on the data
 * directory; the restart must cope.
 */
class KilledRunRestartTest {

    @TempDir
    Path tmp;

    @Test
    void aRunKilledWhileReadingIsFinishedByTheSameCommandWithIdenticalFigures() throws Exception {
        Workspace ws = new Workspace(tmp.resolve("killed")).withSample(2022);
        // One reading thread: the read stage is then long enough to be killed in.
        List<String> args = ws.runArgs(2022, "--yearbook.read-threads=1");

        try (ChildJvm first = ChildJvm.start(Workspace.PROJECT, args)) {
            assertThat(first.awaitLine(l -> l.matches("\\s*读取 \\d+/\\d+.*"), 120)).as(first.console()).isTrue();
            first.kill();
            System.out.println("killed run printed:\n" + first.console());
            assertThat(first.console()).doesNotContain("完成");
        }
        Path pidFile = ws.pg.resolve("postmaster.pid");
        assertThat(pidFile).as("the killed run's postmaster is left behind").exists();
        long orphan = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).contains(true);

        String restarted;
        try (ChildJvm again = ChildJvm.start(Workspace.PROJECT, args)) {
            int code = again.waitFor(180);
            restarted = again.console();
            System.out.println("restart printed:\n" + restarted);
            assertThat(code).as(restarted).isEqualTo(ExitCode.OK);
        }
        // resumed at read, not started over
        assertThat(restarted).contains("完成").doesNotContain("▶ 收集");
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(Files.readString(ws.logs.resolve("yearbook.log")))
            .contains("上次被中断的运行留下的 PostgreSQL (pid " + orphan + ")");

        Workspace ref = new Workspace(tmp.resolve("uninterrupted")).withSample(2022);
        var plain = ProgramRun.execute(ref.runArgs(2022));
        assertThat(plain.exit()).as(plain.console()).isEqualTo(ExitCode.OK);
        assertThat(new String(ws.csv(2022), StandardCharsets.UTF_8))
            .isEqualTo(new String(ref.csv(2022), StandardCharsets.UTF_8));

        // Nothing was counted twice: the status of the year lists every file once.
        var status = ProgramRun.execute(withSpring(ws, "status", "--year", "2022"));
        assertThat(status.console()).contains("FAILED", "COMPLETED", "ACCEPTED       22 个文件");
    }

    static List<String> withSpring(Workspace ws, String... command) {
        List<String> a = new ArrayList<>(List.of(command));
        a.addAll(ws.springArgs());
        return a;
    }

}

package yearbook.cli;

import yearbook.ProgramRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yearbook.catalog.IndicatorCatalog;

/**
 * The scheduler as the office leaves it running, fired once: a cron expression firing
 * every five seconds, --times 1. It runs the current year to date (one community has sent
 * its filled template) exactly once and exits by itself.
 */
class ScheduleOnceTest {

    // the scheduler's default zone
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path tmp;

    @Test
    void firesOnceRunsTheCurrentYearAndExits() throws Exception {
        Workspace ws = new Workspace(tmp);
        LocalDateTime at = LocalDateTime.now(ZONE);
        // In November the scheduler compiles this year through October; in January last
        // year whole.
        int[] due = ScheduleCommand.yearsDue(at).get(0);
        int year = due[0];
        String period = due[1] == 12 ? Integer.toString(year) : String.format("%d-%02d", year, due[1]);
        Path folder = ws.input.resolve(Integer.toString(year));
        var made = ProgramRun.execute(List.of("template", "--year", Integer.toString(year), "--period", period,
                "--unit", "横河社区", "-o", folder.toString()));
        assertThat(made.exit()).as(made.console()).isEqualTo(ExitCode.OK);
        try (Stream<Path> s = Files.list(folder)) {
            for (Path f : s.toList()) {
                FilledTemplate.fill(f, IndicatorCatalog.load(Workspace.PROJECT.resolve("config/catalog.yaml")), 7);
            }
        }

        // Every fifth second rather than one instant a few seconds ahead: a JVM slow to
        // start on a busy machine would otherwise miss that instant and wait for
        // tomorrow's.
        String cron = "*/5 * * * * *";
        List<String> args = new ArrayList<>(List.of("schedule", "--cron", cron, "--times", "1",
                "--yearbook.input=" + ws.input, "--yearbook.output=" + ws.output));
        args.addAll(ws.springArgs());
        String console;
        int code;
        try (ChildJvm s = ChildJvm.start(Workspace.PROJECT, args)) {
            code = s.waitFor(150);
            console = s.console();
        }
        System.out.println("schedule printed:\n" + console);
        assertThat(code).as(console).isEqualTo(ExitCode.OK);
        assertThat(console.lines().filter(l -> l.startsWith("下次运行"))).hasSize(1);
        assertThat(console.lines().filter(l -> l.contains("作业开始"))).hasSize(ScheduleCommand.yearsDue(at).size());
        assertThat(console).contains(
                "yearbook: " + (due[1] == 12 ? year + " 年度" : year + " 年 1-" + due[1] + " 月累计") + "作业开始",
                "完成: 输出见 " + ws.output.resolve(Integer.toString(year)));
        assertThat(ws.output.resolve(year + "/indicators-" + year + ".csv")).isRegularFile();
        // One community of fourteen so far: the year to date is published, marked
        // incomplete.
        assertThat(Files.readString(ws.output.resolve(year + "/indicators-" + year + ".csv"))).contains("HENGHE",
                ",是,");
    }

    @Test
    void inJanuaryTheYearJustEndedIsCompiledElseThisYearThroughLastMonth() {
        assertThat(ScheduleCommand.yearsDue(LocalDateTime.of(2027, 1, 5, 2, 0)))
            .containsExactly(new int[] { 2026, 12 });
        assertThat(ScheduleCommand.yearsDue(LocalDateTime.of(2026, 11, 25, 2, 0)))
            .containsExactly(new int[] { 2026, 10 });
    }

    @Test
    void aBadCronExpressionIsAUsageError() {
        Workspace ws = new Workspace(tmp.resolve("bad"));
        List<String> args = new ArrayList<>(List.of("schedule", "--cron", "每月五号", "--times", "1"));
        args.addAll(ws.springArgs());
        var r = ProgramRun.execute(args);
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.console()).contains("cron 表达式有误「每月五号」");
    }

}

package yearbook.cli;

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
 * The scheduler as the office leaves it running, fired once: a cron expression a few seconds
 * ahead, --times 1. It runs the current year to date (one community has sent its filled template)
 * exactly once and exits by itself.
 */
class ScheduleOnceTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai"); // the scheduler's default zone

    @TempDir
    Path tmp;

    @Test
    void firesOnceRunsTheCurrentYearAndExits() throws Exception {
        Workspace ws = new Workspace(tmp);
        int year = LocalDateTime.now(ZONE).getYear();
        Path folder = ws.input.resolve(Integer.toString(year));
        var made = Workspace.inProcess(List.of("template", "--year", Integer.toString(year), "--unit", "横河社区",
                "-o", folder.toString()));
        assertThat(made.exit()).as(made.console()).isEqualTo(ExitCode.OK);
        try (Stream<Path> s = Files.list(folder)) {
            for (Path f : s.toList()) FilledTemplate.fill(f, IndicatorCatalog.load(Workspace.PROJECT.resolve("config/catalog.yaml")), 7);
        }

        LocalDateTime at = LocalDateTime.now(ZONE).plusSeconds(10);
        String cron = at.getSecond() + " " + at.getMinute() + " " + at.getHour() + " * * *";
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
        assertThat(console).contains("下次运行 (next run): " + at.withNano(0).toString().substring(0, 16));
        List<Integer> due = ScheduleCommand.yearsDue(at);
        assertThat(console.lines().filter(l -> l.contains("年度作业开始"))).hasSize(due.size());
        assertThat(console).contains("yearbook: " + year + " 年度作业开始", "完成: 输出见 " + ws.output.resolve(Integer.toString(year)));
        assertThat(ws.output.resolve(year + "/indicators-" + year + ".csv")).isRegularFile();
        // One community of fourteen so far: the year to date is published, marked incomplete.
        assertThat(Files.readString(ws.output.resolve(year + "/indicators-" + year + ".csv"))).contains("HENGHE", ",是,");
    }

    @Test
    void inJanuaryTheYearJustEndedIsCompiledToo() {
        assertThat(ScheduleCommand.yearsDue(LocalDateTime.of(2027, 1, 5, 2, 0))).containsExactly(2026, 2027);
        assertThat(ScheduleCommand.yearsDue(LocalDateTime.of(2026, 11, 25, 2, 0))).containsExactly(2026);
    }

    @Test
    void aBadCronExpressionIsAUsageError() {
        Workspace ws = new Workspace(tmp.resolve("bad"));
        List<String> args = new ArrayList<>(List.of("schedule", "--cron", "每月五号", "--times", "1"));
        args.addAll(ws.springArgs());
        var r = Workspace.inProcess(args);
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.console()).contains("cron 表达式有误「每月五号」");
    }
}

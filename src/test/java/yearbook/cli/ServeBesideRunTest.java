package yearbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yearbook.ProgramRun;

/**
 * The office's default set-up: one embedded database folder. {@code serve} holds it (and
 * keeps the schedule: a tick every ten seconds runs the year due); a {@code run} started
 * beside it in a terminal gets run's one-line refusal, exit 4. (With a PostgreSQL server
 * both work side by side: ConsoleBrowserTest runs {@code run} beside the console on one
 * server and gets the console's PDF.)
 */
class ServeBesideRunTest {

    @TempDir
    Path tmp;

    @Test
    void serveHoldsTheEmbeddedDatabaseARunBesideItIsRefusedAndTheScheduleRuns() throws Exception {
        Workspace ws = new Workspace(tmp).withSample(2022);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        // every ten seconds: the first tick comes soon after the console is up, whatever
        // the machine's speed
        String cron = "*/10 * * * * *";
        ZonedDateTime tick = ZonedDateTime.now(zone);
        List<String> serve = new ArrayList<>(List.of("serve", "--server.port=0", "--management.server.port=0",
                "--yearbook.input=" + ws.input, "--yearbook.output=" + ws.output, "--yearbook.schedule.cron=" + cron,
                "--yearbook.schedule.zone=" + zone, "--yearbook.read-threads=1"));
        serve.addAll(ws.springArgs());
        try (ChildJvm console = ChildJvm.start(Workspace.PROJECT, serve)) {
            assertThat(console.awaitLine(l -> l.contains("控制台已启动"), 180)).as(console.console()).isTrue();
            assertThat(console.awaitLine(l -> l.contains("还没有统计站账号"), 30)).as(console.console()).isTrue();
            assertThat(console.console()).contains("计划任务 (schedule): " + cron);

            ProgramRun.Result run = ProgramRun.execute(ws.runArgs(2022));
            assertThat(run.exit()).as(run.console()).isEqualTo(ExitCode.BUSY);
            assertThat(run.console()).contains("拒绝: 嵌入式数据库")
                .contains("正被另一个 yearbook 运行使用")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");

            // the schedule's tick: the year due (this year to last month, or in January
            // last year) is run by serve
            int due = tick.getMonthValue() == 1 ? tick.getYear() - 1 : tick.getYear();
            // the year due needs a file of its own, or its run is refused as a year with
            // nothing received
            Path dueFolder = Files.createDirectories(ws.input.resolve(Integer.toString(due)));
            try (Stream<Path> sample = Files.list(ws.input.resolve("2022"))) {
                Path any = sample.filter(p -> p.getFileName().toString().endsWith(".xlsx"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
                Files.copy(any, dueFolder.resolve(any.getFileName()));
            }
            long deadline = System.nanoTime() + 150_000_000_000L;
            Path runLog = null;
            while (runLog == null && System.nanoTime() < deadline) {
                Thread.sleep(1000);
                runLog = finishedRunLog(ws.logs, due);
            }
            assertThat(runLog).as("a run log of %d written by serve's schedule\n%s", due, console.console())
                .isNotNull();
            assertThat(console.console()).doesNotContain("Exception");
            // stopped as a service manager stops it: the embedded database is shut down
            // with it
            console.stop(60);
        }
        // the folder is free again: status (a command of its own) opens it and lists the
        // scheduled run
        List<String> status = new ArrayList<>(List.of("status"));
        status.addAll(ws.springArgs());
        ProgramRun.Result after = ProgramRun.execute(status);
        assertThat(after.exit()).as(after.console()).isEqualTo(ExitCode.OK);
        assertThat(after.console()).contains("COMPLETED");
    }

    /** logs/run-&lt;year&gt;-&lt;n&gt;.log once it holds the run's summary. */
    private static Path finishedRunLog(Path logs, int year) throws Exception {
        if (!Files.isDirectory(logs)) {
            return null;
        }
        try (Stream<Path> s = Files.list(logs)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("run-" + year + "-")).toList()) {
                if (Files.readString(p).contains("COMPLETED")) {
                    return p;
                }
            }
        }
        return null;
    }

}

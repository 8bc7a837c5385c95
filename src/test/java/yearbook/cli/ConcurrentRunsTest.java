package yearbook.cli;

import yearbook.ProgramRun;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import yearbook.SeedFigures;

/**
 * Two offices' machines (or cron and a clerk) start the same year at the same moment
 * against one database server: one runs, the other is refused with exit code 4 and says
 * why; nothing is doubled.
 */
class ConcurrentRunsTest {

    @TempDir
    Path tmp;

    @Test
    void twoRunsOfOneYearAtOnceOneRunsTheOtherIsRefused() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            Workspace ws = new Workspace(tmp).withSample(2022);
            List<String> args = new ArrayList<>(List.of("run", "--year", "2022", "--input", ws.input.toString(),
                    "--output", ws.output.toString(), "--yearbook.read-threads=1",
                    "--spring.datasource.url=jdbc:postgresql://localhost:" + server.getPort() + "/postgres",
                    "--spring.datasource.username=postgres", "--yearbook.log-dir=" + ws.logs));
            int[] codes = new int[2];
            String[] consoles = new String[2];
            try (ChildJvm a = ChildJvm.start(Workspace.PROJECT, args);
                    ChildJvm b = ChildJvm.start(Workspace.PROJECT, args)) {
                codes[0] = a.waitFor(180);
                codes[1] = b.waitFor(180);
                consoles[0] = a.console();
                consoles[1] = b.console();
            }
            System.out
                .println("A (exit " + codes[0] + "):\n" + consoles[0] + "\nB (exit " + codes[1] + "):\n" + consoles[1]);
            int ran = codes[0] == ExitCode.OK ? 0 : 1;
            int refused = 1 - ran;
            assertThat(codes[ran]).as(consoles[ran]).isEqualTo(ExitCode.OK);
            assertThat(codes[refused]).as(consoles[refused]).isEqualTo(ExitCode.BUSY);
            assertThat(consoles[refused]).contains("拒绝: 2022 年度已有作业在运行").doesNotContain("▶ 收集");
            assertThat(consoles[ran]).contains("完成");

            JdbcClient jdbc = JdbcClient.create(server.getPostgresDatabase());
            assertThat(jdbc.sql("select count(*) from batch_job_execution").query(Integer.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from submission where year = 2022").query(Integer.class).single())
                .isEqualTo(22);

            Map<String, String> totals = ProgramRun.totalValues(ws.output.resolve("2022/indicators-2022.csv"));
            List<String> wrong = new ArrayList<>();
            for (SeedFigures.Seed s : SeedFigures.load()) {
                String got = totals.get(s.code());
                boolean ok = got != null && switch (s.relation()) {
                    case EXACT, AT_LEAST -> new BigDecimal(got).compareTo(s.value()) == 0;
                    case ABOVE -> new BigDecimal(got).compareTo(s.value()) > 0;
                };
                if (!ok) {
                    wrong.add(s.code() + ": expected " + s.relation() + " " + s.value() + ", got " + got);
                }
            }
            assertThat(wrong).isEmpty();
            assertThat(totals.get("ECO_WHOLESALE_RETAIL")).isEqualTo("130.61");
        }
    }

    /**
     * The office's default set-up: the embedded database in one folder. A second run
     * started while the first holds that folder is refused like a second run of the year
     * (exit 4, one line saying why), and the first finishes untouched. The first is held
     * mid-run by a lock on its own submission table, taken through its embedded server's
     * port: a sample run takes 4 s, less than a second JVM's start on a busy machine.
     */
    @Test
    void aSecondRunOnTheSameEmbeddedDatabaseIsRefused() throws Exception {
        Workspace ws = new Workspace(tmp).withSample(2022);
        List<String> args = new ArrayList<>(ws.runArgs(2022));
        args.add("--yearbook.read-threads=1");
        try (ChildJvm first = ChildJvm.start(Workspace.PROJECT, args)) {
            assertThat(first.awaitLine(l -> l.contains("作业开始"), 180)).as(first.console()).isTrue();
            try (Connection hold = embeddedServer(ws.pg)) {
                hold.setAutoCommit(false);
                try (Statement st = hold.createStatement()) {
                    st.execute("lock table submission in access exclusive mode");
                }
                try (ChildJvm second = ChildJvm.start(Workspace.PROJECT, args)) {
                    int code = second.waitFor(180);
                    System.out.println("second (exit " + code + "):\n" + second.console());
                    assertThat(code).as(second.console()).isEqualTo(ExitCode.BUSY);
                    assertThat(second.console()).contains("拒绝: 嵌入式数据库")
                        .contains("正被另一个 yearbook 运行使用")
                        .doesNotContain("Exception")
                        .doesNotContain("\tat ");
                }
                assertThat(first.console()).doesNotContain("完成");
                hold.rollback();
            }
            assertThat(first.waitFor(180)).as(first.console()).isEqualTo(ExitCode.OK);
        }
        assertThat(ProgramRun.totalValues(ws.output.resolve("2022/indicators-2022.csv")).get("LIV_NEW_JOBS"))
            .isEqualTo("2252");
    }

    /**
     * Two windows opened at once on a new office: both would run initdb in the new
     * database folder. They take turns at the start; the second finds the first's server
     * and says the same one line as above, not "the database cannot start". The test
     * holds the turn until both are waiting for it, so the two start together on any
     * machine.
     */
    @Test
    void twoFirstRunsOnANewFolderAtOnceOneRunsTheOtherIsRefused() throws Exception {
        Workspace ws = new Workspace(tmp).withSample(2022);
        List<String> args = new ArrayList<>(ws.runArgs(2022));
        args.add("--yearbook.read-threads=1");
        Path turn = ws.pg.resolveSibling(".pg.start-lock");
        int[] codes = new int[2];
        String[] consoles = new String[2];
        try (FileChannel ch = FileChannel.open(turn, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock held = ch.lock();
            try (ChildJvm a = ChildJvm.start(Workspace.PROJECT, args);
                    ChildJvm b = ChildJvm.start(Workspace.PROJECT, args)) {
                long inode = (Long) Files.getAttribute(turn, "unix:ino");
                long deadline = System.nanoTime() + 120_000_000_000L;
                while (waitersOn(inode) < 2 && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertThat(waitersOn(inode)).as("both runs wait for their turn\n%s\n%s", a.console(), b.console())
                    .isEqualTo(2);
                held.release();
                codes[0] = a.waitFor(180);
                codes[1] = b.waitFor(180);
                consoles[0] = a.console();
                consoles[1] = b.console();
            }
        }
        int ran = codes[0] == ExitCode.OK ? 0 : 1;
        int refused = 1 - ran;
        assertThat(codes[ran]).as(consoles[ran]).isEqualTo(ExitCode.OK);
        assertThat(codes[refused]).as(consoles[refused]).isEqualTo(ExitCode.BUSY);
        assertThat(consoles[refused]).contains("拒绝: 嵌入式数据库")
            .contains("正被另一个 yearbook 运行使用")
            .doesNotContain("数据库无法启动")
            .doesNotContain("\tat ");
        assertThat(ProgramRun.totalValues(ws.output.resolve("2022/indicators-2022.csv")).get("LIV_NEW_JOBS"))
            .isEqualTo("2252");
    }

    /** Processes blocked on a lock of this file (Linux: "->" lines of /proc/locks). */
    private static long waitersOn(long inode) throws IOException {
        String suffix = ":" + inode;
        return Files.readAllLines(Path.of("/proc/locks"))
            .stream()
            .filter(l -> l.contains("->"))
            .filter(l -> Arrays.stream(l.trim().split("\\s+")).anyMatch(f -> f.endsWith(suffix)))
            .count();
    }

    /**
     * A connection to the embedded server a running yearbook started on {@code dataDir}.
     */
    private static Connection embeddedServer(Path dataDir) throws Exception {
        // postmaster.pid: pid, data directory, start time, port, …
        String port = Files.readAllLines(dataDir.resolve("postmaster.pid")).get(3).trim();
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
    }

}

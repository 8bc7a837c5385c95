package yearbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import yearbook.ProgramRun;
import yearbook.system.ServerRequiredException;

/**
 * Remote partitioning as an office with several machines would run it: one PostgreSQL
 * server, a manager ({@code run --yearbook.workers.enabled=true}) and two
 * {@code yearbook worker} JVMs. The sample year compiles to the same CSV as a
 * single-process run; a worker killed with SIGKILL in the middle of a partition fails the
 * run with one clear line, and the same command completes it with the same figures, no
 * file read twice.
 */
class RemoteWorkersTest {

    static EmbeddedPostgres server;

    @TempDir
    static Path tmp;

    static byte[] reference;

    @BeforeAll
    static void serverAndReference() throws Exception {
        server = EmbeddedPostgres.builder().start();
        Workspace ref = new Workspace(tmp.resolve("single")).withSample(2022);
        var plain = ProgramRun.execute(ref.runArgs(2022));
        assertThat(plain.exit()).as(plain.console()).isEqualTo(ExitCode.OK);
        reference = ref.csv(2022);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    /**
     * A database of its own on the shared server, and the arguments that point a process
     * at it.
     */
    static List<String> database(String name, Workspace ws) {
        new JdbcTemplate(server.getPostgresDatabase()).execute("create database " + name);
        List<String> a = new ArrayList<>(ws.springArgs());
        a.add("--spring.datasource.url=" + server.getJdbcUrl("postgres", name));
        a.add("--spring.datasource.username=postgres");
        return a;
    }

    static ChildJvm worker(List<String> db, String... more) throws Exception {
        List<String> a = new ArrayList<>(List.of("worker", "--threads", "1"));
        a.addAll(List.of(more));
        a.addAll(db);
        ChildJvm w = ChildJvm.start(Workspace.PROJECT, a);
        assertThat(w.awaitLine(l -> l.contains("已就绪"), 120)).as(w.console()).isTrue();
        return w;
    }

    static List<String> run(Workspace ws, List<String> db) {
        List<String> a = new ArrayList<>(List.of("run", "--year", "2022", "--input", ws.input.toString(), "--output",
                ws.output.toString(), "--yearbook.workers.enabled=true", "--yearbook.workers.partitions=6"));
        a.addAll(db);
        return a;
    }

    @Test
    void twoWorkersCompileTheSampleYearToTheSameCsvAsOneProcess() throws Exception {
        Workspace ws = new Workspace(tmp.resolve("two")).withSample(2022);
        List<String> db = database("two_workers", ws);
        try (ChildJvm a = worker(db);
                ChildJvm b = worker(db);
                ChildJvm manager = ChildJvm.start(Workspace.PROJECT, run(ws, db))) {
            int code = manager.waitFor(400);
            System.out.println(
                    "manager:\n" + manager.console() + "\nworker a:\n" + a.console() + "\nworker b:\n" + b.console());
            assertThat(code).as(manager.console()).isEqualTo(ExitCode.OK);
            assertThat(new String(ws.csv(2022), StandardCharsets.UTF_8))
                .isEqualTo(new String(reference, StandardCharsets.UTF_8));
            // Both workers took part, and the six partitions were read once each.
            assertThat(finished(a.console()) + finished(b.console())).isEqualTo(6);
            assertThat(finished(a.console())).isPositive();
            assertThat(finished(b.console())).isPositive();
            assertThat(filesRead(a.console()) + filesRead(b.console())).isEqualTo(22);
        }
    }

    @Test
    void aWorkerKilledMidPartitionFailsTheRunAndTheSameCommandCompletesItWithTheSameFigures() throws Exception {
        Workspace ws = new Workspace(tmp.resolve("killed")).withSample(2022);
        List<String> db = database("killed_worker", ws);
        List<String> command = run(ws, db);
        // Each partition waits 2 s before reading: time enough to kill its worker in the
        // middle of one.
        try (ChildJvm victim = worker(db, "--yearbook.workers.test-pause-millis=2000");
                ChildJvm survivor = worker(db, "--yearbook.workers.test-pause-millis=2000")) {
            String failed;
            try (ChildJvm manager = ChildJvm.start(Workspace.PROJECT, command)) {
                // the victim's second partition: its first is read and stored, the second
                // is under way
                assertThat(
                        victim.awaitLine(l -> started(victim.console()) == 2 && finished(victim.console()) == 1, 300))
                    .as(victim.console())
                    .isTrue();
                victim.kill();
                int code = manager.waitFor(300);
                failed = manager.console();
                System.out.println("failed run:\n" + failed + "\nvictim:\n" + victim.console() + "\nsurvivor:\n"
                        + survivor.console());
                assertThat(code).as(failed).isEqualTo(ExitCode.FAILED);
            }
            assertThat(failed).containsPattern("失败: 读取阶段: 工作进程在读取分区 \\d/6 时中断")
                .doesNotContain("Exception")
                .doesNotContain("完成:");
            int readBeforeKill = filesRead(victim.console()) + filesRead(survivor.console());

            String again;
            try (ChildJvm manager = ChildJvm.start(Workspace.PROJECT, command)) {
                int code = manager.waitFor(400);
                again = manager.console();
                System.out.println("restart:\n" + again + "\nsurvivor:\n" + survivor.console());
                assertThat(code).as(again).isEqualTo(ExitCode.OK);
            }
            assertThat(again).doesNotContain("▶ 收集"); // resumed at read
            assertThat(new String(ws.csv(2022), StandardCharsets.UTF_8))
                .isEqualTo(new String(reference, StandardCharsets.UTF_8));
            // Nothing read twice: what the survivor read after the restart is exactly
            // what was left.
            assertThat(filesRead(survivor.console()) + filesRead(victim.console())).isEqualTo(22);
            assertThat(readBeforeKill).isLessThan(22);
        }
        List<String> status = new ArrayList<>(List.of("status", "--year", "2022"));
        status.addAll(db);
        var st = ProgramRun.execute(status);
        // the failed run and its completion, and every file once
        assertThat(st.console()).contains("FAILED", "COMPLETED", "ACCEPTED       22 个文件", "读取阶段: 工作进程在读取分区")
            .doesNotContain("yearbook.worker");
    }

    @Test
    void workersNeedAServerNotTheEmbeddedDatabase() {
        Workspace ws = new Workspace(tmp.resolve("embedded"));
        List<String> a = new ArrayList<>(List.of("worker"));
        a.addAll(ws.springArgs());
        var worker = ProgramRun.execute(a);
        assertThat(worker.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(worker.console().strip()).isEqualTo(new ServerRequiredException().getMessage());
        List<String> r = new ArrayList<>(List.of("run", "--year", "2022", "--yearbook.workers.enabled=true"));
        r.addAll(ws.springArgs());
        var manager = ProgramRun.execute(r);
        assertThat(manager.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(manager.console()).contains("需要 PostgreSQL 服务器").doesNotContain("Exception");
        var help = ProgramRun.execute("worker", "--help");
        assertThat(help.exit()).isEqualTo(ExitCode.OK);
        assertThat(help.console()).contains("工作进程", "--threads", "YEARBOOK_DB_URL");
    }

    private static final Pattern DONE = Pattern.compile("完成 \\d+ 年分区 \\d+/\\d+: (\\d+) 个文件");

    static int started(String console) {
        return (int) console.lines().filter(l -> l.startsWith("开始读取")).count();
    }

    static int finished(String console) {
        return (int) DONE.matcher(console).results().count();
    }

    static int filesRead(String console) {
        Matcher m = DONE.matcher(console);
        int n = 0;
        while (m.find()) {
            n += Integer.parseInt(m.group(1));
        }
        return n;
    }

}

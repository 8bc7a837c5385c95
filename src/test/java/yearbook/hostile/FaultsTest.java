package yearbook.hostile;

import yearbook.ProgramRun;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import yearbook.cli.ExitCode;
import yearbook.collect.InputFolder;

/**
 * Real faults around a real run, against a real PostgreSQL server that the test owns: the
 * server stopped mid-run, an output folder that cannot be made, a disk that fills while
 * publishing. Each fails the run with exit code 1 and one plain Chinese line, loses
 * nothing already published, and the same command succeeds once the cause is gone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsTest {

    @TempDir
    static Path tmp;

    Path pgDir;

    int port;

    EmbeddedPostgres pg;

    Path in;

    Path out;

    Path log;

    @BeforeAll
    void startServer() throws Exception {
        pgDir = tmp.resolve("pg");
        pg = EmbeddedPostgres.builder().setDataDirectory(pgDir).setCleanDataDirectory(true).start();
        port = pg.getPort();
        in = tmp.resolve("in");
        ProgramRun.copySampleYear(in, 2022);
        // one slow file keeps the read stage busy long enough to stop the server inside
        // it
        HostileFiles.write(in.resolve("2022"), "一万张表.xlsx", HostileFiles.manySheets(10_000));
        out = tmp.resolve("out");
        log = tmp.resolve("yearbook.log");
    }

    @AfterAll
    void stopServer() throws IOException {
        if (pg != null) {
            pg.close();
        }
    }

    ProgramRun.Result run(Path output) {
        return ProgramRun.execute("run", "--year", "2022", "--input", in.toString(), "--output", output.toString(),
                "--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/postgres",
                "--spring.datasource.username=postgres", "--spring.datasource.hikari.connection-timeout=2000",
                "--logging.file.name=" + log);
    }

    static void assertOneClearChineseLine(ProgramRun.Result r) {
        assertThat(r.exit()).as(r.console()).isEqualTo(ExitCode.FAILED);
        assertThat(r.console()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("Caused by");
        String failed = r.console()
            .lines()
            .filter(l -> l.startsWith("失败"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no 失败 line in:\n" + r.console()));
        assertThat(failed).containsPattern("\\p{IsHan}{4,}");
    }

    @Test
    @Order(1)
    void theDatabaseStoppedMidRunFailsCleanlyAndTheRerunIsExact() throws Exception {
        AtomicBoolean stopped = new AtomicBoolean();
        Thread killer = new Thread(() -> {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            try {
                while (System.nanoTime() < deadline) {
                    if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains("收集 2022 年文件")) {
                        // the collect stage is done: the read stage is under way
                        pg.close();
                        stopped.set(true);
                        return;
                    }
                    Thread.sleep(20);
                }
            }
            catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "db-killer");
        killer.start();
        long t0 = System.nanoTime();
        ProgramRun.Result broken = run(out);
        killer.join();
        System.out.printf("[hostile] run with the database stopped: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        assertThat(stopped).as("the server was stopped during the run").isTrue();
        assertOneClearChineseLine(broken);
        assertThat(broken.console()).contains("数据库");
        assertThat(out.resolve("2022")).doesNotExist();

        pg = EmbeddedPostgres.builder().setDataDirectory(pgDir).setCleanDataDirectory(false).setPort(port).start();
        ProgramRun.Result again = run(out);
        // the 10,000-sheet file
        assertThat(again.exit()).as(again.console()).isEqualTo(ExitCode.QUARANTINED);
        Path csv = out.resolve("2022/indicators-2022.csv");
        assertThat(ProgramRun.totalValues(csv).get("LIV_NEW_JOBS")).isEqualTo("2252");
        assertThat(ProgramRun.totalValues(csv).get("SAF_HAZARDS_FIX_RATE")).isEqualTo("88.37");
        assertThat(ProgramRun.totalValues(csv).get("URB_RENOV_HOUSEHOLDS")).isNotBlank();
    }

    @Test
    @Order(2)
    void anOutputPathThatIsAFileFailsAndIsLeftAlone() throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "之前的内容");
        ProgramRun.Result r = run(file);
        assertOneClearChineseLine(r);
        assertThat(r.console()).contains("not-a-folder");
        assertThat(Files.readString(file)).isEqualTo("之前的内容");
        // the outputs of the previous run elsewhere are untouched, and the same command
        // works once the path is free
        assertThat(out.resolve("2022/indicators-2022.csv")).exists();
        Files.delete(file);
        ProgramRun.Result ok = run(file);
        assertThat(ok.exit()).as(ok.console()).isEqualTo(ExitCode.QUARANTINED);
        assertThat(file.resolve("2022/summary-2022.pdf")).exists();
    }

    @Test
    @Order(3)
    void aDiskFullWhilePublishingKeepsThePreviousOutputs() throws Exception {
        Path mount = Files.createDirectories(tmp.resolve("small-disk"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", mount.toString())
            .redirectErrorStream(true)
            .start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("mount a 24 MB tmpfs (needs root): " + said).isZero();
        try {
            // the previous outputs, as a run left them
            copyTree(out.resolve("2022"), mount.resolve("2022"));
            Map<String, String> before = snapshot(mount.resolve("2022"));
            Path filler = mount.resolve("filler.bin");
            fill(filler, mount);
            System.out.printf("[hostile] small disk: %d KB free%n", Files.getFileStore(mount).getUsableSpace() >> 10);
            ProgramRun.Result r = run(mount);
            assertOneClearChineseLine(r);
            assertThat(r.console()).contains("磁盘空间已满");
            assertThat(snapshot(mount.resolve("2022"))).as("the previous outputs, byte for byte")
                .containsExactlyInAnyOrderEntriesOf(before);
            try (Stream<Path> s = Files.list(mount)) {
                assertThat(s.map(x -> x.getFileName().toString())).containsExactlyInAnyOrder("2022", "filler.bin");
            }
            Files.delete(filler);
            ProgramRun.Result ok = run(mount);
            assertThat(ok.exit()).as(ok.console()).isEqualTo(ExitCode.QUARANTINED);
            assertThat(ProgramRun.totalValues(mount.resolve("2022/indicators-2022.csv")).get("LIV_NEW_JOBS"))
                .isEqualTo("2252");
        }
        finally {
            // lazy: detaches even if something still holds a file there, so the temp
            // folder can go
            new ProcessBuilder("umount", "-l", mount.toString()).inheritIO().start().waitFor();
        }
    }

    /** Whether the run in that database has saved its collect step as COMPLETED. */
    private boolean collectSaved(String database) {
        try (var c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, "postgres",
                "");
                var st = c.createStatement();
                var rs = st.executeQuery(
                        "select count(*) from batch_step_execution where step_name = 'collect' and status = 'COMPLETED'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
        catch (SQLException notYet) {
            return false; // the schema is not there yet
        }
    }

    @Test
    @Order(4)
    void aLostDatabaseFailsTheRunWithinThirtySecondsWithTheDefaultTimeouts() throws Exception {
        Path out4 = tmp.resolve("out-4");
        Path log4 = tmp.resolve("yearbook-4.log");
        // a database of its own, so that the read stage has every file to read when the
        // server goes
        try (var c = pg.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
            st.execute("create database lost4");
        }
        long[] stoppedAt = new long[1];
        Thread killer = new Thread(() -> {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            try {
                while (System.nanoTime() < deadline) {
                    // collect's line is logged before its step is saved: on a busy
                    // machine wait for the save too
                    if (Files.exists(log4) && Files.readString(log4, StandardCharsets.UTF_8).contains("收集 2022 年文件")
                            && collectSaved("lost4")) {
                        pg.close();
                        stoppedAt[0] = System.nanoTime();
                        return;
                    }
                    Thread.sleep(20);
                }
            }
            catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "db-killer-4");
        killer.start();
        // no connection-timeout given: the program's own defaults decide how long it
        // waits
        ProgramRun.Result broken = ProgramRun.execute("run", "--year", "2022", "--input", in.toString(), "--output",
                out4.toString(), "--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/lost4",
                "--spring.datasource.username=postgres", "--logging.file.name=" + log4);
        long ended = System.nanoTime();
        killer.join();
        assertThat(stoppedAt[0]).as("the server was stopped during the run").isPositive();
        long seconds = TimeUnit.NANOSECONDS.toSeconds(ended - stoppedAt[0]);
        System.out.printf("[hostile] database stopped mid-run, default timeouts: the run failed %d ms later%n",
                TimeUnit.NANOSECONDS.toMillis(ended - stoppedAt[0]));
        assertOneClearChineseLine(broken);
        assertThat(broken.console()).contains("数据库连接中断或无法连接");
        assertThat(seconds).as("failed within 30 s of losing the database").isLessThan(30);
        assertThat(broken.console()).as("stopped inside the read stage").contains("✓ collect").doesNotContain("✓ read");
        pg = EmbeddedPostgres.builder().setDataDirectory(pgDir).setCleanDataDirectory(false).setPort(port).start();
    }

    /** Fills the file system until only a few KB are left: less than any output needs. */
    private static void fill(Path filler, Path mount) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        try (var o = Files.newOutputStream(filler)) {
            while (Files.getFileStore(mount).getUsableSpace() > 96 * 1024) {
                o.write(chunk);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                }
                else {
                    Files.copy(p, t);
                }
            }
        }
    }

    /** Each file's path and SHA-256. */
    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path f : files) {
            m.put(dir.relativize(f).toString(), InputFolder.sha256(f));
        }
        assertThat(m).isNotEmpty();
        return m;
    }

}

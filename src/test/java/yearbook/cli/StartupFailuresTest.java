package yearbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yearbook.ProgramRun;

/**
 * What a person sees when yearbook cannot start: one line saying what is wrong and what
 * to do, with the right exit code — never a stack trace, never a Spring bean name.
 */
class StartupFailuresTest {

    private static final Path CATALOG = Workspace.PROJECT.resolve("config/catalog.yaml");

    private static final Path UNITS = Workspace.PROJECT.resolve("config/units.yaml");

    @TempDir
    Path dir;

    /**
     * Every command, run by the real main class in a folder with no config/ and no
     * installation.
     */
    @Test
    void noConfigurationAnywhereIsOneLineAndExitTwoForEveryCommand() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("somewhere"));
        for (List<String> command : List.of(List.of("check", "某社区.xlsx"), List.of("template", "--year", "2022"),
                List.of("run", "--year", "2022"), List.of("status"),
                List.of("explain", "LIV_NEW_JOBS", "--year", "2022"), List.of("schedule", "--times", "1"))) {
            try (ChildJvm c = ChildJvm.start(empty, command)) {
                int exit = c.waitFor(120);
                String console = c.console();
                assertThat(exit).as(console).isEqualTo(ExitCode.USAGE);
                assertOneLine(console);
                assertThat(console).contains("配置错误", "找不到", empty.resolve("config").toString(), "yearbook init",
                        "--yearbook.");
            }
        }
        // nothing was made in that folder: no database, no log
        try (var files = Files.list(empty)) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    void theInstallationsConfigIsUsedWhenTheWorkingFolderHasNone() throws Exception {
        Path home = dir.resolve("installation");
        Files.createDirectories(home.resolve("config"));
        Files.copy(CATALOG, home.resolve("config/catalog.yaml"));
        Files.copy(UNITS, home.resolve("config/units.yaml"));
        Path work = Files.createDirectories(dir.resolve("work"));
        try (ChildJvm c = ChildJvm.start(work, Map.of("YEARBOOK_HOME", home.toString()),
                List.of("template", "--year", "2022", "--unit", "横河社区", "-o", "blank"))) {
            assertThat(c.waitFor(120)).as(c.console()).isEqualTo(ExitCode.OK);
        }
        assertThat(work.resolve("blank/横河社区2022年报表.xlsx")).isRegularFile();

        // the working folder's own config/ comes first: here its registry renames the
        // community
        Files.createDirectories(work.resolve("config"));
        Files.copy(CATALOG, work.resolve("config/catalog.yaml"));
        Files.writeString(work.resolve("config/units.yaml"), Files.readString(UNITS).replace("横河社区", "横河新村"));
        try (ChildJvm c = ChildJvm.start(work, Map.of("YEARBOOK_HOME", home.toString()),
                List.of("template", "--year", "2022", "--unit", "横河新村", "-o", "blank"))) {
            assertThat(c.waitFor(120)).as(c.console()).isEqualTo(ExitCode.OK);
        }
        assertThat(work.resolve("blank/横河新村2022年报表.xlsx")).isRegularFile();
    }

    @Test
    void aNamedFileThatDoesNotExistIsSaidAsSuch() {
        var r = ProgramRun.execute("check", "x.xlsx", "--yearbook.catalog=" + dir.resolve("nowhere.yaml"));
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertOneLine(r.console());
        assertThat(r.console()).contains("找不到指标目录", dir.resolve("nowhere.yaml").toString(), "--yearbook.catalog");
    }

    @Test
    void aCatalogErrorIsReportedByFileAndLine() throws Exception {
        Path broken = dir.resolve("catalog.yaml");
        List<String> lines = new ArrayList<>(Files.readAllLines(CATALOG));
        int at = -1;
        for (int i = 0; i < lines.size() && at < 0; i++) {
            if (lines.get(i).contains("kind: flow")) {
                at = i;
            }
        }
        lines.set(at, lines.get(at).replaceFirst("kind: flow", "kind: flw"));
        Files.write(broken, lines);
        // check reads the catalog itself; status reads it in the application context
        var check = ProgramRun.execute("check", "x.xlsx", "--catalog", broken.toString());
        assertThat(check.exit()).isEqualTo(ExitCode.USAGE);
        assertOneLine(check.console());
        // the line of the wrong value itself
        String entryLine = String.valueOf(at + 1);
        assertThat(check.console()).contains(broken.toString(), "第 " + entryLine + " 行", "flw", "flow、stock");

        var status = ProgramRun.execute("status", "--yearbook.catalog=" + broken,
                "--yearbook.embedded-db-dir=" + dir.resolve("pg"), "--yearbook.log-dir=" + dir.resolve("logs"));
        assertThat(status.exit()).isEqualTo(ExitCode.USAGE);
        assertOneLine(status.console());
        assertThat(status.console()).contains("第 " + entryLine + " 行");

        Files.writeString(broken, "title: x\ngroups:\n  - {code: ECO, name: [经济\n");
        var syntax = ProgramRun.execute("check", "x.xlsx", "--catalog", broken.toString());
        assertThat(syntax.exit()).isEqualTo(ExitCode.USAGE);
        assertOneLine(syntax.console());
        assertThat(syntax.console()).contains("YAML 格式错误", "第 4 行");
    }

    /**
     * Every yearbook.* setting is bound and checked at start, whichever command starts:
     * one line naming it.
     */
    @Test
    void aSettingOfTheWrongFormIsOneLineNamingItAndWhatItShouldBe() {
        var ozone = ProgramRun.execute("check", "x.xlsx", "--yearbook.air.ozone-rule=HJ633");
        assertThat(ozone.exit()).isEqualTo(ExitCode.USAGE);
        assertOneLine(ozone.console());
        assertThat(ozone.console()).contains("配置错误", "yearbook.air.ozone-rule", "「HJ633」",
                "BOTH_ITEMS、EIGHT_HOUR_FIRST");

        var cron = ProgramRun.execute("check", "x.xlsx", "--yearbook.schedule.cron=每月五号");
        assertThat(cron.exit()).isEqualTo(ExitCode.USAGE);
        assertOneLine(cron.console());
        assertThat(cron.console()).contains("配置错误", "yearbook.schedule.cron", "「每月五号」", "不是有效的 cron 表达式",
                "0 0 2 5 * *");

        var limit = ProgramRun.execute("check", "x.xlsx", "--yearbook.read-time-limit=soon");
        assertThat(limit.exit()).isEqualTo(ExitCode.USAGE);
        assertOneLine(limit.console());
        assertThat(limit.console()).contains("yearbook.read-time-limit", "「soon」", "应为时长");

        // the full context (database, job, schedule) stops there too, before the database
        // is started
        var zone = ProgramRun.execute("status", "--yearbook.schedule.zone=Mars/Olympus",
                "--yearbook.embedded-db-dir=" + dir.resolve("pg"), "--yearbook.log-dir=" + dir.resolve("logs"));
        assertThat(zone.exit()).isEqualTo(ExitCode.USAGE);
        assertOneLine(zone.console());
        assertThat(zone.console()).contains("yearbook.schedule.zone", "「Mars/Olympus」", "应为时区");
    }

    @Test
    void aDataFolderThatCannotBeWrittenIsSaidAsSuch() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        var r = ProgramRun.execute("status", "--yearbook.embedded-db-dir=" + file.resolve("pg"),
                "--yearbook.log-dir=" + dir.resolve("logs"));
        assertThat(r.exit()).isEqualTo(ExitCode.FAILED);
        assertOneLine(r.console());
        assertThat(r.console()).contains("数据文件夹 " + file.resolve("pg"), "无法创建或写入", "--yearbook.embedded-db-dir");
    }

    /**
     * A folder that is not a database PostgreSQL can open (another version's, or
     * damaged).
     */
    @Test
    void aDatabaseThatCannotStartIsSaidAsSuch() throws Exception {
        Path pg = Files.createDirectories(dir.resolve("pg"));
        Files.writeString(pg.resolve("PG_VERSION"), "99\n");
        Files.writeString(pg.resolve("postgresql.conf"), "this is = not = a setting\n");
        var r = ProgramRun.execute("status", "--yearbook.embedded-db-dir=" + pg,
                "--yearbook.log-dir=" + dir.resolve("logs"));
        assertThat(r.exit()).isEqualTo(ExitCode.FAILED);
        assertOneLine(r.console());
        assertThat(r.console()).contains("数据库无法启动", pg.toString(), "--yearbook.embedded-db-dir");
    }

    @Test
    void aDatabaseServerThatCannotBeReachedIsSaidAsSuch() throws Exception {
        int port;
        try (var s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort(); // closed again: nothing listens there
        }
        var r = ProgramRun.execute("status",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + port + "/yearbook",
                "--yearbook.log-dir=" + dir.resolve("logs"));
        assertThat(r.exit()).isEqualTo(ExitCode.FAILED);
        assertOneLine(r.console());
        assertThat(r.console()).contains("无法连接数据库服务器", "YEARBOOK_DB_URL");
    }

    static void assertOneLine(String console) {
        assertThat(console.strip().lines().toList()).as(console).hasSize(1);
        assertThat(console).doesNotContain("\tat ", "Exception", "Error creating bean", "bean");
    }

}

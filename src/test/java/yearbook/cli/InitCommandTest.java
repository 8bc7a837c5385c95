package yearbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yearbook.ProgramRun;

/**
 * `yearbook init DIR`: a working folder the other commands find their configuration in;
 * an existing one is left alone.
 */
class InitCommandTest {

    @TempDir
    Path dir;

    @Test
    void makesAWorkingFolderAndPrintsTheNextCommands() throws Exception {
        Path work = dir.resolve("统计站");
        var r = ProgramRun.execute("init", work.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.OK);
        int year = Year.now().getValue();
        // the shipped catalog and registry, with their comments
        assertThat(work.resolve("config/catalog.yaml"))
            .hasSameTextualContentAs(Workspace.PROJECT.resolve("config/catalog.yaml"));
        assertThat(work.resolve("config/units.yaml"))
            .hasSameTextualContentAs(Workspace.PROJECT.resolve("config/units.yaml"));
        assertThat(Files.readString(work.resolve("config/catalog.yaml"))).startsWith("# 指标目录");
        assertThat(work.resolve("config/application.yml.sample")).isRegularFile();
        assertThat(work.resolve("input/" + year)).isEmptyDirectory();
        assertThat(work.resolve("output")).isEmptyDirectory();
        assertThat(r.console()).contains("cd " + work, "yearbook template --year " + year,
                "yearbook check input/" + year + "/", "yearbook run --year " + year);

        // the folder works: a command run there finds its config/
        try (ChildJvm c = ChildJvm.start(work,
                List.of("template", "--year", Integer.toString(year), "--unit", "横河社区"))) {
            assertThat(c.waitFor(120)).as(c.console()).isEqualTo(ExitCode.OK);
        }
        assertThat(work.resolve("output/templates/" + year + "/横河社区" + year + "年报表.xlsx")).isRegularFile();
    }

    @Test
    void refusesToOverwriteAnExistingConfigAndSaysSo() throws Exception {
        Path work = dir.resolve("office");
        assertThat(ProgramRun.execute("init", work.toString()).exit()).isEqualTo(ExitCode.OK);
        Path units = work.resolve("config/units.yaml");
        Files.writeString(units, "# edited by the office\n", StandardOpenOption.APPEND);
        String edited = Files.readString(units);

        var again = ProgramRun.execute("init", work.toString());
        assertThat(again.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(again.console()).contains("未做任何改动", "不会覆盖", work.resolve("config").toString());
        assertThat(Files.readString(units)).isEqualTo(edited);
    }

}

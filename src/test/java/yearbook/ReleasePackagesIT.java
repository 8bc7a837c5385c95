package yearbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release packages as an office gets them (run by failsafe after `mvn package`):
 * unpacked into a temporary folder, `init` of a working folder that is neither the
 * repository nor the installation, the sample year copied in, `run --year 2022` — the zip
 * with the machine's Java, the Linux application image with no JAVA_HOME and no java on
 * the PATH — and the CSV the same, byte for byte, as the repository's own run of the
 * sample year.
 */
class ReleasePackagesIT {

    private static final Path ZIP = Path.of(System.getProperty("release.zip", "target/yearbook-0.1.0-SNAPSHOT.zip"));

    private static final Path APP_IMAGE = Path
        .of(System.getProperty("release.appimage", "target/yearbook-0.1.0-SNAPSHOT-linux-x64.tar.gz"));

    @TempDir
    static Path shared;

    private static byte[] repositoryCsv;

    @TempDir
    Path tmp;

    /**
     * The sample year run the way the README does, in the repository: the CSV the
     * packages must give.
     */
    @BeforeAll
    static void repositoryRun() throws IOException {
        Path out = shared.resolve("repository-output");
        int exit = new ProgramRun(shared.resolve("repository-run")).run("run", "--year", "2022", "--input", "input",
                "--output", out.toString());
        assertThat(exit).isEqualTo(0);
        repositoryCsv = Files.readAllBytes(out.resolve("2022/indicators-2022.csv"));
    }

    @Test
    void theZipInitsAndRunsTheSampleYearFromAnotherFolder() throws Exception {
        Path install = tmp.resolve("安装");
        unzip(ZIP, install);
        Path home;
        try (Stream<Path> s = Files.list(install)) {
            home = s.findFirst().orElseThrow();
        }
        assertThat(home.resolve("yearbook.jar")).isRegularFile();
        assertThat(home.resolve("bin/yearbook.bat")).isRegularFile();
        assertThat(Files.readString(home.resolve("bin/yearbook.bat"))).contains("\r\n");
        // both launchers start the JVM alike (the benchmark reads the sh one's defaults)
        String defaults = Files.readAllLines(home.resolve("bin/yearbook"))
            .stream()
            .filter(l -> l.startsWith("defaults=\""))
            .findFirst()
            .orElseThrow();
        assertThat(Files.readString(home.resolve("bin/yearbook.bat")))
            .contains("\"%JAVA%\" " + defaults.substring(10, defaults.length() - 1) + " %YEARBOOK_JAVA_OPTS%");
        assertThat(home.resolve("LICENSE")).content().contains("Apache License", "Version 2.0");
        assertThat(home.resolve("THIRD-PARTY.txt")).content()
            .contains("org.apache.poi:poi", "org.springframework.batch");
        assertThat(home.resolve("使用说明.md")).content().contains("yearbook init", "validation-", "催报");
        assertThat(Files.isExecutable(home.resolve("bin/yearbook"))).as("bin/yearbook keeps its exec bit").isTrue();

        Map<String, String> env = Map.of("PATH", System.getenv("PATH"), "JAVA_HOME", System.getProperty("java.home"),
                "HOME", tmp.toString(), "LANG", "C.UTF-8");
        Path office = officeRun(home.resolve("bin/yearbook"), env, home.resolve("sample/input/2022"));
        assertThat(office.resolve("output/2022/indicators-2022.csv")).hasBinaryContent(repositoryCsv);
    }

    @Test
    void theAppImageRunsWithNoJavaOnTheMachine() throws Exception {
        Path install = Files.createDirectories(tmp.resolve("opt"));
        exec(List.of("tar", "-xzf", APP_IMAGE.toAbsolutePath().toString(), "-C", install.toString()), tmp,
                System.getenv(), 300);
        Path launcher = install.resolve("yearbook/bin/yearbook");
        assertThat(launcher).isRegularFile();
        assertThat(install.resolve("yearbook/lib/runtime/bin/java")).isRegularFile();
        assertThat(install.resolve("yearbook/使用说明.md")).isRegularFile();

        // the machine's tools, less every Java command, and no JAVA_HOME
        Path bin = Files.createDirectories(tmp.resolve("path-without-java"));
        for (String dir : List.of("/usr/local/bin", "/usr/bin", "/bin")) {
            if (!Files.isDirectory(Path.of(dir))) {
                continue;
            }
            try (Stream<Path> tools = Files.list(Path.of(dir))) {
                for (Path t : tools.toList()) {
                    String name = t.getFileName().toString();
                    if (name.startsWith("java") || Set
                        .of("jar", "jlink", "jpackage", "jshell", "jdeps", "jcmd", "jps", "jrunscript", "keytool",
                                "serialver", "jstack", "jmap", "jinfo", "jstat")
                        .contains(name)) {
                        continue;
                    }
                    Path link = bin.resolve(name);
                    if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                        Files.createSymbolicLink(link, t);
                    }
                }
            }
        }
        Map<String, String> env = Map.of("PATH", bin.toString(), "HOME", tmp.toString(), "LANG", "C.UTF-8");
        var noJava = exec(List.of("/bin/sh", "-c", "command -v java || echo no-java"), tmp, env, 30);
        assertThat(noJava.console().strip()).isEqualTo("no-java");

        Path office = officeRun(launcher, env, ProgramRun.SAMPLE_YEAR.toAbsolutePath());
        assertThat(office.resolve("output/2022/indicators-2022.csv")).hasBinaryContent(repositoryCsv);
    }

    /**
     * init, the sample year copied in, run --year 2022: in a folder of its own; returns
     * that folder.
     */
    private Path officeRun(Path launcher, Map<String, String> env, Path sample) throws Exception {
        Path desk = Files.createDirectories(tmp.resolve("桌面"));
        long t0 = System.nanoTime();
        var init = exec(List.of(launcher.toString(), "init", "统计汇编"), desk, env, 120);
        assertThat(init.exit()).as(init.console()).isEqualTo(0);
        long tInit = System.nanoTime();
        Path office = desk.resolve("统计汇编");
        Path year = Files.createDirectories(office.resolve("input/2022"));
        try (Stream<Path> files = Files.list(sample)) {
            for (Path f : files.toList()) {
                Files.copy(f, year.resolve(f.getFileName().toString()));
            }
        }
        var run = exec(List.of(launcher.toString(), "run", "--year", "2022"), office, env, 600);
        long tRun = System.nanoTime();
        System.out.printf("%s: init %.1f s, run --year 2022 %.1f s%n", launcher, (tInit - t0) / 1e9,
                (tRun - tInit) / 1e9);
        assertThat(run.exit()).as(run.console()).isEqualTo(0);
        assertThat(run.console()).contains("完成").doesNotContain("\tat ", "Exception");
        return office;
    }

    record Result(int exit, String console) {
    }

    private static Result exec(List<String> command, Path dir, Map<String, String> env, long seconds) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().putAll(env);
        Process p = pb.start();
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            out = in.readAllBytes();
        }
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish in " + seconds + " s");
        }
        String console = new String(out, StandardCharsets.UTF_8);
        System.out.println(console);
        return new Result(p.exitValue(), console);
    }

    /** As an office's unzip does: files, folders and the Unix modes the zip records. */
    private static void unzip(Path zip, Path to) throws IOException {
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry e : Collections.list(z.getEntries())) {
                Path target = to.resolve(e.getName()).normalize();
                if (!target.startsWith(to)) {
                    throw new IOException("entry outside the folder: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = z.getInputStream(e)) {
                    Files.copy(in, target);
                }
                int mode = e.getUnixMode();
                if (mode != 0) {
                    Files.setPosixFilePermissions(target, permissions(mode));
                }
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        StringBuilder s = new StringBuilder();
        String rwx = "rwxrwxrwx";
        for (int i = 0; i < 9; i++) {
            s.append((mode & (1 << (8 - i))) != 0 ? rwx.charAt(i) : '-');
        }
        return PosixFilePermissions.fromString(s.toString());
    }

}

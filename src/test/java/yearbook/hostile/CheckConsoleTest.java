package yearbook.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yearbook.cli.ExitCode;

/**
 * `check` as a clerk runs it, in a JVM of its own (so that what the libraries print to
 * the real stdout and stderr is seen): fed every hostile file at once — DOCTYPEs in the
 * parts POI parses itself, a damaged .xls, a corrupt zip, a hundred fuzz mutants, values
 * no statistic has, a name with a newline — the console carries only the program's own
 * lines; POI's ERROR/WARN lines and their stack traces go to the log file.
 */
class CheckConsoleTest {

    @TempDir
    Path tmp;

    @Test
    void theConsoleCarriesOnlyTheProgramsOwnLines() throws Exception {
        List<String> args = new ArrayList<>(List.of("check"));
        for (String part : List.of("[Content_Types].xml", "docProps/core.xml", "_rels/.rels")) {
            args.add(write("DOCTYPE " + part.replace('/', '_') + ".xlsx", HostileFiles.doctypeIn(part)));
        }
        args.add(write("旧格式损坏.xls", HostileFiles.damagedXlsSst()));
        args.add(Files.copy(Path.of("src/test/resources/corpus/corrupt.xlsx"), tmp.resolve("corrupt.xlsx")).toString());
        args.add(write("两万位小数.xlsx",
                HostileFiles.textInCell(HostileFiles.VALUE_CELL, HostileFiles.longDecimal(20_000))));
        args.add(write("非数.xlsx", HostileFiles.rawNumber(HostileFiles.VALUE_CELL, "NaN")));
        args.add(write("串号越界.xlsx", HostileFiles.sharedStringOutOfRange(5_000)));
        // a name that tries to print a line of its own: a newline, then what an accepted
        // file's line looks like
        String fake = "横河\n✓ 伪造.xlsx: 可以采用 — 填报单位 HENGHE\u001B[2K.xlsx";
        args.add(write(fake, HostileFiles.truncated()));
        Map<String, byte[]> sample = HostileFiles.sampleEntries();
        byte[] sampleZip = Files.readAllBytes(HostileFiles.SAMPLE);
        for (long seed = 0; seed < 100; seed++) {
            args.add(write("mutant-" + seed + ".xlsx",
                    ReaderFuzzTest.mutant(ReaderFuzzTest.SEED + seed, sample, sampleZip)));
        }
        Path log = tmp.resolve("yearbook.log");
        args.add("--logging.file.name=" + log);

        long t0 = System.nanoTime();
        Process p = yearbook(List.of(), args);
        String console = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        System.out.printf("[hostile] check of %d hostile files in a JVM of its own: %d ms, exit %d, %d console lines%n",
                args.size() - 2, (System.nanoTime() - t0) / 1_000_000, p.exitValue(), console.lines().count());

        assertThat(p.exitValue()).as(console).isEqualTo(ExitCode.QUARANTINED);
        List<String> lines = console.lines().toList();
        assertThat(lines).as("no stack trace")
            .noneMatch(l -> l.matches("\\s+at .*") || l.startsWith("Caused by") || l.contains("Exception"));
        assertThat(lines).as("no library log line")
            .noneMatch(l -> l.matches(".*\\b(ERROR|WARN|INFO|DEBUG)\\b.*") || l.contains("org.apache"));
        // the program's own lines only: a file's verdict, its findings, the total
        assertThat(lines).allSatisfy(l -> assertThat(l).matches("(✓ |✗ |    \\[|共 ).*"));
        // each of these is refused (a DOCTYPE in docProps/core.xml only costs the
        // metadata: POI skips it, the data is read)
        for (String bad : List.of("DOCTYPE [Content_Types].xml.xlsx", "DOCTYPE _rels_.rels.xlsx", "旧格式损坏.xls",
                "corrupt.xlsx", "两万位小数.xlsx", "非数.xlsx", "串号越界.xlsx", "横河\\n✓ 伪造.xlsx")) {
            assertThat(lines).as(bad).anySatisfy(l -> assertThat(l).startsWith("✗ ").contains(bad));
        }
        assertThat(lines).noneMatch(l -> l.startsWith("✓ 伪造"));
        assertThat(console).contains("横河\\n✓ 伪造.xlsx: 可以采用 — 填报单位 HENGHE\\x1B[2K.xlsx").doesNotContain("\u001B");
        assertThat(console).contains("DOCTYPE").contains("两万位小数.xlsx").contains("串号越界.xlsx");
        // what the libraries said is in the log file, for whoever maintains the program
        assertThat(Files.readString(log)).contains("org.apache.poi");
    }

    @Test
    void runningOutOfMemoryOnOneFileIsSaidAsSuchWithItsSizeAndTheLimit() throws Exception {
        // 45 MB of shared strings (under the 48 MB part limit) that a 40 MB heap cannot
        // hold: distinct, varied text, so it compresses about 15:1 and passes the
        // inflate-ratio guard
        Random r = new Random(45);
        StringBuilder more = new StringBuilder(46 << 20);
        for (int i = 0; more.length() < (15 << 20); i++) {
            StringBuilder chunk = new StringBuilder();
            for (int k = 0; k < 40; k++) {
                chunk.append((char) (0x4E00 + r.nextInt(0x5000)));
            }
            more.append("<si><t>").append(i).append(chunk.toString().repeat(10)).append("</t></si>");
        }
        byte[] file = HostileFiles.sampleWith(HostileFiles.STRINGS, x -> x.replace("</sst>", more + "</sst>"));
        String f = write("很多文字.xlsx", file);
        Process p = yearbook(List.of("-Xmx40m"), List.of("check", f, "--logging.file.name=" + tmp.resolve("oom.log")));
        String console = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        System.out.printf("[hostile] %.1f MB file with 45 MB of text, check in a 40 MB heap: %s%n",
                file.length / 1048576.0, console.lines().filter(l -> l.contains("内存")).findFirst().orElse(console));
        assertThat(p.exitValue()).as(console).isEqualTo(ExitCode.QUARANTINED);
        assertThat(console)
            .contains("读取文件“很多文字.xlsx”(" + String.format("%.1f MB", file.length / 1048576.0) + ")时程序内存不足")
            .containsPattern("程序可用内存上限为\\d+\\.\\d MB")
            .doesNotContain("过大")
            .doesNotContain("OutOfMemory");
    }

    @Test
    void aNameInGbkBytesIsFoundAndShownDecodedNeverAsReplacementCharacters() throws Exception {
        Path truncated = HostileFiles.write(tmp, "t.xlsx", HostileFiles.truncated());
        String gbk = "$(printf '\\xd3\\xc0\\xcc\\xa9\\xc9\\xe7\\xc7\\xf8\\xb1\\xa8\\xb1\\xed').xlsx";
        HostileInputFolderTest.bash("cp '" + truncated + "' \"" + tmp + "/" + gbk + "\"");
        // the name given as the shell gives it: its GBK bytes, which Java decodes to
        // U+FFFD
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder("bash", "-c",
                "'" + java + "' -Dstdout.encoding=UTF-8 -XX:TieredStopAtLevel=1 -cp '"
                        + System.getProperty("java.class.path") + "' yearbook.YearbookApplication check \"" + tmp + "/"
                        + gbk + "\" --logging.file.name=" + tmp.resolve("gbk.log"))
            .redirectErrorStream(true)
            .start();
        String console = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(console).isEqualTo(ExitCode.QUARANTINED);
        assertThat(console).contains("✗ " + tmp + "/永泰社区报表.xlsx: 不是报表文件")
            .contains("文件“永泰社区报表.xlsx”")
            .doesNotContain("\uFFFD")
            .doesNotContain("文件不存在");
    }

    /** yearbook's main class in a JVM of its own, stdout and stderr together. */
    private static Process yearbook(List<String> jvm, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dfile.encoding=UTF-8",
                        "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-XX:TieredStopAtLevel=1"));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "yearbook.YearbookApplication"));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    private String write(String name, byte[] content) throws Exception {
        return HostileFiles.write(tmp, name, content).toString();
    }

}

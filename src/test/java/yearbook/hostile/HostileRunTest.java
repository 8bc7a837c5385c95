package yearbook.hostile;

import yearbook.ProgramRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import yearbook.cli.ExitCode;

/**
 * One real run of 2022 with every sample file plus every hostile file at once, against
 * one clean run of the sample alone: the hostile run finishes with exit code 3, names
 * each hostile file in the validation report, keeps every figure of the clean run
 * exactly, and writes no formula and nothing of /etc/passwd anywhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRunTest {

    @TempDir
    static Path tmp;

    /** Received name → what the validation report must show for it. */
    final Map<String, byte[]> hostile = new LinkedHashMap<>();

    Path cleanOut;

    Path hostileOut;

    Path log;

    ProgramRun.Result clean;

    ProgramRun.Result attacked;

    long attackedMillis;

    int filesInFolder;

    long peakHeapMb;

    @BeforeAll
    void runCleanAndAttacked() throws Exception {
        Path cleanIn = tmp.resolve("clean-in");
        ProgramRun.copySampleYear(cleanIn, 2022);
        cleanOut = tmp.resolve("clean-out");
        long t0 = System.nanoTime();
        clean = ProgramRun.execute("run", "--year", "2022", "--input", cleanIn.toString(), "--output",
                cleanOut.toString(), "--yearbook.embedded-db-dir=" + tmp.resolve("clean-pg"),
                "--logging.file.name=" + tmp.resolve("clean.log"));
        System.out.printf("[hostile] clean run: %d ms%n", (System.nanoTime() - t0) / 1_000_000);

        Path in = tmp.resolve("in");
        Path year = ProgramRun.copySampleYear(in, 2022);
        hostile.put("a;rm -rf b.xlsx", HostileFiles.zipBomb());
        hostile.put("$(x).xlsx", HostileFiles.billionLaughs());
        hostile.put("xxe \"引号'.xlsx", HostileFiles.externalEntity(HostileFiles.STRINGS));
        hostile.put("xxe-sheet.xlsx", HostileFiles.externalEntity(HostileFiles.SHEET));
        hostile.put("加密 报表.xlsx", HostileFiles.passwordProtected(tmp));
        hostile.put("照片.xlsx", HostileFiles.png());
        // a name that only looks like a path; (a leading dot would make it a hidden file,
        // which the collector skips by design: see aHiddenFileIsSkippedNotRead)
        hostile.put("报表..%2F..%2Fx.xlsx", HostileFiles.truncated());
        HostileFiles.write(year, "..%2F..%2Fx.xlsx", HostileFiles.truncated());
        hostile.put("一万张表.xlsx", HostileFiles.manySheets(10_000));
        hostile.put("超长文字.xlsx", HostileFiles.hugeString(1 << 20));
        hostile.put("公式单位.xlsx", HostileFiles.formulaUnit());
        hostile.put("公式指标.xlsx", HostileFiles.formulaIndicator());
        // part 2: values no statistic has, references no spreadsheet writes, a watchdog,
        // a typo'd date
        hostile.put("两万位小数.xlsx", HostileFiles.textInCell(HostileFiles.VALUE_CELL, HostileFiles.longDecimal(20_000)));
        hostile.put("上年同期两万位.xlsx", HostileFiles.textInCell(HostileFiles.PRIOR_CELL, HostileFiles.longDecimal(20_000)));
        hostile.put("三万二千位.xlsx", HostileFiles.textInCell(HostileFiles.VALUE_CELL, "7".repeat(32_000)));
        hostile.put("1e308.xlsx", HostileFiles.rawNumber(HostileFiles.VALUE_CELL, "1e308"));
        hostile.put("NaN.xlsx", HostileFiles.rawNumber(HostileFiles.VALUE_CELL, "NaN"));
        hostile.put("1e400.xlsx", HostileFiles.rawNumber(HostileFiles.VALUE_CELL, "1e400"));
        hostile.put("串号越界.xlsx", HostileFiles.sharedStringOutOfRange(99_999));
        hostile.put("行号-5.xlsx", HostileFiles.rowNumbered("-5"));
        hostile.put("ZZZZZZZZ37.xlsx", HostileFiles.cellReference("ZZZZZZZZ37"));
        hostile.put("九十九张表.xlsx", HostileFiles.sheetsSharingOneJunkPart(99, 24 << 20));
        hostile.put("横河\n✓ 伪造.xlsx: 可以采用.xlsx", HostileFiles.truncated());
        // a NUL character (Excel's _x0000_ escape) that PostgreSQL's text cannot hold:
        // the file, not the year, is refused
        hostile.put("零字符.xlsx",
                HostileFiles.sampleWith(HostileFiles.STRINGS, x -> x.replace("填报单位：横河社区", "填报单位：横河_x0000_社区")));
        for (Map.Entry<String, byte[]> e : hostile.entrySet()) {
            HostileFiles.write(year, e.getKey(), e.getValue());
        }
        HostileFiles.bigWorkbook(year.resolve("大文件 100MB.xlsx"), 100L << 20);
        hostile.put("大文件 100MB.xlsx", null);
        // a typo'd 填报日期 (2033) on a version that arrived before the sample's: it must not
        // win
        Path typo = HostileFiles.write(year, "横河社区(2033).xlsx", HostileFiles.filedOnWithValue("2033年1月6日", "999"));
        Files.setLastModifiedTime(typo, FileTime.fromMillis(System.currentTimeMillis() - 86_400_000L));
        hostile.put("横河社区(2033).xlsx", null);
        // a 300 MB video and links out of the folder: listed by name, never read
        try (RandomAccessFile video = new RandomAccessFile(year.resolve("会议录像.mp4").toFile(), "rw")) {
            video.setLength(300L << 20);
        }
        hostile.put("会议录像.mp4", null);
        Files.createSymbolicLink(year.resolve("密码.xlsx"), Path.of("/etc/passwd"));
        hostile.put("密码.xlsx", null);
        Files.createSymbolicLink(year.resolve("环境.xlsx"), Path.of("/proc/self/environ"));
        hostile.put("环境.xlsx", null);
        // a name in GBK bytes (永泰社区报表.xlsx), a truncated file
        Path truncated = HostileFiles.write(tmp, "truncated.xlsx", HostileFiles.truncated());
        HostileInputFolderTest.bash("cp '" + truncated + "' \"" + year
                + "/$(printf '\\xd3\\xc0\\xcc\\xa9\\xc9\\xe7\\xc7\\xf8\\xb1\\xa8\\xb1\\xed').xlsx\"");
        hostile.put("永泰社区报表.xlsx", null);
        try (Stream<Path> s = Files.list(year)) {
            filesInFolder = (int) s.filter(p -> !p.getFileName().toString().startsWith(".")).count();
        }

        hostileOut = tmp.resolve("out");
        log = tmp.resolve("yearbook.log");
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
            .stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        t0 = System.nanoTime();
        attacked = ProgramRun.execute("run", "--year", "2022", "--input", in.toString(), "--output",
                hostileOut.toString(), "--yearbook.embedded-db-dir=" + tmp.resolve("pg"), "--logging.file.name=" + log,
                "--yearbook.read-time-limit=3s");
        attackedMillis = (System.nanoTime() - t0) / 1_000_000;
        peakHeapMb = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
        System.out.printf("[hostile] attacked run: %d ms, peak heap %d MB%n", attackedMillis, peakHeapMb);
    }

    @Test
    void theCleanRunIsTheReference() throws Exception {
        assertThat(clean.exit()).as(clean.console()).isEqualTo(ExitCode.OK);
        Path csv = cleanOut.resolve("2022/indicators-2022.csv");
        assertThat(ProgramRun.totalValues(csv).get("LIV_NEW_JOBS")).isEqualTo("2252");
        assertThat(ProgramRun.totalValues(csv).get("SAF_HAZARDS_FIX_RATE")).isEqualTo("88.37");
    }

    @Test
    void theRunGoesOnAndEndsWithQuarantinedFiles() {
        assertThat(attacked.exit()).as(attacked.console()).isEqualTo(ExitCode.QUARANTINED);
        assertThat(attacked.console()).contains("完成")
            .contains("退回")
            .doesNotContain("Exception")
            .doesNotContain("\tat ");
    }

    @Test
    void memoryStaysBounded() {
        // the 100 MB file is archived and read back as bytes once each; a reader holding
        // it expanded would go far past this
        assertThat(peakHeapMb).isLessThan(2048);
    }

    @Test
    void everyFigureIsExactlyThatOfTheCleanSample() throws Exception {
        Path csv = hostileOut.resolve("2022/indicators-2022.csv");
        assertThat(csv).exists();
        assertThat(ProgramRun.totalValues(csv).get("LIV_NEW_JOBS")).isEqualTo("2252");
        assertThat(ProgramRun.totalValues(csv).get("SAF_HAZARDS_FIX_RATE")).isEqualTo("88.37");
        assertThat(ProgramRun.totalLines(csv))
            .isEqualTo(ProgramRun.totalLines(cleanOut.resolve("2022/indicators-2022.csv")));
        assertThat(Files.readString(csv)).isEqualTo(Files.readString(cleanOut.resolve("2022/indicators-2022.csv")));
    }

    @Test
    void theValidationReportNamesEveryHostileFileWithAChineseFinding() throws Exception {
        List<String> cells = ProgramRun.cells(hostileOut.resolve("2022/validation-2022.xlsx"));
        for (String name : hostile.keySet()) {
            assertThat(cells).as(name).anySatisfy(c -> assertThat(c).contains(name));
        }
        assertThat(cells).anySatisfy(c -> assertThat(c).contains("异常膨胀"));
        assertThat(cells).noneMatch(c -> c.contains("\uFFFD"));
        // the NUL the database refused: that file is named as not stored, the year goes
        // on
        assertThat(cells).anySatisfy(c -> assertThat(c).contains("本文件的内容无法存入数据库"));
        assertThat(cells).anySatisfy(c -> assertThat(c).contains("“密码.xlsx”是一个链接"));
        assertThat(cells).anySatisfy(c -> assertThat(c).contains("会议录像.mp4").contains("300.0 MB").contains("80.0 MB"));
        assertThat(cells).anySatisfy(c -> assertThat(c).contains("走访楼宇企业").contains("位有效数字"));
        assertThat(cells).anySatisfy(c -> assertThat(c).contains("超出该指标的合理范围"));
        assertThat(cells).anySatisfy(c -> assertThat(c).contains("“NaN”不是数字"));
        assertThat(cells).anySatisfy(c -> assertThat(c).contains("ZZZZZZZZ37").contains("不存在"));
        assertThat(cells).anySatisfy(c -> assertThat(c).contains("九十九张表.xlsx").contains("读取超过3秒"));
        assertThat(cells).anySatisfy(c -> assertThat(c).contains("按报送先后"));
        assertThat(cells).anySatisfy(c -> assertThat(c).contains("过大"));
        assertThat(cells).anySatisfy(c -> assertThat(c).contains("密码"));
    }

    @Test
    void aFormulaIsTextInEveryOutput() throws Exception {
        for (String book : List.of("validation-2022.xlsx", "summary-2022.xlsx")) {
            List<String> cells = ProgramRun.cells(hostileOut.resolve("2022/" + book));
            assertThat(cells).as(book).noneMatch(c -> c.contains(" FORMULA "));
        }
        List<String> validation = ProgramRun.cells(hostileOut.resolve("2022/validation-2022.xlsx"));
        assertThat(validation).anySatisfy(c -> assertThat(c).contains(" STRING ").contains(HostileFiles.FORMULA));
        for (String line : Files.readAllLines(hostileOut.resolve("2022/indicators-2022.csv"), StandardCharsets.UTF_8)) {
            for (String field : line.split(",")) {
                String f = field.startsWith("\"") ? field.substring(1) : field;
                assertThat(f).as(line).doesNotStartWith("=").doesNotStartWith("@");
                if (f.startsWith("+") || f.startsWith("-")) {
                    assertThat(f).matches("[+-][0-9.]+");
                }
            }
        }
    }

    @Test
    void nothingOfTheLocalPasswordFileAppearsAnywhere() throws Exception {
        StringBuilder everything = new StringBuilder(attacked.console());
        everything.append(Files.readString(log));
        try (Stream<Path> s = Files.walk(hostileOut)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String n = p.getFileName().toString();
                if (n.endsWith(".xlsx")) {
                    ProgramRun.cells(p).forEach(everything::append);
                }
                else if (n.endsWith(".pdf")) {
                    try (PDDocument doc = Loader.loadPDF(p.toFile())) {
                        everything.append(new PDFTextStripper().getText(doc));
                    }
                }
                else {
                    everything.append(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(everything.length()).isGreaterThan(10_000);
        assertThat(everything.toString()).doesNotContain(HostileFiles.PASSWD_MARK).doesNotContain("/usr/sbin/nologin");
    }

    @Test
    void aHiddenFileIsSkippedNotRead() throws Exception {
        List<String> cells = ProgramRun.cells(hostileOut.resolve("2022/validation-2022.xlsx"));
        assertThat(cells).noneMatch(c -> c.contains(" ..%2F"));
        assertThat(attacked.console()).contains("collect  COMPLETED 读 " + filesInFolder + " ");
    }

    @Test
    void theSampleFilesAreAllStillAccepted() throws Exception {
        List<String> cells = ProgramRun.cells(hostileOut.resolve("2022/validation-2022.xlsx"));
        try (Stream<Path> s = Files.list(ProgramRun.SAMPLE_YEAR)) {
            for (String name : s.map(p -> p.getFileName().toString()).toList()) {
                assertThat(cells).as(name).anySatisfy(c -> assertThat(c).contains(name));
            }
        }
        assertThat(Files.list(hostileOut)).as("no temp or backup folder left")
            .allSatisfy(p -> assertThat(p.getFileName().toString()).isEqualTo("2022"));
    }

}

package yearbook.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import yearbook.ProgramRun;
import yearbook.SeedFigures;
import yearbook.cli.ExitCode;

/**
 * A year as it really arrives: the sample's 22 workbooks plus a corrected resubmission
 * (横河社区, later 填报日期, 新增就业人员 +10), a broken later version (新园社区: 其中 above its parent and
 * 见附件 in a value cell), a byte-identical copy under another name, a Word file, two Excel
 * lock files (one a whole copy of 公园社区's report, sorting before it) and a truncated
 * workbook. The totals must be the sample's, but for the correction, exactly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MixedYearEndToEndTest {

    @TempDir
    static Path tmp;

    Path input;

    Path out;

    int exit;

    String console;

    Map<String, String> totals = new HashMap<>();

    @BeforeAll
    void runTheMixedYear() throws Exception {
        input = tmp.resolve("input");
        Path year = Files.createDirectories(input.resolve("2022"));
        try (Stream<Path> s = Files.list(Path.of("input/2022"))) {
            for (Path p : s.toList()) {
                Files.copy(p, year.resolve(p.getFileName()));
            }
        }
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/mixed-2022"))) {
            for (Path p : s.toList()) {
                Files.copy(p, year.resolve(p.getFileName()));
            }
        }
        Files.copy(Path.of("input/2022/尖沟头社区2022年报.xlsx"), year.resolve("尖沟头社区2022年报 - 副本.xlsx"));
        Files.writeString(year.resolve("情况说明.docx"), "这不是报表", StandardCharsets.UTF_8);
        Files.write(year.resolve("~$横河社区2022年统计报表.xlsx"), new byte[] { 6, 0, 0, 0, 'l', 'i' });
        // a lock file that is a whole copy of a report, sorting before it: it must not
        // make 公园社区's report its duplicate
        Files.copy(Path.of("input/2022/公园社区2022年报(修改).xlsx"), year.resolve("~$公园社区2022年报(修改).xlsx"));
        byte[] whole = Files.readAllBytes(Path.of("input/2022/闸东社区2022年报.xlsx"));
        Files.write(year.resolve("闸东社区2022年报(损坏).xlsx"), Arrays.copyOf(whole, whole.length / 2));

        out = tmp.resolve("output");
        exit = run("run", "--year", "2022", "--input", input.toString(), "--output", out.toString());
        ProgramRun.totals(out, 2022, "TANGZHA").forEach((code, row) -> totals.put(code, row.get("数值")));
    }

    int run(String... args) {
        ProgramRun program = new ProgramRun(tmp);
        int code = program.run(args);
        console = program.console();
        return code;
    }

    @Test
    void theRunFinishesAndSaysFilesWereHeldBack() {
        assertThat(exit).as(console).isEqualTo(ExitCode.QUARANTINED);
    }

    @Test
    void totalsAreTheSamplesButForTheCorrectionExactly() throws Exception {
        assertThat(totals.get("LIV_NEW_JOBS")).isEqualTo("2262");
        List<String> wrong = new ArrayList<>();
        for (SeedFigures.Seed s : SeedFigures.load()) {
            if (s.code().equals("LIV_NEW_JOBS") || s.relation() == SeedFigures.Relation.ABOVE) {
                continue;
            }
            String got = totals.get(s.code());
            if (got == null || new BigDecimal(got).compareTo(s.value()) != 0) {
                wrong.add(s.code() + " " + got + " ≠ " + s.value());
            }
        }
        assertThat(wrong).as("the quarantined 新园社区 version and the duplicate must contribute nothing").isEmpty();
    }

    @Test
    void everyFileIsAccountedFor() {
        int code = run("status", "--year", "2022");
        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(console).containsPattern("ACCEPTED\\s+22 个文件")
            .containsPattern("SUPERSEDED\\s+1 个文件")
            .containsPattern("DUPLICATE\\s+1 个文件")
            .containsPattern("QUARANTINED\\s+1 个文件")
            .containsPattern("NOT_SUBMISSION\\s+4 个文件");
    }

    @Test
    void explainNamesTheVersionLeftOut() {
        int code = run("explain", "LIV_NEW_JOBS", "--year", "2022", "--unit", "横河社区");
        assertThat(code).as(console).isEqualTo(ExitCode.OK);
        assertThat(console).contains("= 195").contains("横河社区2022年统计报表(更正).xlsx").contains("未计入").contains("SUPERSEDED");
    }

    @Test
    void theValidationReportTellsXinyuanWhichCellsToFix() throws Exception {
        try (Workbook wb = WorkbookFactory.create(out.resolve("2022/validation-2022.xlsx").toFile(), null, true)) {
            Sheet sh = wb.getSheet("新园社区");
            assertThat(sh).isNotNull();
            List<String> texts = new ArrayList<>();
            for (Row r : sh) {
                for (Cell c : r) {
                    assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
                    if (c.getCellType() == CellType.STRING) {
                        texts.add(c.getStringCellValue());
                    }
                }
            }
            String all = String.join("|", texts);
            assertThat(all).contains("新园社区2022年报(第二版).xlsx", "报表!D48", "见附件", "报表!D35");
            Sheet unknown = wb.getSheet("未识别文件");
            assertThat(unknown).isNotNull();
            StringBuilder b = new StringBuilder();
            for (Row r : unknown) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.STRING) {
                        b.append(c.getStringCellValue()).append('|');
                    }
                }
            }
            assertThat(b.toString()).contains("情况说明.docx", "闸东社区2022年报(损坏).xlsx");
        }
    }

    @Test
    void everyReceivedFileIsKeptEvenTheOnesThatDoNotCount() throws Exception {
        // The archive keeps every distinct content: 22 sample files, the two new
        // versions, the three non-submissions.
        int code = run("status", "--year", "2022");
        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(console).containsPattern("(?s)ACCEPTED.*SUPERSEDED");
    }

}

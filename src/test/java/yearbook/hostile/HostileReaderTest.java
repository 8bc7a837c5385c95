package yearbook.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static yearbook.hostile.Guarded.assertQuarantined;
import static yearbook.hostile.HostileFiles.FORMULA;
import static yearbook.hostile.HostileFiles.PASSWD_MARK;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import yearbook.model.CellRef;
import yearbook.model.Finding;
import yearbook.read.ReadResult;

/**
 * Hostile files through the real reader, one at a time: each is quarantined or reported
 * as not a submission with a Chinese finding, within a time limit and a heap bound, and
 * never throws.
 */
class HostileReaderTest {

    /**
     * Far below the test JVM's heap; a reader that holds a whole huge sheet goes past it.
     */
    static final long HEAP_BOUND_MB = 1024;

    @TempDir
    Path tmp;

    Guarded.Outcome read(String name, byte[] content) throws Exception {
        return read(HostileFiles.write(tmp, name, content), name);
    }

    Guarded.Outcome read(Path file, String name) throws Exception {
        Guarded.Outcome o = Guarded.read(file, name, 30);
        assertThat(o.peakHeapMb()).as(name + " peak heap").isLessThan(HEAP_BOUND_MB);
        return o;
    }

    @Test
    void theCleanSampleIsAReportWithoutErrors() throws Exception {
        ReadResult r = read(HostileFiles.SAMPLE, "横河社区2022年统计报表.xlsx").result();
        assertThat(r).isInstanceOf(ReadResult.Report.class);
        assertThat(r.hasErrors()).as(Guarded.summary(r)).isFalse();
        assertThat(((ReadResult.Report) r).unitCode()).isNotBlank();
    }

    @Test
    void aZipBombIsRefusedByTheInflateRatioGuard() throws Exception {
        byte[] bomb = HostileFiles.zipBomb();
        assertThat(bomb.length).isLessThan(1 << 20);
        List<Finding> e = assertQuarantined(read("bomb.xlsx", bomb).result());
        assertThat(e.get(0).rule()).isEqualTo("文件内容");
        assertThat(e.get(0).message()).contains("bomb.xlsx").contains("异常膨胀");
    }

    @Test
    void billionLaughsIsNotExpanded() throws Exception {
        Guarded.Outcome o = read("laughs.xlsx", HostileFiles.billionLaughs());
        assertThat(o.result()).isInstanceOf(ReadResult.NotASubmission.class);
        List<Finding> e = assertQuarantined(o.result());
        assertThat(e.get(0).message()).contains("laughs.xlsx").contains("DOCTYPE");
        assertThat(o.millis()).isLessThan(10_000);
        assertThat(o.result().findings().toString()).doesNotContain("lollollol");
    }

    @ParameterizedTest
    @ValueSource(strings = { HostileFiles.STRINGS, HostileFiles.SHEET })
    void anExternalEntityNeverReadsTheLocalFile(String entry) throws Exception {
        Guarded.Outcome o = read("xxe.xlsx", HostileFiles.externalEntity(entry));
        assertThat(o.result().toString()).doesNotContain(PASSWD_MARK).doesNotContain("/bin/bash");
        // the DTD is refused outright: the file is not read at all
        assertThat(o.result()).isInstanceOf(ReadResult.NotASubmission.class);
        assertThat(assertQuarantined(o.result()).get(0).message()).contains("xxe.xlsx").contains("DOCTYPE");
    }

    @Test
    void aHundredMegabyteWorkbookIsRefusedBeforeOpening() throws Exception {
        Path big = tmp.resolve("大文件.xlsx");
        HostileFiles.bigWorkbook(big, 100L << 20);
        assertThat(Files.size(big)).isGreaterThan(100L << 20);
        Guarded.Outcome o = read(big, "大文件.xlsx");
        List<Finding> e = assertQuarantined(o.result());
        assertThat(e.get(0).message()).contains("过大").contains("MB");
        assertThat(o.millis()).isLessThan(2_000);
    }

    @Test
    void aPasswordProtectedWorkbookAsksForThePasswordToBeRemoved() throws Exception {
        List<Finding> e = assertQuarantined(read("加密.xlsx", HostileFiles.passwordProtected(tmp)).result());
        assertThat(e.get(0).rule()).isEqualTo("文件加密");
        assertThat(e.get(0).advice()).contains("密码");
    }

    @Test
    void aRenamedPngIsNotAWorkbook() throws Exception {
        byte[] png = HostileFiles.png();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        List<Finding> e = assertQuarantined(read("照片.xlsx", png).result());
        assertThat(e.get(0).message()).contains("照片.xlsx").contains("不是Excel工作簿");
    }

    @Test
    void aTruncatedWorkbookIsReportedAsDamaged() throws Exception {
        ReadResult r = read("半个文件.xlsx", HostileFiles.truncated()).result();
        assertThat(r).isInstanceOf(ReadResult.NotASubmission.class);
        List<Finding> e = assertQuarantined(r);
        assertThat(e.get(0).rule()).isEqualTo("文件内容");
        assertThat(e.get(0).message()).contains("半个文件.xlsx");
    }

    @Test
    void tenThousandSheetsWithoutAReport() throws Exception {
        // the same maker with 3 sheets gives a valid workbook: only the count differs
        assertThat(assertQuarantined(read("三张表.xlsx", HostileFiles.manySheets(3)).result()).get(0).rule())
            .isEqualTo("表头");
        Guarded.Outcome o = read("一万张表.xlsx", HostileFiles.manySheets(10_000));
        List<Finding> e = assertQuarantined(o.result());
        // the streaming reader looks at the first 100 visible sheets only (ReadLimits),
        // then says so
        assertThat(e.get(0).rule()).isEqualTo("工作表");
        assertThat(e.get(0).message()).contains("一万张表.xlsx", "工作表过多");
        assertThat(o.millis()).isLessThan(30_000);
    }

    @Test
    void aOneMegabyteStringQuarantinesTheFileWithoutStoppingIt() throws Exception {
        Guarded.Outcome o = read("超长文字.xlsx", HostileFiles.hugeString(1 << 20));
        ReadResult r = o.result();
        assertThat(r).isInstanceOf(ReadResult.Report.class);
        assertThat(o.millis()).as("a 1 MB name must not make the \"did you mean\" search take long").isLessThan(5_000);
        List<Finding> e = assertQuarantined(r);
        assertThat(e).anySatisfy(f -> assertThat(f.rule()).isIn("指标名称", "指标代码"));
    }

    @Test
    void aFormulaAsTheUnitNameStaysText() throws Exception {
        ReadResult r = read("公式单位.xlsx", HostileFiles.formulaUnit()).result();
        List<Finding> e = assertQuarantined(r);
        assertThat(e).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("填报单位");
            assertThat(f.message()).contains(FORMULA);
        });
    }

    @Test
    void aFormulaAsAnIndicatorNameStaysText() throws Exception {
        ReadResult r = read("公式指标.xlsx", HostileFiles.formulaIndicator()).result();
        List<Finding> e = assertQuarantined(r);
        assertThat(e).anySatisfy(f -> assertThat(f.message() + f.valueSeen()).contains(FORMULA));
    }

    /**
     * A name is only ever text: the file is read by its content and named in findings as
     * received.
     */
    @ParameterizedTest
    @ValueSource(strings = { "a;rm -rf b.xlsx", "$(x).xlsx", "`id`.xlsx", "带 空格 的 报表.xlsx", "引号\"'.xlsx",
            "..%2F..%2Fx.xlsx", "-rf.xlsx", "|cat etc.xlsx" })
    void hostileFileNamesAreJustNames(String name) throws Exception {
        Path file = tmp.resolve("renamed.xlsx");
        Files.copy(HostileFiles.SAMPLE, file);
        ReadResult good = read(file, name).result();
        assertThat(good).isInstanceOf(ReadResult.Report.class);
        assertThat(good.hasErrors()).as(Guarded.summary(good)).isFalse();

        Path broken = HostileFiles.write(tmp, "broken.xlsx", HostileFiles.truncated());
        List<Finding> e = assertQuarantined(read(broken, name).result());
        assertThat(e.get(0).where()).isEqualTo(new CellRef(name, null));
        assertThat(e.get(0).message()).contains(name);
        assertThat(Files.list(tmp).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("renamed.xlsx",
                "broken.xlsx");
    }

    @Test
    void aLargeSheetOfTwoHundredThousandRows() throws Exception {
        manyRows(200_000, 30_000);
    }

    @Test
    @Tag("slow")
    void aMillionUsedRows() throws Exception {
        manyRows(1_000_000, 120_000);
    }

    private void manyRows(int rows, long limitMs) throws Exception {
        Path file = tmp.resolve("rows.xlsx");
        HostileFiles.manyRows(file, rows);
        System.out.printf("[hostile] %d rows: %.1f MB on disk%n", rows, Files.size(file) / 1048576.0);
        Guarded.Outcome o = read(file, rows + "行.xlsx");
        assertQuarantined(o.result());
        assertThat(o.millis()).isLessThan(limitMs);
    }

}

package yearbook.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static yearbook.hostile.Guarded.assertQuarantined;
import static yearbook.hostile.HostileFiles.PRIOR_CELL;
import static yearbook.hostile.HostileFiles.VALUE_CELL;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import yearbook.model.Finding;
import yearbook.model.Severity;
import yearbook.read.ReadResult;
import yearbook.read.WorkbookReader;

/**
 * Hostile input, part 2, through the real reader: values no statistic has (20,000
 * decimals, 1e308, NaN in the XML), references no spreadsheet writes (a shared string out
 * of range, row -5, ZZZZZZZZ37), a typo'd 填报日期 and 99 sheets pointing at one part of
 * junk. Each is a finding that names the cell (or the file), within a time limit and a
 * heap bound; nothing is dropped silently.
 */
class HostileCellsTest {

    static final long HEAP_BOUND_MB = 1024;

    /** The sample's report holds 39 items: a file with fewer is never accepted. */
    static final int SAMPLE_ITEMS = sampleItems();

    @TempDir
    Path tmp;

    Guarded.Outcome read(String name, byte[] content) throws Exception {
        Guarded.Outcome o = Guarded.read(HostileFiles.write(tmp, name, content), name, 30);
        assertThat(o.peakHeapMb()).as(name + " peak heap").isLessThan(HEAP_BOUND_MB);
        return o;
    }

    static int sampleItems() {
        ReadResult r = Guarded.READER.read(HostileFiles.SAMPLE, "sample.xlsx");
        return ((ReadResult.Report) r).observations().size();
    }

    /**
     * The one ERROR finding of a report that is held back, and that its cell is named.
     */
    static Finding errorAt(ReadResult r, String cell) {
        List<Finding> errors = assertQuarantined(r);
        assertThat(errors).as(Guarded.summary(r)).hasSize(1);
        Finding f = errors.get(0);
        assertThat(f.where().cell()).as(f.toString()).isEqualTo(cell);
        assertThat(f.message()).as("a finding quotes, never dumps, a huge value").hasSizeLessThan(300);
        return f;
    }

    @Test
    void twentyThousandDecimalsAreAnErrorOfTheCellNotAnOverflowOfTheStore() throws Exception {
        Guarded.Outcome o = read("两万位小数.xlsx", HostileFiles.textInCell(VALUE_CELL, HostileFiles.longDecimal(20_000)));
        assertThat(o.result()).isInstanceOf(ReadResult.Report.class);
        Finding f = errorAt(o.result(), VALUE_CELL);
        assertThat(f.rule()).isEqualTo("强制性审核:数值精度");
        assertThat(f.message()).contains("走访楼宇企业").containsPattern("200\\d\\d位有效数字");
        // the row is not an observation: nothing of it can reach numeric(…) in PostgreSQL
        assertThat(((ReadResult.Report) o.result()).observations())
            .noneMatch(x -> x.indicatorCode().equals("ECO_ENTERPRISE_VISITS"));
    }

    @Test
    void theSameInLastYearsColumnIsCaughtToo() throws Exception {
        Guarded.Outcome o = read("上年同期两万位.xlsx", HostileFiles.textInCell(PRIOR_CELL, HostileFiles.longDecimal(20_000)));
        Finding f = errorAt(o.result(), PRIOR_CELL);
        assertThat(f.rule()).isEqualTo("强制性审核:数值精度");
    }

    @Test
    void thirtyTwoThousandDigitsAreOutOfRange() throws Exception {
        String digits = "9".repeat(32_000);
        Finding f = errorAt(read("三万位.xlsx", HostileFiles.textInCell(VALUE_CELL, digits)).result(), VALUE_CELL);
        assertThat(f.rule()).isEqualTo("强制性审核:数值范围");
        assertThat(f.message()).contains("超出该指标的合理范围").contains("100000000家");
        assertThat(f.valueSeen()).hasSizeLessThan(100);
    }

    @Test
    void aNumberOfTenToThe308InACountIsOutOfRange() throws Exception {
        Finding f = errorAt(read("1e308.xlsx", HostileFiles.rawNumber(VALUE_CELL, "1e308")).result(), VALUE_CELL);
        assertThat(f.rule()).isEqualTo("强制性审核:数值范围");
        assertThat(f.message()).contains("走访楼宇企业").contains("1.00000E+308");
    }

    @Test
    void moreDecimalsThanTheCatalogsPlusFourIsAnError() throws Exception {
        Finding f = errorAt(read("六位小数.xlsx", HostileFiles.textInCell(VALUE_CELL, "147.000001")).result(), VALUE_CELL);
        assertThat(f.message()).contains("6位小数").contains("最多4位小数");
    }

    @ParameterizedTest
    @ValueSource(strings = { "NaN", "INF", "-Infinity", "1e400", "0x1p3", "1,5" })
    void aValueThatIsNoNumberInTheXmlIsACellFindingNotAnotherKindOfFile(String raw) throws Exception {
        Guarded.Outcome o = read("非数.xlsx", HostileFiles.rawNumber(VALUE_CELL, raw));
        assertThat(o.result()).isInstanceOf(ReadResult.Report.class);
        Finding f = errorAt(o.result(), VALUE_CELL);
        assertThat(f.message()).doesNotContain("不是Excel工作簿").contains("不是数字");
    }

    @ParameterizedTest
    @ValueSource(strings = { "1e308", "0.000001", "123456.78901234567" })
    void aStationReadingNoMonitorGivesIsAnErrorOfItsCell(String raw) throws Exception {
        Path station = Path.of("input/2022/唐闸公园站空气质量日报2022.xlsx");
        Map<String, byte[]> e = HostileFiles.entries(Files.readAllBytes(station));
        e.put(HostileFiles.SHEET, HostileFiles.bytes(HostileFiles.withCell(HostileFiles.text(e.get(HostileFiles.SHEET)),
                "C6", "<c r=\"C6\" t=\"n\"><v>" + raw + "</v></c>")));
        Guarded.Outcome o = read("站点.xlsx", HostileFiles.zip(e));
        assertThat(o.result()).isInstanceOf(ReadResult.AirQuality.class);
        Finding f = errorAt(o.result(), "C6");
        assertThat(f.rule()).isEqualTo("强制性审核:数值范围");
        assertThat(f.message()).contains("超出合理范围");
    }

    @Test
    void aSharedStringIndexOutOfRangeIsAnErrorNamingTheCell() throws Exception {
        Guarded.Outcome o = read("串号越界.xlsx", HostileFiles.sharedStringOutOfRange(99_999));
        assertThat(o.result()).isInstanceOf(ReadResult.NotASubmission.class);
        Finding f = errorAt(o.result(), "B11");
        assertThat(f.message()).contains("串号越界.xlsx").contains("B11").contains("第99999项不存在").contains("116项");
    }

    @ParameterizedTest
    @ValueSource(strings = { "-5", "0", "1048577", "x" })
    void anImpossibleRowNumberIsAnErrorNotADroppedRow(String row) throws Exception {
        Guarded.Outcome o = read("行号.xlsx", HostileFiles.rowNumbered(row));
        assertThat(o.result()).isInstanceOf(ReadResult.NotASubmission.class);
        Finding f = assertQuarantined(o.result()).get(0);
        assertThat(f.message()).contains("行号“" + row + "”不存在");
    }

    @ParameterizedTest
    @ValueSource(strings = { "ZZZZZZZZ37", "XFE11", "11" })
    void anImpossibleColumnIsAnErrorNotADroppedValue(String ref) throws Exception {
        Guarded.Outcome o = read("列号.xlsx", HostileFiles.cellReference(ref));
        assertThat(o.result()).isInstanceOf(ReadResult.NotASubmission.class);
        Finding f = errorAt(o.result(), ref);
        assertThat(f.message()).contains("单元格位置“" + ref + "”不存在");
    }

    @Test
    void aCleanFileIsNeverAcceptedWithFewerItemsThanItHolds() throws Exception {
        assertThat(SAMPLE_ITEMS).isEqualTo(39);
        // every corruption above either refuses the file or keeps every other item: never
        // 38 accepted
        for (byte[] mutant : List.of(HostileFiles.sharedStringOutOfRange(116), HostileFiles.rowNumbered("-5"),
                HostileFiles.cellReference("ZZZZZZZZ37"), HostileFiles.rawNumber(VALUE_CELL, "NaN"))) {
            ReadResult r = read("少一项.xlsx", mutant).result();
            if (!r.hasErrors()) {
                assertThat(((ReadResult.Report) r).observations()).hasSize(SAMPLE_ITEMS);
            }
            assertThat(r.hasErrors()).as(Guarded.summary(r)).isTrue();
        }
    }

    @Test
    void aRowOfMoreCellsThanASheetHasColumnsIsRefusedBeforeItFillsTheHeap() throws Exception {
        StringBuilder row = new StringBuilder("<row r=\"60\">");
        for (int i = 0; i < 200_000; i++) {
            row.append("<c><v>1</v></c>");
        }
        byte[] wide = HostileFiles.sampleWith(HostileFiles.SHEET,
                x -> x.replace("</sheetData>", row + "</row></sheetData>"));
        Guarded.Outcome o = read("宽行.xlsx", wide);
        assertThat(o.result()).isInstanceOf(ReadResult.NotASubmission.class);
        assertThat(assertQuarantined(o.result()).get(0).message()).contains("第60行").contains("第16385列");
    }

    @ParameterizedTest
    @ValueSource(strings = { "2033年1月6日", "9999-12-31", "2024年3月1日" })
    void anImplausibleFilingDateIsAWarningSayingArrivalOrderDecides(String date) throws Exception {
        Guarded.Outcome o = read("填报日期.xlsx", HostileFiles.filedOn(date));
        ReadResult.Report r = (ReadResult.Report) o.result();
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.observations()).hasSize(SAMPLE_ITEMS);
        Finding f = r.findings().stream().filter(x -> x.rule().equals("填报日期")).findFirst().orElseThrow();
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.where().cell()).isEqualTo("B6");
        assertThat(f.message()).contains("不可信").contains("按报送先后");
        Guarded.assertReadable(r.findings());
    }

    @Test
    void ninetyNineSheetsOnOnePartOfJunkAreStoppedByTheWatchdogAtTheTimeLimit() throws Exception {
        byte[] junk = HostileFiles.sheetsSharingOneJunkPart(99, 24 << 20);
        System.out.printf("[hostile] 99 sheets on one junk part: %.2f MB, expands to 24 MB per sheet (%d:1)%n",
                junk.length / 1048576.0, (24 << 20) / junk.length);
        assertThat((24 << 20) / junk.length).as("compressed 20-99:1, under the inflate-ratio guard (100:1)")
            .isBetween(20, 99);
        WorkbookReader hurried = new WorkbookReader(Guarded.CATALOG, Guarded.UNITS, 80L << 20, Duration.ofSeconds(2));
        Path file = HostileFiles.write(tmp, "九十九张表.xlsx", junk);
        Guarded.Outcome o = Guarded.read(hurried, file, "九十九张表.xlsx", 20);
        assertThat(o.millis()).as("fires at the limit, inside a sheet without a row").isBetween(1_900L, 6_000L);
        Finding f = assertQuarantined(o.result()).get(0);
        assertThat(f.message()).contains("九十九张表.xlsx").contains("读取超过2秒");
    }

}

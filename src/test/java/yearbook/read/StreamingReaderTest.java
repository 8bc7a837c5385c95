package yearbook.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yearbook.model.AirQualityDay;
import yearbook.model.CellRef;
import yearbook.model.Finding;
import yearbook.model.Pollutant;

/**
 * Large and abnormal workbooks: read by streaming with memory bounded, or refused with a
 * clear finding; never an OutOfMemoryError, never a hang. The big files are generated
 * once per class.
 */
class StreamingReaderTest extends CorpusSupport {

    static final int DAYS = 200_000;

    @TempDir
    static Path tmp;
    static Path station;

    @BeforeAll
    static void generate() throws IOException {
        station = tmp.resolve("station-200k.xlsx");
        long t = System.nanoTime();
        StreamingFixtures.stationWorkbook(station, DAYS, true, null);
        System.out.printf("generated %d-day station file (%.1f MB) in %d ms%n", DAYS, Files.size(station) / 1048576.0,
                (System.nanoTime() - t) / 1_000_000);
    }

    private static ReadResult.AirQuality aq(ReadResult r) {
        assertThat(r).as(String.valueOf(r.findings())).isInstanceOf(ReadResult.AirQuality.class);
        return (ReadResult.AirQuality) r;
    }

    private static void assertDay(ReadResult.AirQuality r, int i) {
        AirQualityDay d = r.days().get(i);
        double[] v = StreamingFixtures.values(i);
        assertThat(d.day()).isEqualTo(StreamingFixtures.day(i));
        assertThat(d.stationCode()).isEqualTo("TZ_PARK");
        assertThat(d.concentrations()).hasSize(7)
            .containsEntry(Pollutant.SO2, BigDecimal.valueOf((long) v[0]))
            .containsEntry(Pollutant.CO, new BigDecimal(String.valueOf(v[3])).stripTrailingZeros())
            .containsEntry(Pollutant.PM25, BigDecimal.valueOf((long) v[6]));
        assertThat(d.submittedAqi()).isEqualTo((int) v[7]);
        assertThat(d.source()).isEqualTo(new CellRef("日报", "A" + (i + 3)));
    }

    @Test
    void readsAStationFileOf200000DaysAsAStream() {
        long t = System.nanoTime();
        ReadResult.AirQuality r = aq(reader.read(station, "station.xlsx"));
        System.out.printf("read %d days in %d ms%n", r.days().size(), (System.nanoTime() - t) / 1_000_000);
        assertThat(r.findings()).isEmpty();
        assertThat(r.stationCode()).isEqualTo("TZ_PARK");
        assertThat(r.days()).hasSize(DAYS).isInstanceOf(DayTable.class);
        for (int i : new int[] { 0, 1, 4095, 4096, 123_457, DAYS - 1 }) {
            assertDay(r, i);
        }
    }

    @Test
    void aStationFileInItsOwn256MbJvmReportsItsDaysAndPeakHeap() throws Exception {
        String out = readIn256MbJvm(station);
        assertThat(out).contains("result=AirQuality days=" + DAYS + " findings=0 errors=false");
    }

    /**
     * The case: a million days with -Xmx256m. About a minute: run with mvn -Pslow
     * test.
     */
    @Test
    @Tag("bench")
    void aMillionDayStationFileIsReadWithA256MbHeap() throws Exception {
        Path million = tmp.resolve("station-1m.xlsx");
        long t = System.nanoTime();
        StreamingFixtures.stationWorkbook(million, 1_000_000, true, null);
        System.out.printf("generated 1,000,000-day station file (%.1f MB) in %d ms%n", Files.size(million) / 1048576.0,
                (System.nanoTime() - t) / 1_000_000);
        String out = readIn256MbJvm(million);
        assertThat(out).contains("result=AirQuality days=1000000 findings=0 errors=false");
    }

    /**
     * Runs {@link StreamingHeapMain} with -Xmx256m; it must exit 0 (no OutOfMemoryError).
     */
    private static String readIn256MbJvm(Path file) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = tmp.resolve("heap-" + file.getFileName() + ".txt");
        Process p = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-cp", cp,
                StreamingHeapMain.class.getName(), file.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished in time").isTrue();
        String out = Files.readString(log, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        for (String l : out.split("\n")) {
            if (l.startsWith("result=")) {
                lines.add(l);
            }
        }
        System.out.println("-Xmx256m " + file.getFileName() + ": " + lines);
        assertThat(p.exitValue()).as(out).isZero();
        Matcher m = Pattern.compile("peakHeapMB=(\\d+)").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        assertThat(Long.parseLong(m.group(1))).isLessThanOrEqualTo(256);
        return out;
    }

    @Test
    void aReportSheetWithMoreRowsThanAReportHasIsAFinding() throws IOException {
        assertTooManyRows(20_000);
    }

    /**
     * The case: a million used rows (about a minute to generate here: run with
     * mvn -Pslow test).
     */
    @Test
    @Tag("bench")
    void aReportSheetWithAMillionUsedRowsIsAFindingNotAHeapOfCells() throws IOException {
        assertTooManyRows(1_000_000);
    }

    private void assertTooManyRows(int rows) throws IOException {
        Path file = tmp.resolve("report-" + rows + "-rows.xlsx");
        StreamingFixtures.reportWithRows(file, rows);
        long t = System.nanoTime();
        ReadResult r = reader.read(file, "report.xlsx");
        long ms = (System.nanoTime() - t) / 1_000_000;
        System.out.printf("report sheet of %d rows refused in %d ms%n", rows, ms);
        assertThat(r).isInstanceOf(ReadResult.NotASubmission.class);
        assertThat(where(r.findings())).containsExactly("ERROR 工作表 @报表");
        assertThat(r.findings().get(0).message()).contains("超过5000行");
        assertThat(ms).as("stops at the limit, does not read all rows").isLessThan(10_000);
        assertReadable(r.findings());
    }

    @Test
    void aMegabyteStringCellIsAnErrorOnThatCellAndTheRestIsRead() throws IOException {
        // Random characters: a megabyte of one repeated character would compress 1000×
        // and be taken for a zip bomb.
        Random random = new Random(7);
        StringBuilder text = new StringBuilder(1 << 20);
        while (text.length() < 1 << 20) {
            text.append((char) (0x4E00 + random.nextInt(20_000)));
        }
        String huge = text.toString();
        for (boolean shared : new boolean[] { true, false }) {
            Path file = tmp.resolve("long-cell-" + shared + ".xlsx");
            StreamingFixtures.stationWithLongCell(file, shared, huge);
            ReadResult.AirQuality r = aq(reader.read(file, "long.xlsx"));
            assertThat(where(r.findings())).as("shared strings: " + shared).containsExactly("ERROR 单元格内容 @日报!K3");
            Finding f = r.findings().get(0);
            assertThat(f.valueSeen()).hasSize(51).endsWith("…");
            assertThat(f.message()).contains("32767");
            assertThat(r.days()).hasSize(10);
            assertDay(r, 0);
            assertReadable(r.findings());
        }
    }

    @Test
    void tenThousandSheetsWithTheDataFirstAreRead() throws IOException {
        Path file = tmp.resolve("sheets-first.xlsx");
        long t = System.nanoTime();
        StreamingFixtures.manySheets(file, 9_999, false);
        System.out.printf("generated 10,000 sheets (%.1f MB) in %d ms%n", Files.size(file) / 1048576.0,
                (System.nanoTime() - t) / 1_000_000);
        ReadResult.AirQuality r = aq(reader.read(file, "sheets.xlsx"));
        assertThat(r.sheet()).isEqualTo("日报");
        assertThat(r.days()).extracting(AirQualityDay::day)
            .containsExactly(StreamingFixtures.day(0), StreamingFixtures.day(1), StreamingFixtures.day(2));
        assertThat(r.findings()).isEmpty();
        assertDay(r, 2);
    }

    @Test
    void tenThousandSheetsWithTheDataLastAreAFinding() throws IOException {
        Path file = tmp.resolve("sheets-last.xlsx");
        StreamingFixtures.manySheets(file, 9_999, true);
        ReadResult r = reader.read(file, "sheets.xlsx");
        assertThat(r).isInstanceOf(ReadResult.NotASubmission.class);
        assertThat(where(r.findings())).containsExactly("ERROR 工作表 @sheets.xlsx");
        assertThat(r.findings().get(0).message()).contains("工作表过多").contains("100");
        assertReadable(r.findings());
    }

    @Test
    void aHundredMegabyteWorkbookIsTooLarge() throws IOException {
        Path file = tmp.resolve("big.xlsx");
        StreamingFixtures.padded(CORPUS.resolve("report-basic.xlsx"), file, 100L << 20);
        assertThat(Files.size(file)).isGreaterThan(100L << 20);
        long t = System.nanoTime();
        ReadResult r = reader.read(file, "big.xlsx");
        assertThat((System.nanoTime() - t) / 1_000_000).isLessThan(1_000);
        assertThat(r).isInstanceOf(ReadResult.NotASubmission.class);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("过大");
            assertThat(f.where()).isEqualTo(new CellRef("big.xlsx", null));
        });
    }

    @Test
    void theSamePaddedWorkbookUnderTheLimitIsRead() throws IOException {
        Path file = tmp.resolve("pictures.xlsx");
        StreamingFixtures.padded(CORPUS.resolve("report-basic.xlsx"), file, 20L << 20);
        ReadResult.Report r = report("report-basic.xlsx");
        ReadResult padded = reader.read(file, "pictures.xlsx");
        assertThat(padded).isInstanceOf(ReadResult.Report.class);
        assertThat(((ReadResult.Report) padded).observations()).isNotEmpty().isEqualTo(r.observations());
    }

    @Test
    void aZipBombIsAFinding() throws IOException {
        Path file = tmp.resolve("bomb.xlsx");
        StreamingFixtures.bomb(CORPUS.resolve("report-basic.xlsx"), file, 500L << 20);
        assertThat(Files.size(file)).isLessThan(5L << 20);
        ReadResult r = reader.read(file, "bomb.xlsx");
        assertThat(r).isInstanceOf(ReadResult.NotASubmission.class);
        assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.message()).contains("异常膨胀"));
    }

    @Test
    void aFileThatTakesLongerThanItsTimeBudgetIsStopped() {
        WorkbookReader hurried = new WorkbookReader(CATALOG, UNITS,
                ReadLimits.DEFAULTS.withTimeBudget(Duration.ofMillis(200)));
        long t = System.nanoTime();
        ReadResult r = hurried.read(station, "station.xlsx");
        assertThat((System.nanoTime() - t) / 1_000_000).isLessThan(5_000);
        assertThat(r).isInstanceOf(ReadResult.NotASubmission.class);
        assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.message()).contains("读取超过0.2秒"));
    }

    @Test
    void theSameMistakeOnEveryRowIsListedAHundredTimesAndCounted() throws IOException {
        Path file = tmp.resolve("dup.xlsx");
        // 300 days, then the same 300 days again: 300 duplicates, 200 listed, 100 counted
        StreamingFixtures.stationWorkbook(file, 300, true, null);
        Path twice = tmp.resolve("dup-twice.xlsx");
        duplicateRows(file, twice);
        ReadResult.AirQuality r = aq(reader.read(twice, "dup.xlsx"));
        assertThat(r.days()).hasSize(300);
        List<Finding> dups = r.findings().stream().filter(f -> f.rule().equals("日期")).toList();
        assertThat(dups).hasSize(200);
        assertThat(dups.get(0).where()).isEqualTo(new CellRef("日报", "A303"));
        assertThat(dups.get(0).message()).contains("日报!A3");
        assertThat(r.findings().get(r.findings().size() - 1).message()).contains("还有100处");
        assertReadable(r.findings());
    }

    /** Appends every data row again below (a station file pasted twice). */
    private static void duplicateRows(Path in, Path out) throws IOException {
        try (var wb = new XSSFWorkbook(in.toFile())) {
            var sheet = wb.getSheetAt(0);
            int last = sheet.getLastRowNum();
            for (int r = 2; r <= last; r++) {
                var from = sheet.getRow(r);
                var to = sheet.createRow(last + r - 1);
                for (var c : from) {
                    var n = to.createCell(c.getColumnIndex());
                    n.setCellStyle(c.getCellStyle());
                    if (c.getCellType() == CellType.STRING) {
                        n.setCellValue(c.getStringCellValue());
                    }
                    else {
                        n.setCellValue(c.getNumericCellValue());
                    }
                }
            }
            try (var os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
        catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

}

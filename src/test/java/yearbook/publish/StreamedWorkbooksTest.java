package yearbook.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yearbook.catalog.Indicator;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.ReportingUnit;
import yearbook.catalog.UnitKind;
import yearbook.catalog.UnitRegistry;
import yearbook.model.CellRef;
import yearbook.model.Figure;
import yearbook.model.Finding;

/**
 * A city's workbooks are built streamed (SXSSF), a sub-district's as before (XSSF): the
 * two must say the same to whoever opens them — every cell's value, type and style,
 * comments, merged cells, column widths, panes, print setup — differing only in how the
 * file stores it.
 */
class StreamedWorkbooksTest {

    private static final int COMMUNITIES = Workbooks.STREAMED_ABOVE_UNITS + 50;

    @TempDir
    Path dir;

    /**
     * Every indicator for every community, some flagged, some missing, hostile names,
     * findings and missing reports.
     */
    static YearReport city() {
        IndicatorCatalog catalog = IndicatorCatalog.load(Path.of("config/catalog.yaml"));
        List<ReportingUnit> others = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        List<YearReport.Received> received = new ArrayList<>();
        List<YearReport.FileFinding> findings = new ArrayList<>();
        List<YearReport.Missing> missing = new ArrayList<>();
        List<YearReport.Source> sources = new ArrayList<>();
        for (int u = 0; u < COMMUNITIES; u++) {
            String code = "C" + u;
            String name = u == 5 ? TestReports.FORMULA
                    : u % 7 == 0 ? "第" + u + "社区(一个名字很长很长很长的社区居民委员会)" : "第" + u + "社区";
            others.add(new ReportingUnit(code, name, List.of(), UnitKind.COMMUNITY, null, null, Set.of()));
            int k = 0;
            for (Indicator i : catalog.all()) {
                k++;
                if ((u + k) % 11 == 0) {
                    continue; // a blank cell
                }
                BigDecimal value = BigDecimal.valueOf((u * 37L + k * 101L) % 100_000, k % 4);
                BigDecimal prior = u % 3 == 0 ? null : value.add(BigDecimal.ONE);
                figures.add(new Figure(2022, code, i.code(), value, prior,
                        prior == null ? null : new BigDecimal("-3.14159"), (u + k) % 13 == 0, (u + k) % 17 == 0,
                        u % 19 != 0));
            }
            String file = u == 9 ? TestReports.FORMULA_FILE : code + "2022年报.xlsx";
            received.add(new YearReport.Received(file, code, "2022年", u % 23 == 0 ? "QUARANTINED" : "ACCEPTED",
                    LocalDate.of(2023, 1, 3)));
            if (u % 23 == 0) {
                findings.add(new YearReport.FileFinding(code, file, Finding.error("SUM",
                        new CellRef("报表", "D" + (9 + u % 30)), TestReports.FORMULA, "合计不等于各项之和", "请核对后重报")));
            }
            if (u % 29 == 0) {
                findings.add(new YearReport.FileFinding(code, file,
                        Finding.warning("SWING", new CellRef("报表", "D12"), "900", "比上年同期增长超过50%", "请核实并说明原因")));
            }
            if (u % 31 == 0) {
                missing.add(new YearReport.Missing(code, List.of("2022年第3季度", "2022年第4季度")));
            }
            sources
                .add(new YearReport.Source(code, "LIV_NEW_JOBS", file, "2022-12", "报表", "D9", BigDecimal.valueOf(u)));
        }
        for (Indicator i : catalog.all()) {
            figures.add(new Figure(2022, "CITY", i.code(), new BigDecimal("123456.789"), new BigDecimal("100000"),
                    new BigDecimal("23.456789"), false, false, true));
        }
        received.add(new YearReport.Received("说明.docx", null, null, "NOT_SUBMISSION", LocalDate.of(2023, 1, 4)));
        UnitRegistry units = new UnitRegistry(
                new ReportingUnit("CITY", "某市", List.of(), UnitKind.SUBDISTRICT, null, null, Set.of()), others);
        return new YearReport(2022, LocalDate.of(2023, 1, 5), catalog, units, figures, missing, received, findings,
                sources, null);
    }

    @Test
    void theStreamedSummaryWorkbookShowsWhatTheBuiltOneDoes() throws Exception {
        YearReport city = city();
        Path built = dir.resolve("built.xlsx");
        Path streamed = dir.resolve("streamed.xlsx");
        new SummaryWorkbook(false).write(city, built);
        new SummaryWorkbook(true).write(city, streamed);
        assertSameContent(built, streamed);
        // the city default is the streamed one, and a rerun gives the same bytes
        Path auto = dir.resolve("auto.xlsx");
        new SummaryWorkbook().write(city, auto);
        assertThat(Files.readAllBytes(auto)).isEqualTo(Files.readAllBytes(streamed));
        try (XSSFWorkbook wb = open(streamed)) {
            Sheet area = wb.getSheetAt(1);
            assertThat(area.getLastRowNum()).isGreaterThan(COMMUNITIES);
            assertThat(area.getCellComments()).isNotEmpty();
        }
    }

    @Test
    void theStreamedValidationReportShowsWhatTheBuiltOneDoes() throws Exception {
        YearReport city = city();
        Path built = dir.resolve("built.xlsx");
        Path streamed = dir.resolve("streamed.xlsx");
        new ValidationReport(false).write(city, built);
        new ValidationReport(true).write(city, streamed);
        assertSameContent(built, streamed);
    }

    @Test
    void aSubDistrictsWorkbooksAreNotStreamed() throws Exception {
        YearReport small = TestReports.report2022();
        Path auto = dir.resolve("auto.xlsx");
        Path built = dir.resolve("built.xlsx");
        new SummaryWorkbook().write(small, auto);
        new SummaryWorkbook(false).write(small, built);
        assertThat(Files.readAllBytes(auto)).isEqualTo(Files.readAllBytes(built));
    }

    private static void assertSameContent(Path expectedFile, Path actualFile) throws Exception {
        try (XSSFWorkbook expected = open(expectedFile); XSSFWorkbook actual = open(actualFile)) {
            assertThat(names(actual)).isEqualTo(names(expected));
            assertThat(actual.getProperties().getCoreProperties().getTitle())
                .isEqualTo(expected.getProperties().getCoreProperties().getTitle());
            assertThat(actual.getProperties().getCoreProperties().getCreated())
                .isEqualTo(expected.getProperties().getCoreProperties().getCreated());
            for (int i = 0; i < expected.getNumberOfSheets(); i++) {
                Sheet e = expected.getSheetAt(i);
                Sheet a = actual.getSheetAt(i);
                String where = e.getSheetName();
                assertThat(a.getLastRowNum()).as(where).isEqualTo(e.getLastRowNum());
                assertThat(a.getMergedRegions().stream().map(CellRangeAddress::formatAsString).sorted().toList())
                    .as(where)
                    .isEqualTo(e.getMergedRegions().stream().map(CellRangeAddress::formatAsString).sorted().toList());
                assertThat(String.valueOf(a.getPaneInformation() == null ? null
                        : a.getPaneInformation().getVerticalSplitPosition() + "/"
                                + a.getPaneInformation().getHorizontalSplitPosition()))
                    .as(where)
                    .isEqualTo(String.valueOf(
                            e.getPaneInformation() == null ? null : e.getPaneInformation().getVerticalSplitPosition()
                                    + "/" + e.getPaneInformation().getHorizontalSplitPosition()));
                assertThat(a.getPrintSetup().getLandscape()).as(where).isEqualTo(e.getPrintSetup().getLandscape());
                assertThat(a.getPrintSetup().getFitWidth()).as(where).isEqualTo(e.getPrintSetup().getFitWidth());
                assertThat(a.getPrintSetup().getPaperSize()).as(where).isEqualTo(e.getPrintSetup().getPaperSize());
                assertThat(String.valueOf(a.getRepeatingRows())).as(where)
                    .isEqualTo(String.valueOf(e.getRepeatingRows()));
                assertThat(String.valueOf(a.getRepeatingColumns())).as(where)
                    .isEqualTo(String.valueOf(e.getRepeatingColumns()));
                int columns = 0;
                for (int r = 0; r <= e.getLastRowNum(); r++) {
                    Row er = e.getRow(r);
                    Row ar = a.getRow(r);
                    if (er == null) {
                        assertThat(ar == null || ar.getPhysicalNumberOfCells() == 0).as(where + " row " + r).isTrue();
                        continue;
                    }
                    assertThat(ar).as(where + " row " + r).isNotNull();
                    assertThat(ar.getHeightInPoints()).as(where + " row " + r).isEqualTo(er.getHeightInPoints());
                    assertThat(ar.getLastCellNum()).as(where + " row " + r).isEqualTo(er.getLastCellNum());
                    columns = Math.max(columns, er.getLastCellNum());
                    for (int c = 0; c < er.getLastCellNum(); c++) {
                        sameCell(where + "!" + r + ":" + c, er.getCell(c), ar.getCell(c));
                    }
                }
                for (int c = 0; c < columns; c++) {
                    assertThat(a.getColumnWidth(c)).as(where + " width " + c).isEqualTo(e.getColumnWidth(c));
                }
                assertThat(comments(a)).as(where).isEqualTo(comments(e));
            }
        }
    }

    /** Read only: a workbook opened from its File is saved back on close. */
    private static XSSFWorkbook open(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> names(XSSFWorkbook wb) {
        List<String> n = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            n.add(wb.getSheetName(i));
        }
        return n;
    }

    private static String comments(Sheet s) {
        return s.getCellComments()
            .entrySet()
            .stream()
            .map(en -> en.getKey() + "=" + text(en.getValue()))
            .sorted()
            .collect(Collectors.joining("\n"));
    }

    private static String text(Comment c) {
        return c.getAuthor() + ":" + c.getString().getString();
    }

    private static void sameCell(String where, Cell e, Cell a) {
        if (e == null) {
            assertThat(a == null || a.getCellType() == CellType.BLANK && a.getCellStyle().getIndex() == 0).as(where)
                .isTrue();
            return;
        }
        assertThat(a).as(where).isNotNull();
        assertThat(a.getCellType()).as(where).isEqualTo(e.getCellType());
        switch (e.getCellType()) {
            case STRING -> assertThat(a.getStringCellValue()).as(where).isEqualTo(e.getStringCellValue());
            case NUMERIC -> assertThat(a.getNumericCellValue()).as(where).isEqualTo(e.getNumericCellValue());
            case BOOLEAN -> assertThat(a.getBooleanCellValue()).as(where).isEqualTo(e.getBooleanCellValue());
            default -> {
            }
        }
        assertThat(style(a.getCellStyle())).as(where).isEqualTo(style(e.getCellStyle()));
    }

    private static String style(CellStyle s) {
        return s.getDataFormatString() + "|" + s.getFillPattern() + "|" + s.getFillForegroundColor() + "|"
                + s.getAlignment() + "|" + s.getVerticalAlignment() + "|" + s.getWrapText() + "|" + s.getBorderTop()
                + "|" + s.getFontIndex();
    }

}

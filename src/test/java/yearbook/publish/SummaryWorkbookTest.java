package yearbook.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yearbook.catalog.Indicator;
import yearbook.model.Figure;

class SummaryWorkbookTest {

    @TempDir
    Path dir;

    YearReport report;

    XSSFWorkbook book;

    @BeforeEach
    void write() throws Exception {
        report = TestReports.report2022();
        Path file = dir.resolve("summary-2022.xlsx");
        new SummaryWorkbook().write(report, file);
        try (InputStream in = Files.newInputStream(file)) {
            book = new XSSFWorkbook(in);
        }
    }

    @Test
    void hasTheOverviewOneSheetPerAreaLineageAndTheChaseList() {
        List<String> names = new ArrayList<>();
        book.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("总览", "经济发展", "城市建管", "生态环境", "民生保障", "平安建设", "网格治理", "数据来源", "催报名单");
        for (Sheet s : book) {
            assertThat(s.getPaneInformation()).as(s.getSheetName())
                .isNotNull()
                .matches(p -> p.isFreezePane() && p.getHorizontalSplitPosition() == 2);
        }
        assertThat(book.getProperties().getCoreProperties().getCreator()).isEqualTo("yearbook");
        assertThat(book.getProperties().getCoreProperties().getCreated())
            .isEqualTo(Date.from(LocalDate.of(2023, 1, 5).atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    @Test
    void areaCellsAreNumbersThatRoundToTheCsvValues() throws Exception {
        Path csv = dir.resolve("indicators-2022.csv");
        new IndicatorsCsv().write(report, csv);
        Map<String, String> csvValues = new HashMap<>();
        for (String line : Files.readString(csv, StandardCharsets.UTF_8).split("\r\n")) {
            String[] f = line.split(",");
            csvValues.put(f[1] + "/" + f[3], f[5]);
        }
        int compared = 0;
        for (Figure f : TestReports.figuresOf(report)) {
            Indicator i = report.catalog().get(f.indicatorCode());
            Sheet s = book.getSheet(report.catalog().group(i.group()).orElseThrow().name());
            Cell cell = cell(s, report.units().nameOf(f.unitCode()), i.name() + "\n(" + i.unit() + ")");
            assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
            String shown = BigDecimal.valueOf(cell.getNumericCellValue())
                .setScale(i.decimals(), RoundingMode.HALF_UP)
                .toPlainString();
            assertThat(shown).as(f.unitCode() + "/" + f.indicatorCode())
                .isEqualTo(csvValues.get(f.unitCode() + "/" + f.indicatorCode()));
            assertThat(cell.getCellStyle().getDataFormatString())
                .isEqualTo(i.decimals() == 0 ? "#,##0" : "#,##0." + "0".repeat(i.decimals()));
            compared++;
        }
        assertThat(compared).isEqualTo(TestReports.figuresOf(report).size());
    }

    @Test
    void areaRowsAreTheSubdistrictThenEveryCommunityOfTheYear() {
        Sheet s = book.getSheet("民生保障");
        assertThat(s.getRow(2).getCell(0).getStringCellValue()).isEqualTo("唐闸镇街道");
        assertThat(s.getRow(3).getCell(0).getStringCellValue()).isEqualTo("尖沟头社区");
        assertThat(s.getRow(16).getCell(0).getStringCellValue()).isEqualTo("永怡社区");
        // the station appears only in the sheet where it has figures
        assertThat(s.getRow(17)).isNull();
        assertThat(s.getRow(18).getCell(0).getStringCellValue()).startsWith("注:");
        assertThat(cell(book.getSheet("生态环境"), "唐闸公园", "空气优良天数比例(唐闸公园站)\n(%)").getNumericCellValue())
            .isEqualTo(83.2876712);
    }

    @Test
    void marksIncompleteAndApproximateFiguresWithACommentAndTheOverviewWithAMarkColumn() {
        Cell jobs = cell(book.getSheet("民生保障"), "唐闸镇街道", "新增就业人员\n(人)");
        assertThat(jobs.getCellComment().getString().getString()).contains("数据不完整");
        Cell visits = cell(book.getSheet("经济发展"), "尖沟头社区", "走访楼宇企业\n(家)");
        assertThat(visits.getCellComment().getString().getString()).contains("含约数");
        assertThat(cell(book.getSheet("经济发展"), "横河社区", "走访楼宇企业\n(家)").getCellComment()).isNull();

        Sheet overview = book.getSheet("总览");
        Row sales = row(overview, 1, "服务业限上批零销售额");
        assertThat(sales.getCell(3).getNumericCellValue()).isEqualTo(130.61);
        assertThat(sales.getCell(4).getNumericCellValue()).isEqualTo(113.88);
        assertThat(sales.getCell(5).getNumericCellValue())
            .isEqualTo(TestReports.growth("130.61", "113.88").doubleValue());
        assertThat(sales.getCell(5).getCellStyle().getDataFormatString()).startsWith("+0.00\"%\"");
        assertThat(row(overview, 1, "隐患整改率").getCell(5).getCellStyle().getDataFormatString()).contains("个百分点");
        assertThat(row(overview, 1, "新增就业人员").getCell(6).getStringCellValue()).isEqualTo("数据不完整");
        assertThat(row(overview, 1, "限上零售业营业额").getCell(3).getStringCellValue()).isEqualTo("—");
        // the station's own figure stands for the sub-district's air quality
        assertThat(row(overview, 1, "空气优良天数比例(唐闸公园站)").getCell(3).getNumericCellValue()).isEqualTo(83.2876712);
    }

    @Test
    void lineageKeepsFileNamesAsTextAndTheChaseListNamesTheMissingPeriods() {
        Sheet lineage = book.getSheet("数据来源");
        Row r = row(lineage, 2, TestReports.FORMULA_FILE);
        assertThat(r.getCell(2).getCellType()).isEqualTo(CellType.STRING);
        assertThat(r.getCell(0).getStringCellValue()).isEqualTo("横河社区");
        assertThat(r.getCell(3).getStringCellValue()).isEqualTo("2022年第2季度");
        assertThat(r.getCell(5).getStringCellValue()).isEqualTo("D7");
        assertThat(r.getCell(6).getNumericCellValue()).isEqualTo(1052);
        for (Sheet s : book) {
            for (Row row : s) {
                for (Cell c : row) {
                    assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }

        Row chase = row(book.getSheet("催报名单"), 0, "横河社区");
        assertThat(chase.getCell(1).getStringCellValue()).isEqualTo("2022年第3季度、2022年第4季度");
        assertThat(chase.getCell(2).getNumericCellValue()).isEqualTo(2);
    }

    @Test
    void writingTheSameYearTwiceGivesTheSameBytes() throws Exception {
        Path again = dir.resolve("again.xlsx");
        // past a zip timestamp tick: the clock must not reach the file
        Thread.sleep(1100);
        new SummaryWorkbook().write(report, again);
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(dir.resolve("summary-2022.xlsx")));
    }

    private static Row row(Sheet s, int col, String text) {
        for (Row r : s) {
            Cell c = r.getCell(col);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                return r;
            }
        }
        throw new AssertionError("no row with " + text + " in " + s.getSheetName());
    }

    private static Cell cell(Sheet s, String unitName, String header) {
        Row head = s.getRow(1);
        int col = -1;
        for (Cell c : head) {
            if (c.getStringCellValue().equals(header)) {
                col = c.getColumnIndex();
            }
        }
        assertThat(col).as(header + " in " + s.getSheetName()).isPositive();
        return row(s, 0, unitName).getCell(col);
    }

}

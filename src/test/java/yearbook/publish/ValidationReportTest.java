package yearbook.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationReportTest {

    @TempDir
    Path dir;

    XSSFWorkbook book;

    @BeforeEach
    void write() throws Exception {
        Path file = dir.resolve("validation-2022.xlsx");
        new ValidationReport().write(TestReports.report2022(), file);
        try (InputStream in = Files.newInputStream(file)) {
            book = new XSSFWorkbook(in);
        }
    }

    @Test
    void hasTheSummaryASheetPerUnitThatSentSomethingAndTheUnrecognisedFiles() {
        List<String> names = new ArrayList<>();
        book.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("汇总", "尖沟头社区", "横河社区", "未识别文件");
        for (Sheet s : book) {
            assertThat(s.getPaneInformation()).as(s.getSheetName()).isNotNull().matches(p -> p.isFreezePane());
        }
    }

    @Test
    void summaryCountsFilesFindingsAndMissingPeriodsPerUnit() {
        Sheet s = book.getSheet("汇总");
        assertThat(texts(s.getRow(1))).containsExactly("单位", "收到文件", "已采用", "已退回", "错误", "提示", "缺报期数", "缺报的报告期");
        assertThat(s.getRow(2).getCell(0).getStringCellValue()).isEqualTo("唐闸镇街道");
        Row henghe = row(s, "横河社区");
        assertThat(numbers(henghe, 1, 6)).containsExactly(1, 0, 1, 2, 1, 2);
        assertThat(henghe.getCell(7).getStringCellValue()).isEqualTo("2022年第3季度、2022年第4季度");
        assertThat(numbers(row(s, "尖沟头社区"), 1, 6)).containsExactly(1, 1, 0, 0, 0, 0);
        // every community of the year and the station are listed, even with nothing
        // received
        assertThat(row(s, "永怡社区")).isNotNull();
        assertThat(row(s, "唐闸公园")).isNotNull();
    }

    @Test
    void unitSheetListsEveryFindingErrorsFirstWithTheCellToFix() {
        Sheet s = book.getSheet("横河社区");
        assertThat(s.getRow(1).getCell(0).getStringCellValue()).contains(TestReports.HENGHE_FILE).contains("已退回");
        assertThat(texts(s.getRow(2))).containsExactly("文件", "工作表!单元格", "看到的值", "问题", "规则", "怎么改", "严重程度");
        Row first = s.getRow(3);
        assertThat(texts(first)).containsExactly(TestReports.HENGHE_FILE, "报表!D9", TestReports.FORMULA, "本期数不是数字",
                "NOT_A_NUMBER", "请在该单元格填写数字,不要填写公式或文字", "错误");
        assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.STRING);
        assertThat(s.getRow(4).getCell(1).getStringCellValue()).isEqualTo("报表!D10");
        assertThat(s.getRow(5).getCell(6).getStringCellValue()).isEqualTo("提示");
        assertThat(s.getRow(6)).isNull();
        assertThat(book.getSheet("尖沟头社区").getRow(3).getCell(0).getStringCellValue()).isEqualTo("未发现问题。");
    }

    @Test
    void unrecognisedFilesAreListedAndFormulaLookingTextStaysText() {
        Sheet s = book.getSheet("未识别文件");
        Row r = s.getRow(2);
        assertThat(r.getCell(0).getCellType()).isEqualTo(CellType.STRING);
        assertThat(r.getCell(0).getStringCellValue()).isEqualTo(TestReports.FORMULA_FILE);
        assertThat(r.getCell(2).getStringCellValue()).isEqualTo("不是报表,未采用");
        assertThat(r.getCell(3).getStringCellValue()).isEqualTo("看不出是哪个单位的报表");
        for (Sheet sheet : book) {
            for (Row row : sheet) {
                for (Cell c : row) {
                    assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    private static List<String> texts(Row r) {
        List<String> t = new ArrayList<>();
        for (Cell c : r) {
            t.add(c.getStringCellValue());
        }
        return t;
    }

    private static List<Integer> numbers(Row r, int from, int to) {
        List<Integer> n = new ArrayList<>();
        for (int c = from; c <= to; c++) {
            n.add((int) r.getCell(c).getNumericCellValue());
        }
        return n;
    }

    private static Row row(Sheet s, String first) {
        for (Row r : s) {
            if (r.getCell(0) != null && first.equals(r.getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row " + first);
    }

}

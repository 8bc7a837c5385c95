package yearbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yearbook.ProgramRun;

/**
 * template --targets writes the blank 目标任务 workbook; the office fills some rows; check
 * reads them, no finding.
 */
class TargetTemplateTest {

    @TempDir
    Path tmp;

    @Test
    void theBlankTargetWorkbookFilledInPassesTheCheck() throws Exception {
        var made = ProgramRun.execute(List.of("template", "--targets", "--year", "2023", "-o", tmp.toString()));
        assertThat(made.exit()).as(made.console()).isEqualTo(ExitCode.OK);
        Path file = tmp.resolve("唐闸镇街道2023年目标任务.xlsx");
        assertThat(file).exists();

        // a blank one is a valid workbook with nothing to assess
        var blank = ProgramRun.execute(List.of("check", file.toString()));
        assertThat(blank.exit()).as(blank.console()).isEqualTo(ExitCode.OK);
        assertThat(blank.console()).contains("目标任务表", "2023年", "目标 0 项");

        DataFormatter f = new DataFormatter();
        int filled = 0;
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sh = wb.getSheetAt(0);
            assertThat(sh.getProtect()).isTrue();
            assertThat(sh.getDataValidations()).hasSize(2);
            for (Row r : sh) {
                String code = f.formatCellValue(r.getCell(0));
                String unit = f.formatCellValue(r.getCell(2));
                if (code.equals("LIV_NEW_JOBS") && unit.equals("唐闸镇街道")) {
                    r.getCell(5).setCellValue(2400);
                    for (int m = 0; m < 12; m++) {
                        r.getCell(6 + m).setCellValue(200); // 分解到各月份
                    }
                    filled++;
                }
                else if (code.equals("LIV_NEW_JOBS") && unit.equals("横河社区")) {
                    r.getCell(5).setCellValue(160);
                    for (int q = 0; q < 4; q++) {
                        r.getCell(18 + q).setCellValue(40);
                    }
                    filled++;
                }
                else if (code.equals("ENV_PM25_MEAN")) {
                    assertThat(f.formatCellValue(r.getCell(4))).isEqualTo("不超过");
                    r.getCell(5).setCellValue(35);
                    filled++;
                }
                else if (code.equals("ENV_GOOD_DAYS_RATE")) {
                    assertThat(f.formatCellValue(r.getCell(4))).isEqualTo("至少");
                    r.getCell(5).setCellValue(80);
                    filled++;
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        assertThat(filled).isEqualTo(4);
        var checked = ProgramRun.execute(List.of("check", file.toString()));
        assertThat(checked.exit()).as(checked.console()).isEqualTo(ExitCode.OK);
        assertThat(checked.console()).contains("✓", "可以采用", "目标 4 项").doesNotContain("✗", "    [");
    }

}

package yearbook.cli;

import yearbook.ProgramRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yearbook.catalog.IndicatorCatalog;

/**
 * The office sends a blank template; the community fills it in; their self-check finds
 * nothing.
 */
class TemplateCheckTest {

    @TempDir
    Path tmp;

    @Test
    void aFilledTemplatePassesTheSelfCheckWithoutAFinding() throws Exception {
        var made = ProgramRun.execute(List.of("template", "--year", "2022", "--unit", "横河社区", "-o", tmp.toString()));
        assertThat(made.exit()).as(made.console()).isEqualTo(ExitCode.OK);
        assertThat(made.console()).contains("已生成");
        Path file;
        try (Stream<Path> s = Files.list(tmp)) {
            file = s.filter(p -> p.toString().endsWith(".xlsx")).findFirst().orElseThrow();
        }
        assertThat(file.getFileName().toString()).contains("横河社区", "2022");

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sh = wb.getSheetAt(0);
            assertThat(sh.getProtect()).as("sheet protected").isTrue();
            List<? extends DataValidation> dv = sh.getDataValidations();
            assertThat(dv).isNotEmpty();
            assertThat(dv).anySatisfy(v -> {
                assertThat(v.getRegions().getCellRangeAddresses()).anySatisfy(r -> assertThat(r.getFirstColumn())
                    .isLessThanOrEqualTo(FilledTemplate.VALUE_COLUMN)
                    .satisfies(c -> assertThat(r.getLastColumn()).isGreaterThanOrEqualTo(FilledTemplate.VALUE_COLUMN)));
                assertThat(v.getValidationConstraint().getValidationType())
                    .isEqualTo(DataValidationConstraint.ValidationType.DECIMAL);
            });
        }

        int filled = FilledTemplate.fill(file, IndicatorCatalog.load(Workspace.PROJECT.resolve("config/catalog.yaml")),
                0);
        assertThat(filled).isGreaterThan(20);

        var checked = ProgramRun.execute(List.of("check", file.toString()));
        assertThat(checked.exit()).as(checked.console()).isEqualTo(ExitCode.OK);
        // not a single finding
        assertThat(checked.console()).contains("✓", "可以采用", "指标 " + filled + " 项").doesNotContain("错误", "✗", "    [");
    }

    @Test
    void checkOfAMissingFileSaysSoAndExits3() {
        var checked = ProgramRun.execute(List.of("check", tmp.resolve("没有这个文件.xlsx").toString()));
        assertThat(checked.exit()).isEqualTo(ExitCode.QUARANTINED);
        assertThat(checked.console()).contains("文件不存在", "共 1 个文件, 1 个会被退回");
    }

}

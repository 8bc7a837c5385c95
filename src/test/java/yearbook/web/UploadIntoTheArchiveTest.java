package yearbook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import yearbook.ProgramRun;

/**
 * An upload lands where a file found in input/&lt;year&gt;/ does: archived by content
 * hash, the later 填报日期 standing, the same bytes twice a duplicate; and {@code run},
 * started in a terminal beside the console on the same database server, compiles it.
 */
class UploadIntoTheArchiveTest {

    @Test
    void aLaterFiledOnSupersedesTheSameBytesAgainAreADuplicateAndRunCompilesTheUpload() throws Exception {
        ConsoleServer server = ConsoleServer.get();
        ConsoleClient office = ConsoleClient.signedIn(server, "office");
        var jdbc = server.jdbc();

        HttpResponse<String> first = office.upload("新华社区2023年第1季度.xlsx", Workbooks.read(Workbooks.XINHUA_2023_Q1));
        assertThat(first.body()).contains("✓ 已采用").contains("新华社区 2023年第1季度").contains("已入库,下次汇编时计入。");
        HttpResponse<String> corrected = office.upload("新华社区2023年第1季度(更正).xlsx", Workbooks.xinhuaCorrected());
        assertThat(corrected.body()).contains("✓ 已采用").contains("替代了同一报告期的 1 个旧版本");
        HttpResponse<String> again = office.upload("新华一季度.xlsx", Workbooks.read(Workbooks.XINHUA_2023_Q1));
        assertThat(again.body()).contains("内容完全相同").contains("新华社区2023年第1季度.xlsx");

        long firstId = jdbc.sql("select id from submission where file_name = '上报/office/新华社区2023年第1季度.xlsx'")
            .query(Long.class)
            .single();
        long correctedId = jdbc.sql("select id from submission where file_name = '上报/office/新华社区2023年第1季度(更正).xlsx'")
            .query(Long.class)
            .single();
        assertThat(jdbc.sql("select status from submission where id = ?").param(firstId).query(String.class).single())
            .isEqualTo("SUPERSEDED");
        assertThat(
                jdbc.sql("select superseded_by from submission where id = ?").param(firstId).query(Long.class).single())
            .isEqualTo(correctedId);
        assertThat(jdbc.sql("select status, duplicate_of from submission where file_name = '上报/office/新华一季度.xlsx'")
            .query((rs, n) -> rs.getString(1) + " " + rs.getLong(2))
            .single()).isEqualTo("DUPLICATE " + firstId);
        // archived once by content: two contents for three arrivals
        assertThat(jdbc
            .sql("select count(distinct sha256) from submission where year = 2023 and file_name like '上报/office/新华%'")
            .query(Integer.class)
            .single()).isEqualTo(2);

        String matrix = office.get("/matrix?year=2023").body();
        assertThat(matrix).contains("/files/" + correctedId);
        // a unit whose registered name is a formula: its report is accepted, its name
        // stays text everywhere
        assertThat(office.upload("公式单位.xlsx", Workbooks.xinhuaFiledAs(ConsoleServer.FORMULA_UNIT)).body())
            .contains("✓ 已采用");

        ProgramRun.Result run = ProgramRun.execute(server.cliArgs("run", "--year", "2023", "--through", "3"));
        assertThat(run.exit()).as(run.console()).isIn(0, 3);
        assertThat(
                jdbc.sql("select status from submission where id = ?").param(correctedId).query(String.class).single())
            .isEqualTo("ACCEPTED");
        BigDecimal used = jdbc
            .sql("""
                    select o.value from figure f join figure_source fs on fs.figure_id = f.id join observation o on o.id = fs.observation_id
                    where f.year = 2023 and f.unit_code = 'XINHUA' and o.submission_id = ? and o.sheet = '报表' and o.cell = 'D11'""")
            .param(correctedId)
            .query(BigDecimal.class)
            .list()
            .stream()
            .findFirst()
            .orElse(null);
        assertThat(used).isEqualByComparingTo("27");
        assertThat(office.get("/runs?year=2023").body()).contains("✓ 完成");

        // the published files, downloaded from the console: the formula name is text in
        // the CSV and the workbooks
        String csv = new String(office.getBytes("/runs/2023/files/indicators-2023.csv").body(), StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK(").doesNotContainPattern("(^|\\n|,)\"?=HYPERLINK");
        for (String workbook : List.of("summary-2023.xlsx", "validation-2023.xlsx")) {
            boolean seen = false;
            try (var wb = new XSSFWorkbook(
                    new ByteArrayInputStream(office.getBytes("/runs/2023/files/" + workbook).body()))) {
                for (var sheet : wb) {
                    for (var row : sheet) {
                        for (var cell : row) {
                            assertThat(cell.getCellType()).as(workbook).isNotEqualTo(CellType.FORMULA);
                            if (cell.getCellType() == CellType.STRING
                                    && cell.getStringCellValue().contains(ConsoleServer.FORMULA_UNIT)) {
                                seen = true;
                            }
                        }
                    }
                }
            }
            assertThat(seen).as(workbook).isTrue();
        }
        assertThat(office.get("/figures?year=2023&unit=FORMULA").body()).contains("=HYPERLINK(&quot;http://x&quot;");
    }

    @Test
    void theOfficeUploadsManyFilesAtOnceAReporterOneAtATime() throws Exception {
        ConsoleServer server = ConsoleServer.get();
        var files = new LinkedHashMap<String, byte[]>();
        files.put("新园社区2022年报.xlsx", Workbooks.read(Path.of("input/2022/新园社区2022年报.xlsx")));
        files.put("横河(改).xlsx", Workbooks.brokenHenghe());
        ConsoleClient office = ConsoleClient.signedIn(server, "office");
        String answer = office.upload(files, office.csrf("/upload")).body();
        assertThat(answer).contains("新园社区2022年报.xlsx")
            .contains("横河(改).xlsx")
            .contains("✓ 已采用")
            .contains("✗ 已退回")
            .contains("报表!D11");
        ConsoleClient gaodian = ConsoleClient.signedIn(server, "gaodian");
        assertThat(gaodian.upload(files, gaodian.csrf("/upload")).body()).contains("填报员一次上报一个文件");
    }

}

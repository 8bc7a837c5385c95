package yearbook.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A year with more sources than a sheet should hold: the sheet points to
 * sources-<year>.csv, which lists them all.
 */
class LargeLineageTest {

    @TempDir
    Path root;

    @Test
    void aCityYearsSourcesGoToACsv() throws Exception {
        YearReport small = TestReports.report2022();
        List<YearReport.Source> many = new ArrayList<>();
        int n = SummaryWorkbook.SOURCES_IN_SHEET + 1;
        for (int i = 0; i < n; i++) {
            many.add(new YearReport.Source("HENGHE", "LIV_NEW_JOBS", "社区" + (i % 2000) + "-" + (i / 2000) + ".xlsx",
                    "2022年3月", "报表", "D" + (9 + i % 40), BigDecimal.valueOf(i % 97)));
        }
        YearReport big = new YearReport(small.year(), small.throughMonth(), small.compiledOn(), small.catalog(),
                small.units(), TestReports.figuresOf(small), small.missing(), TestReports.filesOf(small),
                TestReports.findingsOf(small), many, small.air());
        Path out = new YearPublisher((r, pdf, charts) -> {
            try {
                Files.writeString(pdf, "%PDF-1.4 test");
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).publish(big, root);

        List<String> lines = Files.readAllLines(out.resolve("sources-2022.csv"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(n + 1);
        assertThat(lines.get(0)).startsWith("\uFEFF年份,单位代码");
        assertThat(lines.get(1)).isEqualTo("2022,HENGHE,横河社区,LIV_NEW_JOBS,新增就业人员,社区0-0.xlsx,2022年3月,报表,D9,0");
        try (Workbook wb = WorkbookFactory.create(out.resolve("summary-2022.xlsx").toFile(), null, true)) {
            Sheet s = wb.getSheet("数据来源");
            assertThat(s.getLastRowNum()).isEqualTo(2);
            assertThat(s.getRow(2).getCell(0).getStringCellValue()).contains(String.valueOf(n), "sources-2022.csv");
        }
        // a small year keeps its sources in the sheet and writes no extra file
        Path smallOut = new YearPublisher((r, pdf, charts) -> {
            try {
                Files.writeString(pdf, "%PDF-1.4 test");
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).publish(small, root.resolve("small"));
        assertThat(smallOut.resolve("sources-2022.csv")).doesNotExist();
    }

}

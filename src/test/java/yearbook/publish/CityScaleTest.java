package yearbook.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
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
import yearbook.publish.chart.ChartStyle;
import yearbook.publish.chart.CommunityRankingChart;
import yearbook.publish.pdf.SummaryPdfFont;

/**
 * What publish makes of a year with far more communities than a sub-district: 500 here.
 */
class CityScaleTest {

    private static final int COMMUNITIES = 500;

    @TempDir
    Path dir;

    private static YearReport city() {
        IndicatorCatalog catalog = IndicatorCatalog.load(Path.of("config/catalog.yaml"));
        List<ReportingUnit> others = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        List<YearReport.Received> received = new ArrayList<>();
        for (int u = 0; u < COMMUNITIES; u++) {
            String code = "C" + u;
            others.add(new ReportingUnit(code, "第" + u + "社区", List.of(), UnitKind.COMMUNITY, null, null, Set.of()));
            // the value ranks the units in reverse order of their codes: C499 is first
            if (u != 7) {
                figures
                    .add(new Figure(2022, code, "LIV_NEW_JOBS", BigDecimal.valueOf(u), null, null, false, false, true));
            }
            received.add(new YearReport.Received(code + ".xlsx", code, "2022", "ACCEPTED", LocalDate.of(2023, 1, 3)));
        }
        // a later duplicate of a unit and indicator does not replace the first, as a
        // search of the list would not
        figures.add(new Figure(2022, "C3", "LIV_NEW_JOBS", BigDecimal.valueOf(-1), null, null, false, false, true));
        UnitRegistry units = new UnitRegistry(
                new ReportingUnit("CITY", "某市", List.of(), UnitKind.SUBDISTRICT, null, null, Set.of()), others);
        List<YearReport.FileFinding> findings = List.of(new YearReport.FileFinding("C42", "C42.xlsx",
                Finding.warning("SWING", new CellRef("报表", "D12"), "900", "比上年同期增长超过50%", "请核实并说明原因")));
        return new YearReport(2022, LocalDate.of(2023, 1, 5), catalog, units, figures, List.of(), received, findings,
                List.<YearReport.Source>of(), null);
    }

    @Test
    void figuresAreFoundByUnitAndIndicatorTheFirstOneWinning() {
        YearReport r = city();
        assertThat(r.figure("C3", "LIV_NEW_JOBS")).map(Figure::value).contains(BigDecimal.valueOf(3));
        assertThat(r.figure("C7", "LIV_NEW_JOBS")).isEmpty();
        assertThat(r.figure("C3", "NO_SUCH")).isEmpty();
        assertThat(TestReports.figuresOf(r)).hasSize(COMMUNITIES);
    }

    @Test
    void theRankingShowsTheTopAndTheBottomAndSaysSo() {
        YearReport r = city();
        Indicator jobs = r.catalog().get("LIV_NEW_JOBS");
        JFreeChart chart = new CommunityRankingChart(new ChartStyle(SummaryPdfFont.awt())).create(r, jobs);
        CategoryDataset data = chart.getCategoryPlot().getDataset();
        assertThat(data.getColumnCount()).isEqualTo(30);
        assertThat(data.getColumnKey(0)).isEqualTo("第499社区");
        assertThat(data.getColumnKey(14)).isEqualTo("第485社区");
        assertThat(data.getColumnKey(15)).isEqualTo("第15社区");
        assertThat(data.getColumnKey(29)).isEqualTo("第0社区");
        assertThat(chart.getSubtitles())
            .anyMatch(t -> t instanceof TextTitle tt && tt.getText().equals("共499个社区,图中为前15名和后15名;各社区数据见汇总工作簿"));
        assertThat(chart.getSubtitles()).anyMatch(t -> t instanceof TextTitle tt && tt.getText().equals("未报送:第7社区"));
    }

    @Test
    void theValidationReportGivesASheetOnlyToUnitsWithFindings() throws Exception {
        Path file = dir.resolve("validation-2022.xlsx");
        new ValidationReport().write(city(), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            assertThat(book.getSheetName(1)).isEqualTo("第42社区");
            var summary = book.getSheet("汇总");
            assertThat(summary.getRow(2 + COMMUNITIES).getCell(0).getStringCellValue()).isEqualTo("第499社区");
            assertThat(summary.getRow(2 + COMMUNITIES + 2).getCell(0).getStringCellValue()).startsWith("注:单位较多(共501个)");
        }
    }

}

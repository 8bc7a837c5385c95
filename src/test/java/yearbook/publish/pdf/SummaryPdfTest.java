package yearbook.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yearbook.catalog.Group;
import yearbook.publish.YearReport;
import yearbook.publish.chart.ChartStyle;
import yearbook.publish.chart.NamedChart;
import yearbook.publish.chart.ReportCharts;
import yearbook.publish.chart.YearReportFixture;

class SummaryPdfTest {

    @TempDir
    static Path dir;
    static YearReport report;
    static Path pdf;
    static Path charts;
    static long millis;

    @BeforeAll
    static void write() {
        report = YearReportFixture.report();
        pdf = dir.resolve("out/summary-2022.pdf");
        charts = dir.resolve("out/charts");
        long start = System.nanoTime();
        new SummaryPdf(null).write(report, pdf, charts);
        millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("summary PDF written in " + millis + " ms");
    }

    @Test
    void hasEnoughPagesAndABookmarkPerSection() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(8);
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            for (Group g : report.catalog().groups()) {
                assertThat(titles).anyMatch(t -> t.endsWith("、" + g.name()));
            }
            assertThat(titles).contains("主要指标", "数据完整性说明(催报名单)").anyMatch(t -> t.contains("空气质量"));
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                collect(page.getResources(), fonts, new ArrayList<>());
            }
            assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
        }
    }

    @Test
    void chartsAreVectorFormsNotImages() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<PDXObject> xobjects = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                collect(page.getResources(), new ArrayList<>(), xobjects);
            }
            assertThat(xobjects).noneMatch(x -> x instanceof PDImageXObject);
            long forms = xobjects.stream().filter(x -> x instanceof PDFormXObject).count();
            assertThat(forms).isGreaterThanOrEqualTo(new ReportCharts(style()).create(report).size());
        }
    }

    @Test
    void textIsExtractableIncludingChartText() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("唐闸镇街道", "唐闸镇街道年度统计汇编", "编制日期:2023年1月10日", "130.61", "▲+14.69%", "1,000余",
                    "第 2 页 / 共 " + doc.getNumberOfPages() + " 页");
            for (Group g : report.catalog().groups()) {
                assertThat(text).contains(g.name());
            }
            // chart titles live in the form XObjects: found only if charts carry real
            // text
            assertThat(text).contains("各社区排名", "空气质量级别分布");
            assertThat(text).contains("永怡社区", "2022年第4季度", "未报送:北大街社区");
        }
    }

    @Test
    void sameReportGivesTheSameBytes() throws IOException {
        Path again = dir.resolve("again/summary-2022.pdf");
        new SummaryPdf(null).write(report, again, dir.resolve("again/charts"));
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(pdf));
    }

    @Test
    void everyChartIsWrittenAsPngAndSvg() throws IOException {
        List<NamedChart> all = new ReportCharts(style()).create(report);
        assertThat(all).extracting(NamedChart::fileName)
            .doesNotHaveDuplicates()
            .contains("01-eco-growth", "01-eco-eco_projects", "07-air-calendar", "07-air-monthly", "07-air-levels");
        for (NamedChart c : all) {
            assertThat(charts.resolve(c.fileName() + ".png")).isNotEmptyFile();
            assertThat(Files.readString(charts.resolve(c.fileName() + ".svg"))).startsWith("<?xml").contains("<svg");
        }
        for (Group g : report.catalog().groups()) {
            assertThat(all).anyMatch(c -> c.section().equals(g.code()));
        }
    }

    private static ChartStyle style() {
        return new ChartStyle(CjkFont.locate(null).awt());
    }

    /** Fonts and XObjects of a resource dictionary and of every form inside it. */
    private static void collect(PDResources res, List<PDFont> fonts, List<PDXObject> xobjects) throws IOException {
        if (res == null) {
            return;
        }
        for (COSName n : res.getFontNames()) {
            fonts.add(res.getFont(n));
        }
        for (COSName n : res.getXObjectNames()) {
            PDXObject x = res.getXObject(n);
            xobjects.add(x);
            if (x instanceof PDFormXObject form) {
                collect(form.getResources(), fonts, xobjects);
            }
        }
    }

}

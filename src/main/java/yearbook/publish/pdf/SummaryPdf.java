package yearbook.publish.pdf;

import java.awt.Color;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import yearbook.catalog.Group;
import yearbook.catalog.Indicator;
import yearbook.catalog.Source;
import yearbook.model.AnnualAirQuality;
import yearbook.model.AqiLevel;
import yearbook.model.Figure;
import yearbook.publish.FigureFormat;
import yearbook.publish.SideTask;
import yearbook.publish.YearReport;
import yearbook.publish.chart.ChartFiles;
import yearbook.publish.chart.ChartStyle;
import yearbook.publish.chart.NamedChart;
import yearbook.publish.chart.ReportCharts;
import yearbook.publish.pdf.PdfTable.Column;

/**
 * The leaders' PDF (summary-&lt;year&gt;.pdf) and its charts as PNG and SVG: cover, key
 * figures with 同比, one section per area with its table and charts, air quality, and the
 * 催报名单. A4 portrait, the Chinese font embedded as a subset, charts as vectors, a bookmark
 * per section.
 */
public class SummaryPdf {

    private static final String[] NUMERALS = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二" };

    private static final Color ACCENT = new Color(0x2B, 0x6C, 0xB0);

    private static final Color INK = PdfTable.INK;

    private static final Color MUTED = new Color(0x55, 0x5F, 0x6B);

    /**
     * A chart may shrink to this to fill the rest of a page rather than leave it blank.
     */
    private static final float MIN_CHART_HEIGHT = 230;

    private final Path fontFile;

    /**
     * @param fontFile a configured CJK font file, or null to look for one on the system
     */
    public SummaryPdf(Path fontFile) {
        this.fontFile = fontFile;
    }

    /**
     * Writes the PDF to pdf and every chart of it to chartsDir as PNG and SVG.
     * @throws MissingCjkFontException when no font can draw Chinese (nothing is written
     * then)
     */
    public void write(YearReport report, Path pdf, Path chartsDir) {
        CjkFont cjk = CjkFont.locate(fontFile);
        // The PNG and SVG files are drawn on a thread of their own while this one lays
        // out the PDF (PNG encoding was a tenth of a city's publish); each thread has
        // charts of its own, since a chart is not to be drawn by two threads at once.
        SideTask<Void> files = SideTask.start("publish-charts-" + report.year(), () -> {
            for (NamedChart c : new ReportCharts(new ChartStyle(cjk.awt())).create(report)) {
                ChartFiles.write(c, chartsDir);
            }
            return null;
        });
        boolean done = false;
        try {
            writePdf(report, pdf, cjk, new ReportCharts(new ChartStyle(cjk.awt())).create(report));
            done = true;
        }
        finally {
            // never leave it writing into a folder the caller may delete; a failure of
            // the PDF comes first
            Throwable failure = files.await();
            if (done && failure != null) {
                if (failure instanceof RuntimeException r) {
                    throw r;
                }
                if (failure instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException("无法写出图表到 " + chartsDir, failure);
            }
        }
    }

    private void writePdf(YearReport report, Path pdf, CjkFont cjk, List<NamedChart> charts) {
        try {
            if (pdf.getParent() != null) {
                Files.createDirectories(pdf.getParent());
            }
            try (PDDocument doc = new PDDocument();
                    PdfFont font = PdfFont.load(doc, cjk);
                    VectorChart vector = new VectorChart(cjk, font.font())) {
                new Writer(report, doc, new Canvas(doc, font.font(), cjk), vector, charts).all();
                String title = report.units().subdistrict().name() + report.periodLabel() + "统计汇编";
                PageFrame.stamp(doc, font.font(), cjk, title);
                DocumentIdentity.apply(doc, report, title);
                try (var out = new BufferedOutputStream(Files.newOutputStream(pdf))) {
                    doc.save(out);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("无法写出 PDF " + pdf, e);
        }
    }

    /** One run of writing: the sections in order. */
    private static final class Writer {

        private final YearReport report;

        private final PDDocument doc;

        private final Canvas c;

        private final VectorChart vector;

        private final List<NamedChart> charts;

        private final PDDocumentOutline outline = new PDDocumentOutline();

        private int section;

        Writer(YearReport report, PDDocument doc, Canvas c, VectorChart vector, List<NamedChart> charts) {
            this.report = report;
            this.doc = doc;
            this.c = c;
            this.vector = vector;
            this.charts = charts;
        }

        void all() throws IOException {
            cover();
            overview();
            keyFigures();
            if (!report.progress().isEmpty()) {
                targets();
            }
            for (Group g : report.catalog().groups()) {
                area(g);
            }
            List<AnnualAirQuality> sections = report.stationsWithSections();
            for (int k = 0; k < sections.size(); k++) {
                AnnualAirQuality station = sections.get(k);
                air(station, NamedChart.airSection(k, station.stationCode()));
            }
            if (sections.size() < report.stations().size()) {
                stationTable(report.stations());
            }
            if (!report.missing().isEmpty()) {
                completeness();
            }
            c.close();
            doc.getDocumentCatalog().setDocumentOutline(outline);
            doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
        }

        private void cover() throws IOException {
            c.newPage();
            bookmark("封面");
            float w = Canvas.A4.getWidth();
            float h = Canvas.A4.getHeight();
            c.fill(0, h - 250, w, 250, ACCENT);
            String name = report.units().subdistrict().name();
            c.text(name, Canvas.MARGIN_X, h - 120, 20, Color.WHITE);
            c.text(report.catalog().title(), Canvas.MARGIN_X, h - 175, 30, Color.WHITE);
            c.text(report.periodLabel(), Canvas.MARGIN_X, h - 215, 18, Color.WHITE);
            c.text("主要统计指标、分领域数据与空气质量", Canvas.MARGIN_X, h - 300, 14, MUTED);
            c.line(Canvas.MARGIN_X, 150, w - Canvas.MARGIN_X, 150, 0.8f, PdfTable.RULE);
            c.text("编制单位:" + name, Canvas.MARGIN_X, 120, 12, INK);
            var d = report.compiledOn();
            c.text("编制日期:" + d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日", Canvas.MARGIN_X, 98,
                    12, INK);
        }

        /** One page: the key indicators as tiles (docs/targets.md). */
        private void overview() throws IOException {
            c.newPage();
            heading("总览 · " + report.periodLabel());
            new OverviewPage(report, c).draw();
        }

        private void targets() throws IOException {
            c.newPage();
            heading("目标完成情况(" + report.periodLabel() + ")");
            TargetSection t = new TargetSection(report, c);
            t.bullets();
            t.communityTable();
        }

        private void keyFigures() throws IOException {
            c.newPage();
            heading("主要指标");
            PdfTable t = figureTable();
            for (Group g : report.catalog().groups()) {
                for (Indicator i : report.catalog().inGroup(g.code())) {
                    if (i.key()) {
                        addFigure(t, i);
                    }
                }
            }
            t.draw(c);
            c.paragraph(FigureCells.FOOTNOTE, 8.5f, MUTED);
        }

        private void area(Group g) throws IOException {
            c.newPage();
            heading(NUMERALS[section++ % NUMERALS.length] + "、" + g.name());
            PdfTable t = figureTable();
            for (Indicator i : report.catalog().inGroup(g.code())) {
                addFigure(t, i);
            }
            t.draw(c);
            if (report.catalog()
                .inGroup(g.code())
                .stream()
                .anyMatch(i -> total(i) != null && (total(i).incomplete() || total(i).approximate()))) {
                c.paragraph(FigureCells.FOOTNOTE, 8.5f, MUTED);
            }
            c.moveDown(6);
            for (NamedChart nc : charts) {
                if (nc.section().equals(g.code())) {
                    vector.draw(c, nc.chart(), heightOf(nc.chart()), MIN_CHART_HEIGHT);
                }
            }
        }

        private void air(AnnualAirQuality air, String chartSection) throws IOException {
            c.newPage();
            heading(NUMERALS[section++ % NUMERALS.length] + "、空气质量(" + report.units().nameOf(air.stationCode()) + ")");
            PdfTable t = new PdfTable(9.5f, new Column("项目", 4, false), new Column("数值", 2, true),
                    new Column("单位", 1.6f, false));
            t.row("有效监测天数", Integer.toString(air.validDays()), "天");
            t.row("空气优良天数", Integer.toString(air.goodDays()), "天");
            t.row("空气优良天数比例", FigureFormat.number(air.goodDayRate(), 2), "%");
            t.row("PM2.5年均浓度", FigureFormat.number(air.pm25Mean(), 0), "微克/立方米");
            t.row("PM10年均浓度", FigureFormat.number(air.pm10Mean(), 0), "微克/立方米");
            t.row("二氧化氮年均浓度", FigureFormat.number(air.no2Mean(), 0), "微克/立方米");
            t.row("二氧化硫年均浓度", FigureFormat.number(air.so2Mean(), 0), "微克/立方米");
            t.row("一氧化碳日均值第95百分位数", FigureFormat.number(air.coP95(), 1), "毫克/立方米");
            t.row("臭氧日最大8小时第90百分位数", FigureFormat.number(air.o3P90(), 0), "微克/立方米");
            Map<AqiLevel, Integer> levels = air.daysPerLevel();
            for (AqiLevel l : AqiLevel.values()) {
                t.row(l.label() + "(" + l.grade() + ")天数", Integer.toString(levels.getOrDefault(l, 0)), "天");
            }
            t.draw(c);
            c.paragraph("注:按 HJ 633-2012 计算日空气质量指数,按 HJ 663-2013 评价年度空气质量;优良天数比例 = 优良天数 ÷ 有效监测天数。", 8.5f, MUTED);
            c.moveDown(6);
            for (NamedChart nc : charts) {
                if (nc.section().equals(chartSection)) {
                    vector.draw(c, nc.chart(), heightOf(nc.chart()), MIN_CHART_HEIGHT);
                }
            }
        }

        /** A large network: one row per station, its main annual figures. */
        private void stationTable(List<AnnualAirQuality> stations) throws IOException {
            c.newPage();
            heading(NUMERALS[section++ % NUMERALS.length] + "、各站点空气质量(共" + stations.size() + "个站点)");
            PdfTable t = new PdfTable(9f, new Column("站点", 3, false), new Column("有效天数", 1.4f, true),
                    new Column("优良天数", 1.4f, true), new Column("优良比例(%)", 1.7f, true),
                    new Column("PM2.5(微克/立方米)", 2.2f, true), new Column("PM10(微克/立方米)", 2.2f, true));
            for (AnnualAirQuality a : stations) {
                t.row(report.units().nameOf(a.stationCode()), Integer.toString(a.validDays()),
                        Integer.toString(a.goodDays()), FigureFormat.number(a.goodDayRate(), 2),
                        FigureFormat.number(a.pm25Mean(), 0), FigureFormat.number(a.pm10Mean(), 0));
            }
            t.draw(c);
            c.paragraph("注:站点较多,仅第一个站点列出详细指标和图表;各站点的全部指标见汇总工作簿和指标 CSV 文件。", 8.5f, MUTED);
        }

        private void completeness() throws IOException {
            c.newPage();
            heading("数据完整性说明(催报名单)");
            c.paragraph("下列单位有应报期别未报送,相关汇总数据标注“*”,为不完整数据;请督促尽快补报。", 10, INK);
            c.moveDown(4);
            PdfTable t = new PdfTable(9.5f, new Column("单位", 2, false), new Column("未报送期别", 5, false));
            for (YearReport.Missing m : report.missing()) {
                t.row(report.units().nameOf(m.unitCode()), String.join("、", m.periods()));
            }
            t.draw(c);
        }

        private PdfTable figureTable() {
            return new PdfTable(9f, new Column("指标", 4.2f, false), new Column("单位", 1.3f, false),
                    new Column("本年", 1.7f, true), new Column("上年", 1.7f, true), new Column("同比", 1.9f, true));
        }

        private void addFigure(PdfTable t, Indicator i) {
            Figure f = total(i);
            t.row(i.name(), i.unit(), FigureCells.value(i, f), FigureCells.prior(i, f), FigureCells.growth(i, f));
        }

        /**
         * The sub-district's figure; for a station statistic, the station's own when
         * compile kept it there.
         */
        private Figure total(Indicator i) {
            return report.total(i.code())
                .or(() -> i.source() != Source.STATION ? Optional.empty()
                        : report.units()
                            .stations()
                            .stream()
                            .flatMap(s -> report.figure(s.code(), i.code()).stream())
                            .findFirst())
                .orElse(null);
        }

        /**
         * A section title with a bookmark; kept with at least some of what follows it.
         */
        private void heading(String title) throws IOException {
            c.ensure(140);
            bookmark(title);
            float size = 16;
            c.fill(c.left(), c.y() - size - 2, 4, size + 4, ACCENT);
            c.text(title, c.left() + 12, c.y() - size, size, INK);
            c.moveDown(size + 18);
        }

        private void bookmark(String title) {
            PDPageXYZDestination dest = new PDPageXYZDestination();
            dest.setPage(c.page());
            dest.setTop(Math.round(c.y() + 20));
            dest.setLeft(0);
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(title);
            item.setDestination(dest);
            outline.addLast(item);
        }

        /**
         * Taller charts for more bars, so that 14 communities stay legible; a city's
         * ranking (the top and bottom 15, 30 bars) gets up to most of a page.
         */
        private static float heightOf(JFreeChart chart) {
            if (chart.getPlot() instanceof CombinedDomainCategoryPlot p) {
                return Math.min(620, 70 + 105 * p.getSubplots().size());
            }
            if (chart.getPlot() instanceof CategoryPlot p && p.getOrientation() == PlotOrientation.HORIZONTAL) {
                int bars = p.getDataset().getColumnCount();
                return Math.max(170, Math.min(bars <= 15 ? 330 : 620, 80 + bars * 17));
            }
            return chart.getPlot() instanceof XYPlot ? 290 : 240;
        }

    }

}

package yearbook.publish.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;
import yearbook.model.AqiLevel;
import yearbook.publish.YearReport;
import yearbook.publish.pdf.SummaryPdfFont;

class ReportChartsTest {

    private final YearReport report = YearReportFixture.report();

    private final ChartStyle style = new ChartStyle(SummaryPdfFont.awt());

    private final List<NamedChart> charts = new ReportCharts(style).create(report);

    private JFreeChart chart(String name) {
        return charts.stream().filter(c -> c.fileName().equals(name)).findFirst().orElseThrow().chart();
    }

    @Test
    void everyChartIsFlatOnWhiteWithTheChineseFont() {
        for (NamedChart c : charts) {
            assertThat(c.chart().getBackgroundPaint()).as(c.fileName()).isEqualTo(Color.WHITE);
            assertThat(c.chart().getTitle().getFont().canDisplayUpTo("唐闸镇街道")).as(c.fileName()).isEqualTo(-1);
            if (c.chart().getPlot() instanceof CategoryPlot p && p.getRenderer() instanceof BarRenderer r) {
                assertThat(r.getBarPainter()).isInstanceOf(StandardBarPainter.class);
                assertThat(r.getShadowsVisible()).isFalse();
                assertThat(p.getBackgroundPaint()).isEqualTo(Color.WHITE);
            }
        }
    }

    @Test
    void communitiesAreRankedFromTheLargestAndTheUnreportedOneIsNamed() {
        JFreeChart chart = chart("05-saf-saf_hazards_found");
        CategoryDataset data = chart.getCategoryPlot().getDataset();
        for (int k = 1; k < data.getColumnCount(); k++) {
            assertThat(data.getValue(0, k - 1).doubleValue()).isGreaterThanOrEqualTo(data.getValue(0, k).doubleValue());
        }
        assertThat(data.getColumnKeys()).hasSize(report.units().communities(2022).size() - 1).doesNotContain("北大街社区");
        assertThat(chart.getSubtitles()).anyMatch(t -> t instanceof TextTitle tt && tt.getText().equals("未报送:北大街社区"));
    }

    @Test
    void growthChartShowsFlowsAndStocksOnly() {
        CategoryDataset data = chart("03-env-growth").getCategoryPlot().getDataset();
        assertThat(data.getColumnKeys()).contains("解决河道重难点问题", "复绿面积").noneMatch(k -> k.toString().contains("唐闸公园站"));
        assertThat(data.getValue(0, data.getColumnIndex("解决河道重难点问题"))).isNotNull();
        CategoryDataset eco = chart("01-eco-growth").getCategoryPlot().getDataset();
        assertThat(eco.getValue("同比", "服务业限上批零销售额").doubleValue()).isEqualTo(14.69);
    }

    @Test
    void calendarHasEveryDayInItsLevelColour() {
        XYPlot plot = chart("07-air-calendar").getXYPlot();
        XYZDataset data = (XYZDataset) plot.getDataset();
        assertThat(data.getItemCount(0)).isEqualTo(365);
        XYBlockRenderer r = (XYBlockRenderer) plot.getRenderer();
        for (AqiLevel l : AqiLevel.values()) {
            assertThat(r.getPaintScale().getPaint(Math.min(l.low() + 1, 400))).isEqualTo(new Color(l.rgb()));
        }
        assertThat(plot.getFixedLegendItems().getItemCount()).isEqualTo(AqiLevel.values().length + 1);
    }

    @Test
    void levelBarsUseTheNationalColours() {
        CategoryPlot plot = chart("07-air-levels").getCategoryPlot();
        for (AqiLevel l : AqiLevel.values()) {
            int column = plot.getDataset().getColumnIndex(l.label());
            assertThat(plot.getRenderer().getItemPaint(0, column)).isEqualTo(new Color(l.rgb()));
            assertThat(plot.getDataset().getValue(0, column).intValue())
                .isEqualTo(report.air().daysPerLevel().getOrDefault(l, 0));
        }
    }

    @Test
    void monthlyGoodDaysComeFromTheAnnualRecord() {
        CategoryDataset data = chart("07-air-monthly").getCategoryPlot().getDataset();
        for (int m = 0; m < 12; m++) {
            assertThat(data.getValue("优良天数", (m + 1) + "月").intValue()).isEqualTo(report.air().goodDaysPerMonth()[m]);
            assertThat(data.getValue("有效监测天数", (m + 1) + "月").intValue())
                .isEqualTo(report.air().validDaysPerMonth()[m]);
        }
    }

}

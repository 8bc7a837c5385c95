package yearbook.publish.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import yearbook.catalog.Indicator;
import yearbook.publish.FigureFormat;
import yearbook.publish.Trends;
import yearbook.publish.YearReport;

/**
 * The statistics bureau's monthly chart: 1–N月累计 of this year and of last year's same
 * months as bars, 累计增速 (%) as a line on its own axis.
 */
public final class CumulativeChart {

    private final ChartStyle style;

    public CumulativeChart(ChartStyle style) {
        this.style = style;
    }

    public JFreeChart create(YearReport report, Trends.Cumulative c) {
        Indicator i = report.catalog().get(c.indicatorCode());
        DefaultCategoryDataset amounts = new DefaultCategoryDataset();
        DefaultCategoryDataset growth = new DefaultCategoryDataset();
        String now = report.year() + "年";
        String before = (report.year() - 1) + "年同期";
        boolean anyGrowth = false;
        for (Trends.MonthPoint m : c.months()) {
            String label = m.month() == 1 ? "1月" : "1-" + m.month() + "月";
            amounts.addValue(FigureFormat.round(m.cumulative(), i.decimals()), now, label);
            amounts.addValue(m.priorCumulative() == null ? null : FigureFormat.round(m.priorCumulative(), i.decimals()),
                    before, label);
            growth.addValue(m.growth() == null ? null : FigureFormat.round(m.growth(), 2), "累计增速", label);
            anyGrowth |= m.growth() != null;
        }
        BarRenderer bars = new BarRenderer();
        bars.setSeriesPaint(0, ChartStyle.PRIMARY);
        bars.setSeriesPaint(1, ChartStyle.SECONDARY);
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setItemMargin(0.05);
        bars.setMaximumBarWidth(0.06);
        NumberAxis amount = new NumberAxis("累计(" + i.unit() + ")");
        amount.setUpperMargin(0.9); // bars in the lower half, the 累计增速 line above them
        CategoryPlot plot = new CategoryPlot(amounts, new CategoryAxis(), amount, bars);
        if (anyGrowth) {
            NumberAxis pct = new NumberAxis("累计增速(%)");
            pct.setAutoRangeIncludesZero(true);
            pct.setUpperMargin(0.2);
            pct.setLowerMargin(2.2);
            plot.setRangeAxis(1, pct);
            plot.setDataset(1, growth);
            plot.mapDatasetToRangeAxis(1, 1);
            plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
            LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
            line.setSeriesPaint(0, ChartStyle.NEGATIVE);
            line.setSeriesStroke(0, new BasicStroke(2f));
            line.setDefaultItemLabelGenerator(new Labels(v -> (v.signum() > 0 ? "+" : "") + v.toPlainString() + "%"));
            line.setDefaultItemLabelsVisible(true);
            line.setDefaultItemLabelFont(style.font(8f));
            line.setDefaultItemLabelPaint(ChartStyle.NEGATIVE);
            line.setDefaultPositiveItemLabelPosition(
                    new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
            line.setDefaultNegativeItemLabelPosition(
                    new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
            plot.setRenderer(1, line);
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        }
        JFreeChart chart = new JFreeChart(i.name() + ":1-" + report.throughMonth() + "月累计与累计增速", style.font(13f), plot,
                true);
        style.apply(chart);
        plot.setBackgroundPaint(Color.WHITE);
        // after the theme, which paints series by its own sequence
        bars.setSeriesPaint(0, ChartStyle.PRIMARY);
        bars.setSeriesPaint(1, ChartStyle.SECONDARY);
        if (plot.getRenderer(1) != null) {
            plot.getRenderer(1).setSeriesPaint(0, ChartStyle.NEGATIVE);
        }
        for (int a = 0; a < plot.getRangeAxisCount(); a++) {
            plot.getRangeAxis(a).setLabelFont(style.font(8.5f));
            plot.getRangeAxis(a).setTickLabelFont(style.font(8f));
        }
        plot.getDomainAxis().setTickLabelFont(style.font(8.5f));
        return chart;
    }

}

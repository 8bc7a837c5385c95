package yearbook.publish.chart;

import java.awt.Paint;
import java.math.BigDecimal;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import yearbook.catalog.Group;
import yearbook.catalog.Indicator;
import yearbook.catalog.IndicatorKind;
import yearbook.model.Figure;
import yearbook.publish.FigureFormat;
import yearbook.publish.YearReport;

/**
 * An area's figures against last year: the sub-district's 同比 (%) of each flow and stock
 * that has a prior. Growth is the one scale the area's indicators share (their units
 * differ); rates are left out because their change is in percentage points, not %.
 */
public final class AreaGrowthChart {

    private final ChartStyle style;

    public AreaGrowthChart(ChartStyle style) {
        this.style = style;
    }

    /**
     * @return null when no indicator of the area has a 同比
     */
    public JFreeChart create(YearReport report, Group group) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Indicator i : report.catalog().inGroup(group.code())) {
            // Station statistics are left out too: for them a fall is the good news.
            if (i.kind() != IndicatorKind.FLOW && i.kind() != IndicatorKind.STOCK) {
                continue;
            }
            BigDecimal g = report.total(i.code()).map(Figure::growth).orElse(null);
            if (g != null) {
                data.addValue(FigureFormat.round(g, 2), "同比", i.name());
            }
        }
        if (data.getColumnCount() == 0) {
            return null;
        }

        JFreeChart chart = ChartFactory.createBarChart(group.name() + ":主要指标同比增幅", null, "同比(%)", data,
                PlotOrientation.HORIZONTAL, false, false, false);
        style.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.38f);
        plot.getDomainAxis().setCategoryMargin(0.3);
        plot.getRangeAxis().setLowerMargin(0.15);
        plot.getRangeAxis().setUpperMargin(0.15);
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(ChartStyle.TEXT);
        BarRenderer r = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                Number n = data.getValue(row, column);
                return n != null && n.doubleValue() < 0 ? ChartStyle.NEGATIVE : ChartStyle.PRIMARY;
            }
        };
        plot.setRenderer(r);
        style.apply(chart);
        r.setMaximumBarWidth(0.07);
        r.setDefaultItemLabelGenerator(new Labels(v -> (v.signum() > 0 ? "+" : "") + v.toPlainString() + "%"));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        r.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        r.setItemLabelAnchorOffset(3);
        return chart;
    }

}

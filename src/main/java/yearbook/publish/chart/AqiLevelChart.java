package yearbook.publish.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import yearbook.model.AnnualAirQuality;
import yearbook.model.AqiLevel;

/** Days per AQI level (HJ 633-2012 levels), each bar in its national colour. */
public final class AqiLevelChart {

    private final ChartStyle style;

    public AqiLevelChart(ChartStyle style) {
        this.style = style;
    }

    public JFreeChart create(AnnualAirQuality air) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (AqiLevel l : AqiLevel.values()) {
            data.addValue(air.daysPerLevel().getOrDefault(l, 0), "天数", l.label());
        }
        JFreeChart chart = ChartFactory.createBarChart(air.year() + "年空气质量级别分布", null, "天", data,
                PlotOrientation.VERTICAL, false, false, false);
        BarRenderer r = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return new Color(AqiLevel.values()[column].rgb());
            }
        };
        chart.getCategoryPlot().setRenderer(r);
        style.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.getRangeAxis().setUpperMargin(0.12);
        plot.getDomainAxis().setCategoryMargin(0.35);
        // Yellow (良) vanishes on white without an edge.
        r.setDrawBarOutline(true);
        r.setDefaultOutlinePaint(new Color(0x99, 0x99, 0x99));
        r.setDefaultOutlineStroke(new BasicStroke(0.5f));
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        r.setDefaultItemLabelsVisible(true);
        return chart;
    }

}

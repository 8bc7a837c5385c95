package yearbook.publish.chart;

import java.awt.Color;
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

/** Good days beside valid days for each month (HJ 663-2013 counts only valid days). */
public final class GoodDaysChart {

    private final ChartStyle style;

    public GoodDaysChart(ChartStyle style) {
        this.style = style;
    }

    public JFreeChart create(AnnualAirQuality air) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int m = 0; m < 12; m++) {
            String month = (m + 1) + "月";
            data.addValue(air.validDaysPerMonth()[m], "有效监测天数", month);
            data.addValue(air.goodDaysPerMonth()[m], "优良天数", month);
        }
        JFreeChart chart = ChartFactory.createBarChart(air.year() + "年各月空气优良天数", null, "天", data,
                PlotOrientation.VERTICAL, true, false, false);
        style.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.getRangeAxis().setUpperMargin(0.12);
        plot.getDomainAxis().setCategoryMargin(0.25);
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setSeriesPaint(0, ChartStyle.SECONDARY);
        r.setSeriesPaint(1, new Color(AqiLevel.EXCELLENT.rgb()).darker());
        r.setItemMargin(0.05);
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        r.setSeriesItemLabelsVisible(1, true);
        return chart;
    }

}

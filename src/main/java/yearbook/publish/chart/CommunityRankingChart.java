package yearbook.publish.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import yearbook.catalog.Indicator;
import yearbook.catalog.ReportingUnit;
import yearbook.model.Figure;
import yearbook.publish.FigureFormat;
import yearbook.publish.YearFigures;
import yearbook.publish.YearReport;

/**
 * One indicator across the communities, ranked from the largest down (horizontal bars).
 */
public final class CommunityRankingChart {

    private final ChartStyle style;

    public CommunityRankingChart(ChartStyle style) {
        this.style = style;
    }

    /**
     * Above twice this many communities the chart shows this many at the top and at the
     * bottom.
     */
    static final int ENDS = 15;

    /** Communities named in the 未报送 line; the rest are counted. */
    static final int ABSENT_NAMED = 10;

    /**
     * @return null when no community has a figure for the indicator
     */
    public JFreeChart create(YearReport report, Indicator indicator) {
        record Row(String name, BigDecimal value) {
        }
        List<Row> rows = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        // the one indicator: a province's 20,000 communities in one query, not forty
        // blocks
        YearFigures figures = report.figures().only(List.of(indicator.code()));
        for (ReportingUnit u : report.units().communities(report.year())) {
            BigDecimal v = figures.find(u.code(), indicator.code()).map(Figure::value).orElse(null);
            if (v == null) {
                absent.add(u.name());
            }
            else {
                rows.add(new Row(u.name(), v));
            }
        }
        if (rows.isEmpty()) {
            return null;
        }
        // Ranked; equal values keep registry order so the chart is the same on every run.
        rows.sort(Comparator.comparing(Row::value).reversed());
        int ranked = rows.size();
        if (ranked > 2 * ENDS) {
            // a bar per community stops being readable long before a city's 2,000: the
            // top and the bottom
            List<Row> ends = new ArrayList<>(rows.subList(0, ENDS));
            ends.addAll(rows.subList(ranked - ENDS, ranked));
            rows = ends;
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Row r : rows) {
            data.addValue(r.value(), indicator.name(), r.name());
        }

        JFreeChart chart = ChartFactory.createBarChart(indicator.name() + ":各社区排名", null, indicator.unit(), data,
                PlotOrientation.HORIZONTAL, false, false, false);
        style.apply(chart);
        if (ranked > 2 * ENDS) {
            chart.addSubtitle(
                    new TextTitle("共" + ranked + "个社区,图中为前" + ENDS + "名和后" + ENDS + "名;各社区数据见汇总工作簿", style.font(8f)));
        }
        if (!absent.isEmpty()) {
            chart.addSubtitle(new TextTitle("未报送:" + names(absent), style.font(8f)));
        }
        CategoryPlot plot = chart.getCategoryPlot();
        CategoryAxis axis = plot.getDomainAxis();
        axis.setCategoryMargin(0.25);
        axis.setLowerMargin(0.02);
        axis.setUpperMargin(0.02);
        plot.getRangeAxis().setUpperMargin(0.12);
        // Counts (0 decimals) get whole-number ticks: no 0.5 of a project.
        if (indicator.decimals() == 0) {
            plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setSeriesPaint(0, ChartStyle.PRIMARY);
        r.setMaximumBarWidth(0.08);
        r.setDefaultItemLabelGenerator(new Labels(v -> FigureFormat.value(indicator, v)));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        r.setItemLabelAnchorOffset(3);
        return chart;
    }

    private static String names(List<String> absent) {
        if (absent.size() <= ABSENT_NAMED) {
            return String.join("、", absent);
        }
        return String.join("、", absent.subList(0, ABSENT_NAMED)) + "等" + absent.size() + "个社区";
    }

}

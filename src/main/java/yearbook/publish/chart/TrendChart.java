package yearbook.publish.chart;

import java.awt.Color;
import java.awt.Paint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import yearbook.catalog.Group;
import yearbook.catalog.Indicator;
import yearbook.publish.FigureFormat;
import yearbook.publish.Trends;
import yearbook.publish.YearReport;

/**
 * An area's key indicators of the sub-district over the years in the database (up to
 * five), one panel each on a shared axis of years; a year to date (1-6月) is drawn paler,
 * since it is not a whole year's amount.
 */
public final class TrendChart {

    private static final Color[] COLOURS = { ChartStyle.PRIMARY, new Color(0x38, 0xA1, 0x69),
            new Color(0x80, 0x5A, 0xD5), ChartStyle.NEGATIVE, new Color(0x31, 0x97, 0x95) };

    private final ChartStyle style;

    public TrendChart(ChartStyle style) {
        this.style = style;
    }

    /** The area's series with at least two years, or empty. */
    public static List<Trends.YearSeries> series(YearReport report, Group group) {
        List<Trends.YearSeries> out = new ArrayList<>();
        for (Indicator i : report.catalog().inGroup(group.code())) {
            if (!i.key()) {
                continue;
            }
            report.trends()
                .series(report.subdistrictCode(), i.code())
                .or(() -> report.units()
                    .stations()
                    .stream()
                    .flatMap(s -> report.trends().series(s.code(), i.code()).stream())
                    .findFirst())
                .filter(s -> s.comparable().size() >= 2)
                .ifPresent(out::add);
        }
        return out;
    }

    /**
     * @return null when the area has no key indicator with two years
     */
    public JFreeChart create(YearReport report, Group group) {
        List<Trends.YearSeries> all = series(report, group);
        if (all.isEmpty()) {
            return null;
        }
        CategoryAxis years = new CategoryAxis();
        CombinedDomainCategoryPlot combined = new CombinedDomainCategoryPlot(years);
        combined.setGap(12);
        for (int k = 0; k < all.size(); k++) {
            Trends.YearSeries s = all.get(k);
            Indicator i = report.catalog().get(s.indicatorCode());
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            List<Boolean> partial = new ArrayList<>();
            for (Trends.YearPoint p : s.points()) {
                String label = p.throughMonth() == 12 ? p.year() + "年" : p.year() + "年1-" + p.throughMonth() + "月";
                BigDecimal v = p.year() >= s.since() ? p.value() : null;
                data.addValue(v == null ? null : FigureFormat.round(v, i.decimals()), i.name(), label);
                partial.add(p.throughMonth() < 12);
            }
            Color colour = COLOURS[k % COLOURS.length];
            BarRenderer r = new BarRenderer() {
                @Override
                public Paint getItemPaint(int row, int column) {
                    return partial.get(column) ? blend(colour) : colour;
                }
            };
            r.setSeriesPaint(0, colour);
            r.setBarPainter(new StandardBarPainter());
            r.setShadowVisible(false);
            r.setDrawBarOutline(false);
            r.setMaximumBarWidth(0.12);
            r.setDefaultItemLabelGenerator(new Labels(v -> FigureFormat.number(v, i.decimals())));
            r.setDefaultItemLabelsVisible(true);
            r.setDefaultItemLabelFont(style.font(8f));
            r.setDefaultItemLabelPaint(ChartStyle.TEXT);
            r.setDefaultPositiveItemLabelPosition(
                    new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
            NumberAxis axis = new NumberAxis(i.unit());
            axis.setLabelFont(style.font(8f));
            axis.setTickLabelFont(style.font(7.5f));
            axis.setUpperMargin(0.25);
            axis.setAxisLineVisible(false);
            CategoryPlot plot = new CategoryPlot(data, null, axis, r);
            plot.setBackgroundPaint(Color.WHITE);
            plot.setOutlineVisible(false);
            plot.setRangeGridlinePaint(ChartStyle.GRID);
            combined.add(plot, 1);
        }
        JFreeChart chart = new JFreeChart(group.name() + ":主要指标历年变化(" + report.units().subdistrict().name() + ")",
                style.font(13f), combined, true);
        // not style.apply: the theme's category-plot settings expect one range axis, a
        // combined plot has one per panel
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 6, 6, 10));
        chart.getTitle().setPaint(ChartStyle.TEXT);
        combined.setBackgroundPaint(Color.WHITE);
        combined.setOutlineVisible(false);
        chart.getLegend().setFrame(BlockBorder.NONE);
        years.setTickLabelFont(style.font(8.5f));
        years.setAxisLinePaint(ChartStyle.GRID);
        chart.getLegend().setItemFont(style.font(8.5f));
        return chart;
    }

    /** The paler shade of a year to date. */
    static Color blend(Color c) {
        return new Color((c.getRed() + 2 * 255) / 3, (c.getGreen() + 2 * 255) / 3, (c.getBlue() + 2 * 255) / 3);
    }

}

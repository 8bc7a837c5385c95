package yearbook.publish.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Stroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one look of every chart: flat bars, white background, light grid, the Chinese font
 * for every text. Applied by each chart class, so no chart carries JFreeChart's dated
 * default theme (gradients, shadows, grey plot) and no global state is changed.
 */
public final class ChartStyle {

    public static final Color TEXT = new Color(0x33, 0x33, 0x33);

    public static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

    public static final Color PRIMARY = new Color(0x2B, 0x6C, 0xB0);

    public static final Color SECONDARY = new Color(0xA0, 0xAE, 0xC0);

    public static final Color NEGATIVE = new Color(0xDD, 0x6B, 0x20);

    public static final Color NO_DATA = new Color(0xE2, 0xE8, 0xF0);

    private final Font font;

    private final StandardChartTheme theme;

    /**
     * @param font the CJK face; sizes are derived from it
     */
    public ChartStyle(Font font) {
        this.font = font;
        theme = new StandardChartTheme("yearbook-flat");
        theme.setExtraLargeFont(font(13f));
        theme.setLargeFont(font(10f));
        theme.setRegularFont(font(9f));
        theme.setSmallFont(font(8f));
        theme.setTitlePaint(TEXT);
        theme.setSubtitlePaint(TEXT);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setLegendItemPaint(TEXT);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(TEXT);
        theme.setItemLabelPaint(TEXT);
        theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.setShadowVisible(false);
        theme.setDrawingSupplier(new DefaultDrawingSupplier(
                new Paint[] { PRIMARY, new Color(0x38, 0xA1, 0x69), NEGATIVE, new Color(0x80, 0x5A, 0xD5), SECONDARY },
                new Paint[] { Color.WHITE }, new Paint[] { TEXT }, new Stroke[] { new BasicStroke(1.5f) },
                new Stroke[] { new BasicStroke(0.5f) }, DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
    }

    public Font font(float size) {
        return font.deriveFont(Font.PLAIN, size);
    }

    /** Styles a freshly made chart; the chart class then sets its own colours on top. */
    public JFreeChart apply(JFreeChart chart) {
        theme.apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 6, 6, 10));
        chart.getRenderingHints().put(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        if (chart.getPlot() instanceof CategoryPlot p) {
            p.setDomainGridlinesVisible(false);
            p.setRangeGridlinePaint(GRID);
            p.setRangeGridlineStroke(new BasicStroke(0.5f));
            p.setOutlineVisible(false);
            p.getDomainAxis().setAxisLinePaint(GRID);
            p.getRangeAxis().setAxisLineVisible(false);
            p.getRangeAxis().setTickMarksVisible(false);
            // Values read along the bottom edge, as in a printed table's chart.
            if (p.getOrientation() == PlotOrientation.HORIZONTAL) {
                p.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
            }
            if (p.getRenderer() instanceof BarRenderer r) {
                r.setShadowVisible(false);
                r.setDrawBarOutline(false);
                r.setDefaultItemLabelFont(font(8f));
                r.setDefaultItemLabelPaint(TEXT);
            }
        }
        if (chart.getPlot() instanceof XYPlot p) {
            p.setOutlineVisible(false);
            p.setDomainGridlinesVisible(false);
            p.setRangeGridlinesVisible(false);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setFrame(BlockBorder.NONE);
            legend.setItemFont(font(8.5f));
        }
        return chart;
    }

}

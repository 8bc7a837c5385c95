package yearbook.publish.chart;

import java.awt.Color;
import java.awt.Paint;
import java.awt.Rectangle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.DefaultXYZDataset;
import yearbook.model.AnnualAirQuality;
import yearbook.model.AqiLevel;
import yearbook.model.DailyAirQuality;

/**
 * The year's daily AQI as a calendar: 12 month rows × 31 day columns, coloured by
 * national level.
 */
public final class AqiCalendarChart {

    /** z value of a day that was monitored but not valid (a pollutant missing). */
    private static final double INVALID = -1;

    private static final String[] MONTHS = { "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月",
            "12月" };

    private final ChartStyle style;

    public AqiCalendarChart(ChartStyle style) {
        this.style = style;
    }

    public JFreeChart create(AnnualAirQuality air) {
        int n = air.days().size();
        double[][] xyz = new double[3][n];
        boolean anyInvalid = false;
        for (int k = 0; k < n; k++) {
            DailyAirQuality d = air.days().get(k);
            xyz[0][k] = d.day().getDayOfMonth();
            xyz[1][k] = d.day().getMonthValue() - 1;
            xyz[2][k] = d.valid() && d.aqi() != null ? d.aqi() : INVALID;
            anyInvalid |= xyz[2][k] == INVALID;
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("AQI", xyz);

        NumberAxis days = new NumberAxis("日");
        days.setRange(0.5, 31.5);
        days.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        days.setTickMarksVisible(false);
        days.setAxisLineVisible(false);
        SymbolAxis months = new SymbolAxis(null, MONTHS);
        months.setRange(-0.5, 11.5);
        months.setInverted(true);
        months.setGridBandsVisible(false);
        months.setTickMarksVisible(false);
        months.setAxisLineVisible(false);

        XYBlockRenderer r = new XYBlockRenderer();
        r.setBlockWidth(0.86);
        r.setBlockHeight(0.8);
        r.setPaintScale(new LevelScale());
        XYPlot plot = new XYPlot(data, days, months, r);
        plot.setBackgroundPaint(Color.WHITE);

        LegendItemCollection legend = new LegendItemCollection();
        for (AqiLevel l : AqiLevel.values()) {
            legend.add(item(l.label(), new Color(l.rgb())));
        }
        if (anyInvalid) {
            legend.add(item("无效", ChartStyle.NO_DATA));
        }
        plot.setFixedLegendItems(legend);

        JFreeChart chart = new JFreeChart(air.year() + "年逐日空气质量指数(AQI)日历", style.font(13f), plot, true);
        style.apply(chart);
        days.setTickLabelFont(style.font(7.5f));
        months.setTickLabelFont(style.font(8f));
        days.setLabelFont(style.font(8.5f));
        return chart;
    }

    private static LegendItem item(String label, Color c) {
        LegendItem i = new LegendItem(label, null, null, null, new Rectangle(-5, -5, 10, 10), c);
        i.setOutlinePaint(c);
        return i;
    }

    /** The national colour of each day's level; days without a valid AQI light grey. */
    private static final class LevelScale implements PaintScale {

        @Override
        public double getLowerBound() {
            return INVALID;
        }

        @Override
        public double getUpperBound() {
            return 500;
        }

        @Override
        public Paint getPaint(double value) {
            if (value < 0 || Double.isNaN(value)) {
                return ChartStyle.NO_DATA;
            }
            return new Color(AqiLevel.of((int) value).rgb());
        }

    }

}

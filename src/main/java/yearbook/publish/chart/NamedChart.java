package yearbook.publish.chart;

import org.jfree.chart.JFreeChart;

/**
 * A chart of the report with its stable file name (without extension, e.g. 01-eco-growth)
 * and the section it belongs to: a group code of the catalog, or {@link #AIR} for the
 * air-quality section (of the first station; {@link #airSection} for the others).
 */
public record NamedChart(String fileName, String section, JFreeChart chart) {

    public static final String AIR = "AIR";

    /**
     * The section of station number {@code k} of the year: AIR for the first, AIR:code
     * for the others.
     */
    public static String airSection(int k, String stationCode) {
        return k == 0 ? AIR : AIR + ":" + stationCode;
    }
}

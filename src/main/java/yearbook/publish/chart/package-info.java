/**
 * The charts of the year, as JFreeChart objects built from a
 * {@link yearbook.publish.YearReport}: one class per kind of chart, one flat style for
 * all, and the PNG/SVG files of each. The PDF draws the same objects as vectors.
 */
package yearbook.publish.chart;

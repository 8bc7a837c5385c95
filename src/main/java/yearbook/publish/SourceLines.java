package yearbook.publish;

import java.util.HashMap;
import java.util.Map;
import yearbook.catalog.Indicator;

/**
 * How one source is written as a line of sources-&lt;year&gt;.csv (same conventions as
 * indicators-&lt;year&gt;.csv: text fields defused and RFC 4180 quoted, CRLF). The fields
 * that come from the registry and the catalog are offered ready-made, so that a lineage
 * read from the database can have the database form the lines (a city year has a million
 * of them).
 */
public final class SourceLines {

    private static final String CRLF = "\r\n";

    private final YearReport report;

    private final String year;

    // Looked up once per unit and indicator: a million lines name a few thousand of them
    private final Map<String, String> unitNames = new HashMap<>();

    private final Map<String, String> indicatorNames = new HashMap<>();

    private final StringBuilder b = new StringBuilder(256);

    public SourceLines(YearReport report) {
        this.report = report;
        this.year = Integer.toString(report.year());
    }

    public int year() {
        return report.year();
    }

    /** The 单位名称 field of a unit. */
    public String unitNameField(String unitCode) {
        return unitNames.computeIfAbsent(unitCode, u -> textField(report.units().nameOf(u)));
    }

    /** The 指标名称 field of an indicator. */
    public String indicatorNameField(String indicatorCode) {
        return indicatorNames.computeIfAbsent(indicatorCode,
                c -> textField(report.catalog().byCode(c).map(Indicator::name).orElse(c)));
    }

    /**
     * A text field as written: empty for null, defused against formulas, quoted when it
     * must be.
     */
    public static String textField(String s) {
        return IndicatorsCsv.quote(IndicatorsCsv.text(s));
    }

    /**
     * The line of one source, CRLF included. Not thread-safe: one buffer serves every
     * line.
     */
    public String line(YearReport.Source s) {
        b.setLength(0);
        b.append(year)
            .append(',')
            .append(textField(s.unitCode()))
            .append(',')
            .append(unitNameField(s.unitCode()))
            .append(',')
            .append(IndicatorsCsv.quote(s.indicatorCode()))
            .append(',')
            .append(indicatorNameField(s.indicatorCode()))
            .append(',')
            .append(textField(s.fileName()))
            .append(',')
            .append(textField(s.period()))
            .append(',')
            .append(textField(s.sheet()))
            .append(',')
            .append(textField(s.cell()))
            .append(',')
            .append(IndicatorsCsv.quote(s.value() == null ? "" : s.value().toPlainString()))
            .append(CRLF);
        return b.toString();
    }

}

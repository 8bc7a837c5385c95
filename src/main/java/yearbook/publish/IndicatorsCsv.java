package yearbook.publish;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import yearbook.catalog.Indicator;
import yearbook.catalog.IndicatorKind;
import yearbook.model.Figure;
import yearbook.model.Progress;

/**
 * indicators-&lt;year&gt;.csv for downstream systems: one row per compiled figure. UTF-8
 * with a BOM and CRLF line ends because the office opens it in Excel, which otherwise
 * guesses GBK; RFC 4180 quoting. Numbers are plain (no thousands separator), rounded
 * half-up to the catalog's decimals; 同比 to 2 decimals with its unit (% for flows and
 * stocks, 百分点 for rates).
 */
public final class IndicatorsCsv {

    static final List<String> HEADER = List.of("年份", "单位代码", "单位名称", "指标代码", "指标名称", "数值", "计量单位", "上年同期", "同比", "同比单位",
            "数据不完整", "含约数", "可比", "目标", "目标类型", "完成率", "时序进度", "进度状态");

    private static final String BOM = "\uFEFF";

    private static final String CRLF = "\r\n";

    public void write(YearReport report, Path file) {
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                1 << 16)) {
            w.write(BOM);
            w.write(line(HEADER.stream().map(IndicatorsCsv::text).toList()));
            Rows rows = new Rows(report);
            report.figures().forEachInOrder(new ReportOrder(report), f -> {
                try {
                    w.append(rows.row(f));
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            // a target without a figure (a community that reported nothing) still has its
            // line: 完成率 —
            for (Progress p : report.progress()) {
                if (report.figure(p.unitCode(), p.indicatorCode()).isPresent()) {
                    continue;
                }
                w.append(rows.row(new Figure(report.year(), p.unitCode(), p.indicatorCode(), null, null, null, true,
                        false, true)));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("无法写入 " + file, e);
        }
        catch (UncheckedIOException e) {
            throw new UncheckedIOException("无法写入 " + file, e.getCause());
        }
    }

    /**
     * The lines, built in one buffer, with what depends only on the unit or the indicator
     * made once: a city has 82,000 figures of 2,000 units and 40 indicators. Each field
     * as {@link #line} writes it.
     */
    private static final class Rows {

        private final YearReport report;

        private final String year;

        private final Map<String, String> units = new HashMap<>();

        private final Map<String, Indicator> indicators = new HashMap<>();

        private final Map<Indicator, String[]> indicatorFields = new HashMap<>();

        private final StringBuilder b = new StringBuilder(256);

        Rows(YearReport report) {
            this.report = report;
            this.year = Integer.toString(report.year());
        }

        CharSequence row(Figure f) {
            String unit = units.computeIfAbsent(f.unitCode(),
                    u -> quote(text(u)) + "," + quote(text(report.units().nameOf(u))));
            Indicator i = indicators.computeIfAbsent(f.indicatorCode(), c -> report.catalog().get(c));
            String[] fields = indicatorFields.computeIfAbsent(i,
                    x -> new String[] { quote(text(x.code())) + "," + quote(text(x.name())), quote(text(x.unit())) });
            boolean rate = i.kind() == IndicatorKind.RATE;
            b.setLength(0);
            b.append(f.year() == report.year() ? year : Integer.toString(f.year()))
                .append(',')
                .append(unit)
                .append(',')
                .append(fields[0])
                .append(',')
                .append(quote(number(f.value(), i.decimals())))
                .append(',')
                .append(fields[1])
                .append(',')
                .append(quote(number(f.prior(), i.decimals())))
                .append(',')
                .append(quote(number(f.growth(), 2)))
                .append(',')
                .append(f.growth() == null ? "" : (rate ? "百分点" : "%"))
                .append(',')
                .append(yesNo(f.incomplete()))
                .append(',')
                .append(yesNo(f.approximate()))
                .append(',')
                .append(yesNo(f.comparable()));
            Progress p = report.progressOf(f.unitCode(), f.indicatorCode()).orElse(null);
            if (p == null) {
                b.append(",,,,,");
            }
            else {
                b.append(',')
                    .append(quote(number(p.target().annual(),
                            Math.max(i.decimals(), p.target().annual().stripTrailingZeros().scale()))))
                    .append(',')
                    .append(p.target().direction().word())
                    .append(',')
                    .append(quote(number(p.completion(), 2)))
                    .append(',')
                    .append(quote(number(p.schedule(), 2)))
                    .append(',')
                    .append(p.state().word());
            }
            b.append(CRLF);
            return b;
        }

    }

    private static String number(BigDecimal v, int decimals) {
        return FigureFormat.plain(v, decimals);
    }

    private static String yesNo(boolean b) {
        return b ? "是" : "否";
    }

    /**
     * A text field, defused: Excel runs a cell that starts with = + - @ (or a tab or CR,
     * which it strips first) as a formula, so a unit or file name such as =HYPERLINK(…)
     * gets a leading '. Only text fields pass here; numbers may legitimately start with
     * -.
     */
    static String text(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }

    /** RFC 4180: a field with a comma, quote, CR or LF is quoted, its quotes doubled. */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\r') < 0 && field.indexOf('\n') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private static String line(List<String> fields) {
        return String.join(",", fields.stream().map(IndicatorsCsv::quote).toList()) + CRLF;
    }

}

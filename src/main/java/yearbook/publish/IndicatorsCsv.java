package yearbook.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import yearbook.catalog.Indicator;
import yearbook.catalog.IndicatorKind;
import yearbook.model.Figure;

/**
 * indicators-&lt;year&gt;.csv for downstream systems: one row per compiled figure. UTF-8 with a BOM
 * and CRLF line ends because the office opens it in Excel, which otherwise guesses GBK;
 * RFC 4180 quoting. Numbers are plain (no thousands separator), rounded half-up to the
 * catalog's decimals; 同比 to 2 decimals with its unit (% for flows and stocks, 百分点 for rates).
 */
public final class IndicatorsCsv {
    static final List<String> HEADER = List.of("年份", "单位代码", "单位名称", "指标代码", "指标名称", "数值", "计量单位",
            "上年同期", "同比", "同比单位", "数据不完整", "含约数", "可比");
    private static final String BOM = "\uFEFF";
    private static final String CRLF = "\r\n";

    public void write(YearReport report, Path file) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(BOM);
            w.write(line(HEADER.stream().map(IndicatorsCsv::text).toList()));
            for (Figure f : new ReportOrder(report).sortedFigures()) w.write(line(row(report, f)));
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入 " + file, e);
        }
    }

    private static List<String> row(YearReport report, Figure f) {
        Indicator i = report.catalog().get(f.indicatorCode());
        boolean rate = i.kind() == IndicatorKind.RATE;
        return List.of(
                Integer.toString(f.year()),
                text(f.unitCode()),
                text(report.units().nameOf(f.unitCode())),
                text(i.code()),
                text(i.name()),
                number(f.value(), i.decimals()),
                text(i.unit()),
                number(f.prior(), i.decimals()),
                number(f.growth(), 2),
                f.growth() == null ? "" : (rate ? "百分点" : "%"),
                yesNo(f.incomplete()),
                yesNo(f.approximate()),
                yesNo(f.comparable()));
    }

    private static String number(BigDecimal v, int decimals) {
        return FigureFormat.plain(v, decimals);
    }

    private static String yesNo(boolean b) {
        return b ? "是" : "否";
    }

    /**
     * A text field, defused: Excel runs a cell that starts with = + - @ (or a tab or CR, which it
     * strips first) as a formula, so a unit or file name such as =HYPERLINK(…) gets a leading '.
     * Only text fields pass here; numbers may legitimately start with -.
     */
    static String text(String s) {
        if (s == null || s.isEmpty()) return "";
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }

    /** RFC 4180: a field with a comma, quote, CR or LF is quoted, its quotes doubled. */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\r') < 0 && field.indexOf('\n') < 0)
            return field;
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private static String line(List<String> fields) {
        return String.join(",", fields.stream().map(IndicatorsCsv::quote).toList()) + CRLF;
    }
}

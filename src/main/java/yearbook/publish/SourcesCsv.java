package yearbook.publish;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import yearbook.catalog.Indicator;

/**
 * sources-&lt;year&gt;.csv: every reported cell behind the figures, for a year too large for the
 * summary workbook's 数据来源 sheet (a city's 24,000 workbooks give about a million rows, which a sheet
 * can neither hold comfortably nor be built in memory). Same CSV conventions as indicators-&lt;year&gt;.csv.
 */
final class SourcesCsv {
    private static final String CRLF = "\r\n";

    void write(YearReport report, Path file) {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            w.write(line(List.of("年份", "单位代码", "单位名称", "指标代码", "指标名称", "文件", "报告期", "工作表", "单元格", "数值")));
            String year = Integer.toString(report.year());
            // Names looked up once per unit and indicator, the line built in one buffer: a million lines
            Map<String, String> unitNames = new HashMap<>();
            Map<String, String> indicatorNames = new HashMap<>();
            StringBuilder b = new StringBuilder(256);
            report.lineage().forEach(s -> {
                String unit = unitNames.computeIfAbsent(s.unitCode(),
                        u -> IndicatorsCsv.quote(IndicatorsCsv.text(report.units().nameOf(u))));
                String name = indicatorNames.computeIfAbsent(s.indicatorCode(), c -> IndicatorsCsv.quote(IndicatorsCsv.text(
                        report.catalog().byCode(c).map(Indicator::name).orElse(c))));
                b.setLength(0);
                b.append(year).append(',').append(IndicatorsCsv.quote(IndicatorsCsv.text(s.unitCode()))).append(',')
                        .append(unit).append(',').append(IndicatorsCsv.quote(s.indicatorCode())).append(',')
                        .append(name).append(',').append(IndicatorsCsv.quote(IndicatorsCsv.text(s.fileName()))).append(',')
                        .append(IndicatorsCsv.quote(nz(s.period()))).append(',').append(IndicatorsCsv.quote(nz(s.sheet())))
                        .append(',').append(IndicatorsCsv.quote(nz(s.cell()))).append(',')
                        .append(IndicatorsCsv.quote(s.value() == null ? "" : s.value().toPlainString())).append(CRLF);
                try {
                    w.append(b);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("无法写入 " + file, e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : IndicatorsCsv.text(s);
    }

    private static String line(List<String> fields) {
        return String.join(",", fields.stream().map(IndicatorsCsv::quote).toList()) + CRLF;
    }
}

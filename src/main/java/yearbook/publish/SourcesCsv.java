package yearbook.publish;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
            report.lineage().forEach(s -> {
                String name = report.catalog().byCode(s.indicatorCode()).map(Indicator::name).orElse(s.indicatorCode());
                try {
                    w.write(line(List.of(year, IndicatorsCsv.text(s.unitCode()),
                            IndicatorsCsv.text(report.units().nameOf(s.unitCode())), s.indicatorCode(), IndicatorsCsv.text(name),
                            IndicatorsCsv.text(s.fileName()), nz(s.period()), nz(s.sheet()), nz(s.cell()),
                            s.value() == null ? "" : s.value().toPlainString())));
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

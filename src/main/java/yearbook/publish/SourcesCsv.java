package yearbook.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * sources-&lt;year&gt;.csv: every reported cell behind the figures, for a year too large
 * for the summary workbook's 数据来源 sheet (a city's 24,000 workbooks give about a million
 * rows, which a sheet can neither hold comfortably nor be built in memory). Same CSV
 * conventions as indicators-&lt;year&gt;.csv; the lines are {@link SourceLines}'.
 */
final class SourcesCsv {

    static final List<String> HEADER = List.of("年份", "单位代码", "单位名称", "指标代码", "指标名称", "文件", "报告期", "工作表", "单元格", "数值");

    /** Writes the file; how many sources it lists. */
    long write(YearReport report, Path file) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            String head = "\uFEFF" + String.join(",", HEADER.stream().map(IndicatorsCsv::quote).toList()) + "\r\n";
            out.write(head.getBytes(StandardCharsets.UTF_8));
            return report.lineage().write(new SourceLines(report), out);
        }
        catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("无法写入 " + file,
                    e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
        }
    }

}

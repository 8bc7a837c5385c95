package yearbook.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The published files of a year's last good run (output/&lt;year&gt;/). A download names
 * a file; the name is looked up among the files listed, never joined to a path, so "../"
 * leads nowhere.
 */
public class OutputFiles {

    private final Path outputRoot;

    public OutputFiles(Path outputRoot) {
        this.outputRoot = outputRoot;
    }

    public record Output(String name, long size, String what) {
    }

    public List<Output> list(int year) {
        Path dir = outputRoot.resolve(Integer.toString(year));
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile)
                .map(p -> new Output(p.getFileName().toString(), size(p), what(p.getFileName().toString())))
                .sorted(Comparator.comparing(Output::name))
                .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("无法列出输出目录 " + dir, e);
        }
    }

    public Optional<Path> find(int year, String name) {
        Path dir = outputRoot.resolve(Integer.toString(year));
        return list(year).stream().filter(o -> o.name().equals(name)).findFirst().map(o -> dir.resolve(o.name()));
    }

    public Optional<Path> validationReport(int year) {
        return find(year, "validation-" + year + ".xlsx");
    }

    static String what(String name) {
        if (name.startsWith("summary-") && name.endsWith(".pdf")) {
            return "领导用汇编 PDF";
        }
        if (name.startsWith("summary-")) {
            return "统计站工作簿";
        }
        if (name.startsWith("indicators-")) {
            return "指标 CSV(供其他系统)";
        }
        if (name.startsWith("validation-")) {
            return "审核意见(全部单位)";
        }
        if (name.startsWith("narrative-")) {
            return "年度总结数据句";
        }
        if (name.startsWith("sources-")) {
            return "全部来源单元格 CSV";
        }
        return "";
    }

    static String contentType(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (n.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (n.endsWith(".xls")) {
            return "application/vnd.ms-excel";
        }
        if (n.endsWith(".csv")) {
            return "text/csv; charset=UTF-8";
        }
        if (n.endsWith(".md")) {
            return "text/markdown; charset=UTF-8";
        }
        return "application/octet-stream";
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        }
        catch (IOException e) {
            return -1;
        }
    }

}

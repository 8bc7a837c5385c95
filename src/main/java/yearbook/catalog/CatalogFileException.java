package yearbook.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The catalog or the registry file cannot be used as written: which file, and every
 * mistake in it with its line (catalog.yaml 第 57 行: 比率指标 SAF_X 缺少 numerator), on one
 * line. A configuration problem the office fixes in the file (exit 2), never a stack
 * trace.
 */
public class CatalogFileException extends IllegalArgumentException {

    /** Beyond this many, the rest are counted, not listed: the line stays readable. */
    private static final int LISTED = 20;

    private final transient Path file;

    private final List<ConfigProblems.Problem> problems;

    CatalogFileException(String what, Path file, List<ConfigProblems.Problem> problems) {
        super(text(what, file, problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    private static String text(String what, Path file, List<ConfigProblems.Problem> problems) {
        String name = file.getFileName().toString();
        String listed = problems.stream()
            .limit(LISTED)
            .map(p -> name + (p.line() > 0 ? " 第 " + p.line() + " 行" : "") + ": " + p.text())
            .collect(Collectors.joining(";"));
        String more = problems.size() > LISTED ? ";另有 " + (problems.size() - LISTED) + " 处" : "";
        return what + " " + file + " 有误" + (problems.size() > 1 ? "(共 " + problems.size() + " 处)" : "") + " — " + listed
                + more + "。请改正该文件后重新运行。(" + problems.size() + " error(s) in " + name + ")";
    }

    public Path file() {
        return file;
    }

    /** The line of the first mistake, 1-based; 0 when it is not at one line. */
    public int line() {
        return problems.isEmpty() ? 0 : problems.get(0).line();
    }

    /** Every mistake, as the office reads it: "第 57 行: 比率指标 SAF_X 缺少 numerator". */
    public List<String> problems() {
        return problems.stream().map(p -> (p.line() > 0 ? "第 " + p.line() + " 行: " : "") + p.text()).toList();
    }

}

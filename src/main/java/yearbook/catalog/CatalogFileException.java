package yearbook.catalog;

import java.nio.file.Path;

/**
 * The catalog or the registry file cannot be used as written: which file, which line, what is
 * wrong. A configuration problem the office fixes in the file (exit 2), never a stack trace.
 */
public class CatalogFileException extends IllegalArgumentException {
    private final transient Path file;
    private final int line;

    public CatalogFileException(String what, Path file, int line, String problem, Throwable cause) {
        super(what + " " + file + (line > 0 ? " 第 " + line + " 行" : "") + "有误: " + problem
                + "。请改正该文件后重新运行。(error in " + file.getFileName() + (line > 0 ? " at line " + line : "") + ")", cause);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** 1-based; 0 when the problem is not at one line. */
    public int line() {
        return line;
    }
}

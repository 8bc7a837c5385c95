package yearbook.job;

import java.net.ConnectException;
import java.nio.file.FileAlreadyExistsException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * One line for a person from a failure's exception chain: the outermost Chinese message
 * (what we were doing), with the innermost cause in brackets; a lost database or a full
 * disk said in Chinese, since their own texts are English.
 */
public final class FailureText {

    private FailureText() {
    }

    public static String of(Throwable e) {
        String chinese = null;
        Throwable root = e;
        boolean database = false;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            root = t;
            if (chinese == null && t.getMessage() != null && t.getMessage().matches("(?s).*\\p{IsHan}.*")
                    && !wrapper(t)) {
                chinese = t.getMessage();
            }
            database |= lostDatabase(t);
        }
        String detail = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (root instanceof FileAlreadyExistsException) {
            detail = "“" + detail + "”已存在且不是文件夹";
        }
        if (detail.contains("No space left on device")) {
            detail = "磁盘空间已满 (No space left on device)";
        }
        String text;
        if (database) {
            text = "数据库连接中断或无法连接,作业已停止;请确认数据库正在运行后重新运行同一命令,将从中断的阶段继续。(" + detail + ")";
        }
        else if (chinese != null && !chinese.equals(detail)) {
            text = chinese + "(" + detail + ")";
        }
        else {
            text = detail;
        }
        String line = text.lines().map(String::strip).reduce((a, b) -> a + " " + b).orElse(text);
        return line.length() > 400 ? line.substring(0, 400) + "…" : line;
    }

    /**
     * Spring's wrappers ("Error creating bean with name …") repeat the cause's Chinese
     * message inside their own: the cause says it without the bean names.
     */
    private static boolean wrapper(Throwable t) {
        Throwable c = t.getCause();
        return c != null && c != t && c.getMessage() != null && c.getMessage().matches("(?s).*\\p{IsHan}.*")
                && t.getMessage().contains(c.getMessage());
    }

    /**
     * Connection refused, the server shut down, the pool timed out: SQL state class 08 or
     * 57P.
     */
    private static boolean lostDatabase(Throwable t) {
        if (t instanceof ConnectException || t instanceof SQLTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException s && s.getSQLState() != null) {
            return s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P");
        }
        return false;
    }

}

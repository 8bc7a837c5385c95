package yearbook.cli;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.boot.context.properties.bind.BindException;
import yearbook.catalog.CatalogFileException;
import yearbook.system.ConfigNotFoundException;
import yearbook.system.DataFolderException;
import yearbook.system.DatabaseStartException;

/**
 * The failures of starting up, said by what is wrong and what to do (no configuration
 * found, an error in the catalog, a setting of the wrong form, the database cannot start,
 * a port is taken, the data folder cannot be written), wherever they sit in the cause
 * chain that Spring wraps them in — never by bean names.
 */
final class StartupFailures {

    /** What the console shows: one line, and the exit code. */
    record Line(int exit, String text) {
    }

    private StartupFailures() {
    }

    static Optional<Line> of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConfigNotFoundException || t instanceof CatalogFileException) {
                return Optional.of(new Line(ExitCode.USAGE, "配置错误 (configuration): " + t.getMessage()));
            }
            if (t instanceof BindException bind) {
                return Optional.of(new Line(ExitCode.USAGE, "配置错误 (configuration): " + Settings.wrong(bind)));
            }
            if (t instanceof DataFolderException || t instanceof DatabaseStartException) {
                return Optional.of(new Line(ExitCode.FAILED, "无法启动 (cannot start): " + t.getMessage()));
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("28")) {
                return Optional
                    .of(new Line(ExitCode.FAILED, "失败 (failed): 数据库拒绝了登录(用户名或密码不对:" + firstLine(sql.getMessage())
                            + ")。请检查 YEARBOOK_DB_USER 和 YEARBOOK_DB_PASSWORD。(database login refused)"));
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof SQLException sql
                    && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return Optional.of(new Line(ExitCode.FAILED, "失败 (failed): 无法连接数据库服务器(" + firstLine(t.getMessage())
                        + ")。请确认数据库服务器正在运行、网络可达,以及 YEARBOOK_DB_URL(spring.datasource.url)设置正确。(database unreachable)"));
            }
            Integer port = portInUse(t);
            if (port != null) {
                return Optional.of(new Line(ExitCode.FAILED, "无法启动 (cannot start): 端口" + (port > 0 ? " " + port : "")
                        + " 已被占用,另一个程序(或另一个 yearbook)正在使用它。请关闭那个程序,或换一个端口"
                        + "(schedule 的 --management-port,或 --server.port=…、--management.server.port=…)。(port in use)"));
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("").strip();
    }

    /**
     * The port of a web server that could not bind (Spring Boot's PortInUseException, or
     * a BindException under its WebServerException), -1 when the port is not known; null
     * otherwise. Matched by name: the web server classes are on the class path only with
     * a web starter.
     */
    private static Integer portInUse(Throwable t) {
        String name = t.getClass().getName();
        if (name.equals("org.springframework.boot.web.server.PortInUseException")) {
            try {
                return (Integer) t.getClass().getMethod("getPort").invoke(t);
            }
            catch (ReflectiveOperationException | ClassCastException e) {
                return -1;
            }
        }
        // named in full: clash (Spring's BindException is imported)
        if (t instanceof java.net.BindException) {
            return -1;
        }
        return null;
    }

}

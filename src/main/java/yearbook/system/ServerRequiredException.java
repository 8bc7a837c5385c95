package yearbook.system;

/**
 * Remote workers were asked for with the embedded database: its folder is held by one
 * process, so workers on other processes or machines cannot reach it. They need a
 * PostgreSQL server.
 */
public class ServerRequiredException extends RuntimeException {

    public ServerRequiredException() {
        super("工作进程(yearbook.workers.enabled / worker 命令)需要 PostgreSQL 服务器:嵌入式数据库只能由一个进程使用,"
                + "请设置 YEARBOOK_DB_URL(及 YEARBOOK_DB_USER、YEARBOOK_DB_PASSWORD)后再运行。");
    }

}

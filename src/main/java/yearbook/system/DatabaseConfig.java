package yearbook.system;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The database: the PostgreSQL server named by spring.datasource.url (or
 * YEARBOOK_DB_URL), or, when none is configured, a real PostgreSQL started by the program
 * itself, keeping its files under the working directory so that next year's run finds
 * this year's figures. Both go through HikariCP.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

    /**
     * Holds the embedded server, if one was started, so that it is stopped with the
     * context.
     */
    public static final class EmbeddedServer implements AutoCloseable {

        private final EmbeddedPostgres postgres;

        EmbeddedServer(EmbeddedPostgres postgres) {
            this.postgres = postgres;
        }

        public boolean running() {
            return postgres != null;
        }

        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }

    }

    @Bean(destroyMethod = "close")
    EmbeddedServer embeddedServer(Environment env, YearbookProperties props) {
        if (!configuredUrl(env).isBlank()) {
            return new EmbeddedServer(null);
        }
        // Its folder is locked by this process: workers elsewhere could never reach it.
        if (props.workers().enabled()) {
            throw new ServerRequiredException();
        }
        Path dir = props.embeddedDbDir().toAbsolutePath();
        writableFolder(dir);
        try (Closeable starting = FolderStartLock.take(dir)) {
            StalePostmaster.stopIfOrphaned(dir);
            long t0 = System.nanoTime();
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                // A city year loads 2.7 million rows in minutes: more cache than the 128
                // MB default, and fewer checkpoints during the bulk loads (a checkpoint
                // every 1 GB of WAL wrote the same pages again).
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("max_wal_size", "4GB")
                .start();
            log.info("嵌入式 PostgreSQL 已启动 (embedded PostgreSQL started): {} in {} ms, port {}", dir,
                    (System.nanoTime() - t0) / 1_000_000, pg.getPort());
            return new EmbeddedServer(pg);
        }
        catch (IOException | RuntimeException e) {
            if (e instanceof DatabaseInUseException busy) {
                throw busy;
            }
            log.error("嵌入式 PostgreSQL 启动失败 (embedded PostgreSQL did not start) in {}", dir, e);
            throw new DatabaseStartException("数据库无法启动: 嵌入式 PostgreSQL 在数据文件夹 " + dir + " 未能启动(" + e.getMessage()
                    + "),PostgreSQL 自己的说明见日志 "
                    + Path.of(System.getProperty("LOG_FILE", "logs/yearbook.log")).toAbsolutePath()
                    + "。若该文件夹不是 yearbook 建的或已损坏,请用 --yearbook.embedded-db-dir=新文件夹 另选一处。(the database cannot start)",
                    e);
        }
    }

    /**
     * The embedded database's folder, made if need be, and proved writable before
     * PostgreSQL is asked to use it.
     */
    private static void writableFolder(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".yearbook-write", ".tmp");
            Files.delete(probe);
        }
        catch (IOException e) {
            String reason = e instanceof AccessDeniedException ? "没有写权限"
                    : e instanceof FileAlreadyExistsException ? "同名文件已存在,不是文件夹"
                            : e.getMessage() != null && e.getMessage().contains("Not a directory") ? "路径中有一段是文件而不是文件夹"
                                    : e.getMessage() != null && e.getMessage().contains("No space left") ? "磁盘已满"
                                            : e.getMessage() != null && e.getMessage().contains("Read-only") ? "只读文件系统"
                                                    : String.valueOf(e.getMessage());
            throw new DataFolderException(dir, reason, e);
        }
    }

    @Bean(destroyMethod = "close")
    LostDatabaseGuard dataSource(Environment env, EmbeddedServer server, YearbookProperties props) {
        HikariConfig c = new HikariConfig();
        c.setPoolName("yearbook");
        String url = configuredUrl(env);
        if (url.isBlank()) {
            c.setJdbcUrl(server.postgres.getJdbcUrl("postgres", "postgres"));
            c.setUsername("postgres");
        }
        else {
            c.setJdbcUrl(url);
            c.setUsername(env.getProperty("spring.datasource.username", env.getProperty("YEARBOOK_DB_USER", "")));
            c.setPassword(env.getProperty("spring.datasource.password", env.getProperty("YEARBOOK_DB_PASSWORD", "")));
        }
        // Batched inserts (observations, days, findings) as multi-row statements: fewer
        // round trips.
        c.addDataSourceProperty("reWriteBatchedInserts", "true");
        c.setMaximumPoolSize(env.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 8));
        // How long a run waits for a lost database before it fails: 10 s, once
        // (LostDatabaseGuard tells the rest of the run at once), so a killed database
        // fails the run well within 30 s.
        c.setConnectionTimeout(env.getProperty("spring.datasource.hikari.connection-timeout", Long.class, 10_000L));
        // A server that stops answering (not only one that closes the connection) ends a
        // statement too; the longest legitimate statement (a city year's compile) takes
        // seconds.
        c.addDataSourceProperty("connectTimeout", "10");
        c.addDataSourceProperty("socketTimeout", Integer.toString(props.dbSocketTimeoutSeconds()));
        c.addDataSourceProperty("tcpKeepAlive", "true");
        return new LostDatabaseGuard(new HikariDataSource(c), Duration.ofSeconds(30));
    }

    private static String configuredUrl(Environment env) {
        return env.getProperty("spring.datasource.url", env.getProperty("YEARBOOK_DB_URL", ""));
    }

}

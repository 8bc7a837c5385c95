package yearbook.system;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The database: the PostgreSQL server named by spring.datasource.url (or YEARBOOK_DB_URL), or, when
 * none is configured, a real PostgreSQL started by the program itself, keeping its files under the
 * working directory so that next year's run finds this year's figures. Both go through HikariCP.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfig {
    private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

    /** Holds the embedded server, if one was started, so that it is stopped with the context. */
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
            if (postgres != null) postgres.close();
        }
    }

    @Bean(destroyMethod = "close")
    EmbeddedServer embeddedServer(Environment env, YearbookProperties props) {
        if (!configuredUrl(env).isBlank()) return new EmbeddedServer(null);
        Path dir = props.embeddedDbDir().toAbsolutePath();
        try {
            Files.createDirectories(dir);
            StalePostmaster.stopIfOrphaned(dir);
            long t0 = System.nanoTime();
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    // A city year loads 2.7 million rows in minutes: more cache than the 128 MB default, and fewer
                    // checkpoints during the bulk loads (a checkpoint every 1 GB of WAL wrote the same pages again).
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("max_wal_size", "4GB")
                    .start();
            log.info("嵌入式 PostgreSQL 已启动 (embedded PostgreSQL started): {} in {} ms, port {}", dir,
                    (System.nanoTime() - t0) / 1_000_000, pg.getPort());
            return new EmbeddedServer(pg);
        } catch (IOException e) {
            throw new UncheckedIOException("无法启动嵌入式 PostgreSQL (cannot start the embedded PostgreSQL) in " + dir
                    + ": " + e.getMessage() + " — 如另一个 yearbook 正在运行,请等待其结束 (is another yearbook run using it?)", e);
        }
    }

    @Bean(destroyMethod = "close")
    LostDatabaseGuard dataSource(Environment env, EmbeddedServer server) {
        HikariConfig c = new HikariConfig();
        c.setPoolName("yearbook");
        String url = configuredUrl(env);
        if (url.isBlank()) {
            c.setJdbcUrl(server.postgres.getJdbcUrl("postgres", "postgres"));
            c.setUsername("postgres");
        } else {
            c.setJdbcUrl(url);
            c.setUsername(env.getProperty("spring.datasource.username", env.getProperty("YEARBOOK_DB_USER", "")));
            c.setPassword(env.getProperty("spring.datasource.password", env.getProperty("YEARBOOK_DB_PASSWORD", "")));
        }
        // Batched inserts (observations, days, findings) as multi-row statements: fewer round trips.
        c.addDataSourceProperty("reWriteBatchedInserts", "true");
        c.setMaximumPoolSize(env.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 8));
        // How long a run waits for a lost database before it fails: 10 s, once (LostDatabaseGuard tells the
        // rest of the run at once), so a killed database fails the run well within 30 s.
        c.setConnectionTimeout(env.getProperty("spring.datasource.hikari.connection-timeout", Long.class, 10_000L));
        // A server that stops answering (not only one that closes the connection) ends a statement too; the
        // longest legitimate statement (a city year's compile) takes seconds.
        c.addDataSourceProperty("connectTimeout", "10");
        c.addDataSourceProperty("socketTimeout", env.getProperty("yearbook.db-socket-timeout-seconds", "600"));
        c.addDataSourceProperty("tcpKeepAlive", "true");
        return new LostDatabaseGuard(new HikariDataSource(c), java.time.Duration.ofSeconds(30));
    }

    private static String configuredUrl(Environment env) {
        return env.getProperty("spring.datasource.url", env.getProperty("YEARBOOK_DB_URL", ""));
    }
}

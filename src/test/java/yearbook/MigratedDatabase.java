package yearbook;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL (embedded) with the program's schema migrated by Flyway, for the
 * tests of one class:
 * {@code @RegisterExtension static final MigratedDatabase db = new MigratedDatabase();}.
 * It is started before the class's {@code @BeforeAll} methods run and stopped after the
 * class.
 */
public final class MigratedDatabase implements BeforeAllCallback, AfterAllCallback {

    private EmbeddedPostgres server;

    private DataSource dataSource;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server = EmbeddedPostgres.builder().start();
        dataSource = server.getPostgresDatabase();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (server != null) {
            server.close();
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

}

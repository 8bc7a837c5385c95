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

    /**
     * The next free observation id of the submission given as its one parameter, for
     * fixtures that insert observations a row at a time: ids are numbered within their
     * submission (ObservationId), as the read store does.
     */
    public static final String NEXT_OBSERVATION_ID = """
            (select coalesce(max(o.id) + 1, first_observation_id(p.s))
             from (select ?::bigint as s) p
             left join observation o on o.id >= first_observation_id(p.s) and o.id < first_observation_id(p.s + 1)
             group by p.s)""";

    public DataSource dataSource() {
        return dataSource;
    }

}

package yearbook.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.junit.jupiter.api.Test;

/** The console is told before an office's database is upgraded, and only then. */
class SchemaUpgradeTest {

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    /** What the console held when Flyway began to migrate. */
    private final AtomicReference<String> saidBeforeMigrating = new AtomicReference<>();

    @Test
    void anOlderDatabaseIsAnnouncedThenUpgraded() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            DataSource ds = pg.getPostgresDatabase();
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("16").load().migrate();
            Flyway flyway = flyway(ds);

            String said = migrate(flyway);

            assertThat(said.lines().filter(SchemaUpgrade.UPGRADING::equals)).hasSize(1);
            assertThat(saidBeforeMigrating.get()).contains(SchemaUpgrade.UPGRADING);
            assertThat(flyway.info().pending()).isEmpty();
            assertThat(flyway.info().current().getVersion().getVersion()).isEqualTo("17");
        }
    }

    @Test
    void aNewDatabaseOrAnUpToDateOneIsNot() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            Flyway flyway = flyway(pg.getPostgresDatabase());

            String created = migrate(flyway);
            String again = migrate(flyway);

            assertThat(saidBeforeMigrating.get()).isNotNull();
            assertThat(created).doesNotContain(SchemaUpgrade.UPGRADING);
            assertThat(again).doesNotContain(SchemaUpgrade.UPGRADING);
            assertThat(flyway.info().pending()).isEmpty();
        }
    }

    private Flyway flyway(DataSource ds) {
        Callback snapshot = new Callback() {
            @Override
            public boolean supports(Event event, Context context) {
                return event == Event.BEFORE_MIGRATE;
            }

            @Override
            public boolean canHandleInTransaction(Event event, Context context) {
                return true;
            }

            @Override
            public void handle(Event event, Context context) {
                saidBeforeMigrating.set(console.toString(StandardCharsets.UTF_8));
            }

            @Override
            public String getCallbackName() {
                return "console snapshot";
            }
        };
        return Flyway.configure().dataSource(ds).locations("classpath:db/migration").callbacks(snapshot).load();
    }

    /** Runs the program's migration strategy; returns what it printed. */
    private String migrate(Flyway flyway) {
        console.reset();
        PrintStream before = System.out;
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        try {
            new SchemaUpgrade().announcedMigration().migrate(flyway);
        }
        finally {
            System.setOut(before);
        }
        return console.toString(StandardCharsets.UTF_8);
    }

}

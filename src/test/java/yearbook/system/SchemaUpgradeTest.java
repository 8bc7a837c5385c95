package yearbook.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The console is told before an office's database is upgraded, and only then. */
class SchemaUpgradeTest {

    @Test
    void anOlderDatabaseIsAnnouncedThenUpgraded() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            DataSource ds = pg.getPostgresDatabase();
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("16").load().migrate();
            Flyway flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration").load();

            String said = console(() -> new SchemaUpgrade().announcedMigration().migrate(flyway));

            // (the test's console also carries Flyway's log lines)
            assertThat(said.lines().filter(SchemaUpgrade.UPGRADING::equals)).hasSize(1);
            assertThat(said.indexOf(SchemaUpgrade.UPGRADING)).isLessThan(said.indexOf("Migrating schema"));
            assertThat(flyway.info().pending()).isEmpty();
            assertThat(flyway.info().current().getVersion().getVersion()).isEqualTo("17");
        }
    }

    @Test
    void aNewDatabaseOrAnUpToDateOneIsNot() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            Flyway flyway = Flyway.configure()
                .dataSource(pg.getPostgresDatabase())
                .locations("classpath:db/migration")
                .load();

            String created = console(() -> new SchemaUpgrade().announcedMigration().migrate(flyway));
            String again = console(() -> new SchemaUpgrade().announcedMigration().migrate(flyway));

            assertThat(created).contains("Migrating schema").doesNotContain(SchemaUpgrade.UPGRADING);
            assertThat(again).doesNotContain(SchemaUpgrade.UPGRADING);
            assertThat(flyway.info().pending()).isEmpty();
        }
    }

    private static String console(Runnable r) {
        PrintStream before = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            r.run();
        }
        finally {
            System.setOut(before);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

}

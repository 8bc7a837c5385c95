package yearbook.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import yearbook.model.ObservationId;

/**
 * An office that stored years before migration V17 keeps them: its observations are
 * renumbered within their submissions, their lineage follows them, and a submission's
 * observations are found and deleted by their range of ids.
 */
class ObservationIdsMigrationTest {

    private static EmbeddedPostgres server;

    private static JdbcClient jdbc;

    private static long first;

    private static long second;

    @BeforeAll
    static void storeAYearBeforeV17ThenMigrate() throws Exception {
        server = EmbeddedPostgres.builder().start();
        var ds = server.getPostgresDatabase();
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("16").load().migrate();
        jdbc = JdbcClient.create(ds);
        jdbc.sql("insert into received_file (sha256, size_bytes, content) values (repeat('a', 64), 1, '\\x00')")
            .update();
        first = submission("横河社区.xlsx");
        second = submission("尖沟头社区.xlsx");
        // old ids from the sequence, the two files' rows interleaved, and numbered where
        // the new ids of the first submission fall: renumbering must not meet itself
        jdbc.sql("select setval('observation_id_seq', ?)").param(ObservationId.of(first, 0) - 1).query().rowSet();
        for (int k = 0; k < 3; k++) {
            observation(first, "HENGHE", "D" + (10 + k), 10 + k);
            observation(second, "JIANGOUTOU", "D" + (10 + k), 20 + k);
        }
        long figure = jdbc.sql("""
                insert into figure (year, unit_code, indicator_code, value) values (2022, 'HENGHE', 'X', 33)
                returning id""").query(Long.class).single();
        jdbc.sql("""
                insert into figure_source select ?, id from observation where submission_id = ? and cell <> 'D11'""")
            .params(figure, first)
            .update();
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void eachSubmissionsObservationsAreNumberedFromItsFirstIdInTheirOldOrder() {
        assertThat(cellsById(first)).containsExactly(ObservationId.of(first, 0) + " D10",
                ObservationId.of(first, 1) + " D11", ObservationId.of(first, 2) + " D12");
        assertThat(cellsById(second)).containsExactly(ObservationId.of(second, 0) + " D10",
                ObservationId.of(second, 1) + " D11", ObservationId.of(second, 2) + " D12");
    }

    @Test
    void lineageStillNamesTheSameCells() {
        assertThat(jdbc.sql("""
                select o.unit_code || ' ' || o.cell || ' ' || o.value from figure_source fs
                join observation o on o.id = fs.observation_id order by o.cell""").query(String.class).list())
            .containsExactly("HENGHE D10 10", "HENGHE D12 12");
    }

    @Test
    void theSubmissionIndexIsGoneAndAnIdMustBeGiven() {
        assertThat(jdbc.sql("select count(*) from pg_indexes where tablename = 'observation'")
            .query(Integer.class)
            .single()).isEqualTo(1);
        assertThatThrownBy(() -> jdbc.sql("""
                insert into observation (submission_id, indicator_code) values (?, 'X')""").param(first).update())
            .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void deletingASubmissionDeletesItsRangeAndTheLineageOfIt() {
        long third = submission("高店社区.xlsx");
        jdbc.sql("insert into observation (id, submission_id, indicator_code, value) values (?, ?, 'X', 1)")
            .params(ObservationId.of(third, 0), third)
            .update();
        long figure = jdbc.sql("""
                insert into figure (year, unit_code, indicator_code, value) values (2022, 'GAODIAN', 'X', 1)
                returning id""").query(Long.class).single();
        jdbc.sql("insert into figure_source values (?, ?)").params(figure, ObservationId.of(third, 0)).update();

        jdbc.sql("delete from submission where id = ?").param(third).update();

        assertThat(jdbc.sql("select count(*) from observation where submission_id = ?")
            .param(third)
            .query(Integer.class)
            .single()).isZero();
        assertThat(jdbc.sql("select count(*) from figure_source where figure_id = ?")
            .param(figure)
            .query(Integer.class)
            .single()).isZero();
        assertThat(cellsById(first)).hasSize(3);
        assertThat(cellsById(second)).hasSize(3);
    }

    private static List<String> cellsById(long submission) {
        return jdbc.sql("select id || ' ' || cell from observation where submission_id = ? order by id")
            .param(submission)
            .query(String.class)
            .list();
    }

    private static long submission(String name) {
        return jdbc.sql("""
                insert into submission (year, file_name, sha256, received_at, status, kind)
                values (2022, ?, repeat('a', 64), now(), 'ACCEPTED', 'REPORT') returning id""")
            .param(name)
            .query(Long.class)
            .single();
    }

    private static void observation(long submission, String unit, String cell, int value) {
        jdbc.sql("""
                insert into observation (submission_id, unit_code, period, indicator_code, value, sheet, cell)
                values (?, ?, '2022', 'X', ?, '表1', ?)""").params(submission, unit, value, cell).update();
    }

}

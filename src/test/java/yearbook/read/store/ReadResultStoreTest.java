package yearbook.read.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import yearbook.MigratedDatabase;
import yearbook.collect.SubmissionStatus;
import yearbook.model.AirQualityDay;
import yearbook.model.CellRef;
import yearbook.model.Observation;
import yearbook.model.Period;
import yearbook.model.Pollutant;
import yearbook.read.ReadResult;
import yearbook.read.ResultStore;

/**
 * Observations and a station's days are COPYed without a row-by-row foreign key check
 * (migrations V13 and V14), on a real PostgreSQL with the project's migrations: a file's
 * rows are stored only with a submission that exists (else nothing of the group is
 * stored), and deleting submissions still deletes their rows, and only theirs.
 */
class ReadResultStoreTest {

    @RegisterExtension
    static final MigratedDatabase db = new MigratedDatabase();

    private JdbcClient jdbc;

    private ReadResultStore store;

    private TransactionTemplate tx;

    @BeforeEach
    void clean() {
        DataSource ds = db.dataSource();
        jdbc = JdbcClient.create(ds);
        jdbc.sql("delete from submission").update();
        jdbc.sql("delete from received_file").update();
        store = new ReadResultStore(jdbc, new JdbcTemplate(ds));
        tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        jdbc.sql("insert into received_file (sha256, size_bytes, content) values (?, 3, ?)")
            .params("a".repeat(64), new byte[] { 1, 2, 3 })
            .update();
    }

    private long submission(String fileName) {
        return jdbc.sql("""
                insert into submission (year, file_name, sha256, received_at, status)
                values (2022, ?, ?, now(), 'RECEIVED') returning id""")
            .params(fileName, "a".repeat(64))
            .query(Long.class)
            .single();
    }

    private static ResultStore.Read report(long submissionId, int rows) {
        Period march = Period.parseCode("2022-03");
        List<Observation> obs = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            obs.add(new Observation("U1", march, "ECO" + i, BigDecimal.valueOf(i), null, false, false,
                    CellRef.of("统计报表", 7 + i, 3), Integer.toString(i), null));
        }
        return new ResultStore.Read(submissionId,
                new ReadResult.Report("统计报表", "U1", march, null, List.copyOf(obs), List.of()));
    }

    private static ResultStore.Read station(long submissionId, int days) {
        List<AirQualityDay> rows = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            rows.add(new AirQualityDay("S1", LocalDate.of(2022, 1, 1).plusDays(i),
                    Map.of(Pollutant.PM25, BigDecimal.valueOf(30 + i)), null, CellRef.of("日报", 2 + i, 2)));
        }
        return new ResultStore.Read(submissionId, new ReadResult.AirQuality("日报", "S1", rows, List.of()));
    }

    private long days(long submissionId) {
        return jdbc.sql("select count(*) from air_quality_day where submission_id = ?")
            .param(submissionId)
            .query(Long.class)
            .single();
    }

    private long observations(long submissionId) {
        return jdbc.sql("select count(*) from observation where submission_id = ?")
            .param(submissionId)
            .query(Long.class)
            .single();
    }

    @Test
    void deletingSubmissionsDeletesTheirObservationsAndNoOthers() {
        long a = submission("a.xlsx");
        long b = submission("b.xlsx");
        List<SubmissionStatus> statuses = tx.execute(s -> store.saveAll(2022, List.of(report(a, 3), report(b, 2))));
        assertThat(statuses).containsExactly(SubmissionStatus.ACCEPTED, SubmissionStatus.ACCEPTED);
        assertThat(observations(a)).isEqualTo(3);
        assertThat(observations(b)).isEqualTo(2);

        jdbc.sql("delete from submission where id = ?").param(a).update();

        assertThat(observations(a)).isZero();
        assertThat(observations(b)).isEqualTo(2);
    }

    @Test
    void observationsOfASubmissionThatIsGoneAreNotStoredNorAnyOfItsGroup() {
        long a = submission("a.xlsx");
        long gone = submission("gone.xlsx");
        jdbc.sql("delete from submission where id = ?").param(gone).update();

        assertThatThrownBy(() -> tx.execute(s -> store.saveAll(2022, List.of(report(a, 3), report(gone, 2)))))
            .isInstanceOf(DataAccessException.class)
            .hasMessageContaining("no longer exists");

        assertThat(observations(a)).isZero();
        assertThat(observations(gone)).isZero();
        assertThat(jdbc.sql("select status from submission where id = ?").param(a).query(String.class).single())
            .isEqualTo("RECEIVED");
    }

    @Test
    void deletingSubmissionsDeletesTheirDaysAndNoOthers() {
        long a = submission("a.xlsx");
        long b = submission("b.xlsx");
        tx.execute(s -> store.saveAll(2022, List.of(station(a, 4), station(b, 3))));
        assertThat(days(a)).isEqualTo(4);
        assertThat(days(b)).isEqualTo(3);

        jdbc.sql("delete from submission where id = ?").param(a).update();

        assertThat(days(a)).isZero();
        assertThat(days(b)).isEqualTo(3);
    }

    @Test
    void daysOfASubmissionThatIsGoneAreNotStoredNorAnyOfItsGroup() {
        long a = submission("a.xlsx");
        long gone = submission("gone.xlsx");
        jdbc.sql("delete from submission where id = ?").param(gone).update();

        assertThatThrownBy(() -> tx.execute(s -> store.saveAll(2022, List.of(station(a, 2), station(gone, 2)))))
            .isInstanceOf(DataAccessException.class)
            .hasMessageContaining("no longer exists");

        assertThat(days(a)).isZero();
        assertThat(days(gone)).isZero();
    }

}

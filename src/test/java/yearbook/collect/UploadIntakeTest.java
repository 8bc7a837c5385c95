package yearbook.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import yearbook.MigratedDatabase;
import yearbook.model.CellRef;
import yearbook.model.Observation;
import yearbook.model.Period;
import yearbook.read.ReadResult;
import yearbook.read.store.ReadResultStore;

/** The console's door into the archive stores a file whole or not at all. */
class UploadIntakeTest {

    @RegisterExtension
    static final MigratedDatabase db = new MigratedDatabase();
    static JdbcClient jdbc;
    static UploadIntake intake;

    @BeforeAll
    static void setUp() {
        jdbc = JdbcClient.create(db.dataSource());
        intake = new UploadIntake(jdbc, new TransactionTemplate(new DataSourceTransactionManager(db.dataSource())),
                new ReadResultStore(jdbc, new JdbcTemplate(db.dataSource())));
    }

    private static ReadResult.Report report(String indicator, String value, LocalDate filedOn) {
        Period q1 = Period.quarter(2023, 1);
        return new ReadResult.Report("报表", "HENGHE", q1, filedOn, List.of(new Observation("HENGHE", q1, indicator,
                new BigDecimal(value), null, false, false, new CellRef("报表", "D11"), value, null)), List.of());
    }

    @Test
    void aFailureWhileStoringLeavesNothingBehind() {
        byte[] content = "bytes of a workbook that fails to store".getBytes();
        // an observation without an indicator code breaks the table's not-null rule
        // midway through the transaction
        assertThatThrownBy(() -> intake.store(2023, "上报/henghe/坏.xlsx", content, Instant.now(), "henghe",
                report(null, "1", LocalDate.of(2023, 4, 1))))
            .isInstanceOf(RuntimeException.class);
        assertThat(jdbc.sql("select count(*) from submission where file_name = '上报/henghe/坏.xlsx'")
            .query(Integer.class)
            .single()).isZero();
        assertThat(jdbc.sql("select count(*) from received_file where sha256 = ?")
            .param(InputFolder.sha256(content))
            .query(Integer.class)
            .single()).isZero();
    }

    @Test
    void storedAndReadAtOnceTheLaterFiledOnStandsTheSameBytesAreADuplicate() {
        var a = intake.store(2023, "上报/henghe/a.xlsx", "a".getBytes(), Instant.now(), "henghe",
                report("LIV_NEW_JOBS", "5", LocalDate.of(2023, 4, 1)));
        var b = intake.store(2023, "上报/henghe/b.xlsx", "b".getBytes(), Instant.now(), "henghe",
                report("LIV_NEW_JOBS", "6", LocalDate.of(2023, 4, 9)));
        var c = intake.store(2023, "上报/office/c.xlsx", "a".getBytes(), Instant.now(), "office",
                report("LIV_NEW_JOBS", "5", LocalDate.of(2023, 4, 1)));
        assertThat(a.status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(b.status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(b.replaced()).isEqualTo(1);
        assertThat(c.status()).isEqualTo(SubmissionStatus.DUPLICATE);
        assertThat(c.firstFile()).isEqualTo("上报/henghe/a.xlsx");
        assertThat(jdbc.sql("select status from submission where id = ?")
            .param(a.submissionId())
            .query(String.class)
            .single()).isEqualTo("SUPERSEDED");
        assertThat(jdbc.sql("select count(*) from observation where submission_id = ?")
            .param(b.submissionId())
            .query(Integer.class)
            .single()).isEqualTo(1);
        assertThat(jdbc.sql("select uploaded_by, unit_code, period, filed_on from submission where id = ?")
            .param(b.submissionId())
            .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getDate(4))
            .single()).isEqualTo("henghe HENGHE 2023Q1 2023-04-09");
    }

    @Test
    void anUploadWithTheBytesOfALockFileInTheFolderIsReadNotCalledItsDuplicate() {
        byte[] bytes = "the report's bytes, also in an Excel lock file".getBytes();
        jdbc.sql("""
                insert into received_file (sha256, size_bytes, content) values (?, ?, ?)
                on conflict (sha256) do nothing""")
            .params(InputFolder.sha256(bytes), (long) bytes.length, bytes)
            .update();
        jdbc.sql("""
                insert into submission (year, file_name, sha256, received_at, status)
                values (2024, '横河社区/~$报表.xlsx', ?, now(), 'NOT_SUBMISSION')""")
            .param(InputFolder.sha256(bytes))
            .update();

        var upload = intake.store(2024, "上报/henghe/报表.xlsx", bytes, Instant.now(), "henghe",
                report("LIV_NEW_JOBS", "7", LocalDate.of(2024, 4, 1)));
        assertThat(upload.status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(upload.firstFile()).isNull();
        assertThat(jdbc.sql("select count(*) from observation where submission_id = ?")
            .param(upload.submissionId())
            .query(Integer.class)
            .single()).isEqualTo(1);
    }

}

package yearbook.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import yearbook.MigratedDatabase;

/**
 * The collect stage against a real PostgreSQL (the project's migrations): batches of
 * files, one transaction each; re-running registers nothing twice; the same bytes under
 * another name is a duplicate of the first arrival, across batches and across runs; a run
 * that fails mid-collect leaves whole batches and the next run registers exactly the
 * rest.
 */
class CollectorTest {

    @RegisterExtension
    static final MigratedDatabase db = new MigratedDatabase();

    private static DataSource ds;

    @TempDir
    Path input;

    private JdbcClient jdbc;

    private Collector collector;

    @BeforeAll
    static void start() {
        ds = db.dataSource();
    }

    @BeforeEach
    void clean() {
        jdbc = JdbcClient.create(ds);
        jdbc.sql("delete from submission").update();
        jdbc.sql("delete from received_file").update();
        collector = new Collector(jdbc, new JdbcTemplate(ds),
                new TransactionTemplate(new DataSourceTransactionManager(ds)));
    }

    private Path file(String name, String content) throws Exception {
        Path p = input.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private record Row(long id, String fileName, String status, Long duplicateOf) {
    }

    private List<Row> submissions() {
        return jdbc.sql("select id, file_name, status, duplicate_of from submission where year = 2022 order by id")
            .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4)))
            .list();
    }

    @Test
    void registersEveryFileOnceInNameOrderAndDuplicatesPointToTheFirstArrival() throws Exception {
        file("a社区/2022年1月.xlsx", "January");
        file("a社区/2022年2月.xlsx", "February");
        file("b社区/2022年1月.xlsx", "January"); // same bytes as a社区's January, another name
        file("b社区/2022年2月.xlsx", "b February");
        file("c社区/2022年1月 (1).xlsx", "January"); // and again, in a later batch
        file(".hidden", "not a submission");

        Collector.Outcome first = collector.collect(2022, InputFolder.list(input), 2);
        assertThat(first).isEqualTo(new Collector.Outcome(5, 5, 2));
        List<Row> rows = submissions();
        assertThat(rows).extracting(Row::fileName)
            .containsExactly("a社区/2022年1月.xlsx", "a社区/2022年2月.xlsx", "b社区/2022年1月.xlsx", "b社区/2022年2月.xlsx",
                    "c社区/2022年1月 (1).xlsx");
        long january = rows.get(0).id();
        assertThat(rows).extracting(Row::status)
            .containsExactly("RECEIVED", "RECEIVED", "DUPLICATE", "RECEIVED", "DUPLICATE");
        assertThat(rows).extracting(Row::duplicateOf).containsExactly(null, null, january, null, january);
        assertThat(jdbc.sql("select count(*) from received_file").query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select convert_from(content, 'UTF8') from received_file where sha256 = ?")
            .param(InputFolder.sha256("February".getBytes(StandardCharsets.UTF_8)))
            .query(String.class)
            .single()).isEqualTo("February");

        // again, with a new file of known bytes: only the new file, a duplicate of the
        // first run's file
        file("d社区/2022年2月.xlsx", "February");
        Collector.Outcome second = collector.collect(2022, input);
        assertThat(second).isEqualTo(new Collector.Outcome(6, 1, 1));
        List<Row> after = submissions();
        assertThat(after).hasSize(6);
        assertThat(after.get(5))
            .isEqualTo(new Row(after.get(5).id(), "d社区/2022年2月.xlsx", "DUPLICATE", rows.get(1).id()));
        assertThat(collector.collect(2022, input)).isEqualTo(new Collector.Outcome(6, 0, 0));
        assertThat(submissions()).isEqualTo(after);
    }

    @Test
    void aRunThatFailsMidCollectKeepsWholeBatchesAndTheNextRunRegistersTheRest() throws Exception {
        for (int i = 1; i <= 7; i++) {
            // 06 = 01, 07 = 02
            file(String.format("u/%02d.xlsx", i), "content " + (i % 5));
        }
        List<ReceivedFile> listed = InputFolder.list(input);
        // the fourth file disappears after the listing, before its batch (the second of
        // three) is archived
        Path moved = input.resolve("u/04.xlsx.away");
        Files.move(listed.get(3).path(), moved);
        assertThatThrownBy(() -> collector.collect(2022, listed, 3)).isInstanceOf(UncheckedIOException.class);
        assertThat(submissions()).extracting(Row::fileName).containsExactly("u/01.xlsx", "u/02.xlsx", "u/03.xlsx");
        assertThat(jdbc.sql("select count(*) from received_file").query(Integer.class).single()).isEqualTo(3);

        Files.move(moved, input.resolve("u/04.xlsx"));
        Collector.Outcome rerun = collector.collect(2022, InputFolder.list(input), 3);
        assertThat(rerun).isEqualTo(new Collector.Outcome(7, 4, 2));
        List<Row> rows = submissions();
        assertThat(rows).extracting(Row::fileName)
            .containsExactly("u/01.xlsx", "u/02.xlsx", "u/03.xlsx", "u/04.xlsx", "u/05.xlsx", "u/06.xlsx", "u/07.xlsx");
        assertThat(rows).extracting(Row::duplicateOf)
            .containsExactly(null, null, null, null, null, rows.get(0).id(), rows.get(1).id());
        assertThat(jdbc.sql("select count(*) from received_file").query(Integer.class).single()).isEqualTo(5);
    }

    @Test
    void aYearOfSeveralWindowsRegistersEachFileOnceAndFindsDuplicatesAcrossWindows() throws Exception {
        // 1,100 files: windows of 500 (0–499, 500–999, 1000–1099); files 700–1099 repeat
        // the bytes of 0–399
        int n = 2 * Collector.BATCH_FILES + 100;
        for (int i = 0; i < n; i++) {
            file(String.format("w/%04d.xlsx", i), "content " + (i % 700));
        }
        assertThat(collector.collect(2022, input)).isEqualTo(new Collector.Outcome(n, n, 400));
        List<Row> rows = submissions();
        assertThat(rows).hasSize(n);
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            assertThat(r.fileName()).isEqualTo(String.format("w/%04d.xlsx", i));
            assertThat(r.duplicateOf()).isEqualTo(i < 700 ? null : rows.get(i - 700).id());
            assertThat(r.status()).isEqualTo(i < 700 ? "RECEIVED" : "DUPLICATE");
        }
        assertThat(jdbc.sql("select count(*) from received_file").query(Integer.class).single()).isEqualTo(700);

        // again: nothing new; then one more file, in the last window, with the bytes of
        // the first
        assertThat(collector.collect(2022, input)).isEqualTo(new Collector.Outcome(n, 0, 0));
        file("w/9999.xlsx", "content 0");
        assertThat(collector.collect(2022, input)).isEqualTo(new Collector.Outcome(n + 1, 1, 1));
        Row last = submissions().get(n);
        assertThat(last.fileName()).isEqualTo("w/9999.xlsx");
        assertThat(last.duplicateOf()).isEqualTo(rows.get(0).id());
    }

    @Test
    void aLockFileThatCopiesAReportAndSortsFirstIsNotItsFirstArrival() throws Exception {
        // Excel's ~$ file can hold the whole workbook; it sorts before the report, and
        // made the report its duplicate: the report was never read
        file("公园社区/~$公园社区2022年报.xlsx", "the report's bytes");
        file("公园社区/公园社区2022年报.xlsx", "the report's bytes");
        file("公园社区/公园社区2022年报.pdf", "other bytes");
        file("公园社区/公园社区2022年报.txt", "other bytes");
        file("公园社区/公园社区2022年报 (1).xlsx", "the report's bytes");

        assertThat(collector.collect(2022, InputFolder.list(input), 500)).isEqualTo(new Collector.Outcome(5, 5, 1));
        List<Row> rows = submissions();
        assertThat(rows).extracting(Row::fileName)
            .containsExactly("公园社区/~$公园社区2022年报.xlsx", "公园社区/公园社区2022年报 (1).xlsx", "公园社区/公园社区2022年报.pdf",
                    "公园社区/公园社区2022年报.txt", "公园社区/公园社区2022年报.xlsx");
        long report = rows.get(1).id();
        // the lock file and both non-workbooks are read (and refused by name); the first
        // workbook of those bytes is read, the second is its duplicate
        assertThat(rows).extracting(Row::status)
            .containsExactly("RECEIVED", "RECEIVED", "RECEIVED", "RECEIVED", "DUPLICATE");
        assertThat(rows).extracting(Row::duplicateOf).containsExactly(null, null, null, null, report);

        // and across runs: a report arriving after its lock file was registered
        file("公园社区/~$2月.xlsx", "February");
        collector.collect(2022, input);
        file("公园社区/2月.xlsx", "February");
        assertThat(collector.collect(2022, input)).isEqualTo(new Collector.Outcome(7, 1, 0));
        Row february = submissions().get(6);
        assertThat(february.fileName()).isEqualTo("公园社区/2月.xlsx");
        assertThat(february.status()).isEqualTo("RECEIVED");
        assertThat(february.duplicateOf()).isNull();
    }

    @Test
    void aReportRegisteredAsTheDuplicateOfALockFileByAnEarlierVersionIsHandedBackAndRead() throws Exception {
        // what versions before December 2026 left in the database
        file("u/~$报表.xlsx", "the report's bytes");
        file("u/报表.xlsx", "the report's bytes");
        file("u/报表 (2).xlsx", "the report's bytes");
        collector.collect(2022, input);
        List<Row> now = submissions();
        long lock = now.get(0).id();
        jdbc.sql("update submission set status = 'DUPLICATE', duplicate_of = ? where id <> ?")
            .params(lock, lock)
            .update();

        assertThat(collector.collect(2022, input)).isEqualTo(new Collector.Outcome(3, 0, 0));
        List<Row> mended = submissions();
        assertThat(mended).extracting(Row::fileName).containsExactly("u/~$报表.xlsx", "u/报表 (2).xlsx", "u/报表.xlsx");
        long report = mended.get(1).id();
        assertThat(mended).extracting(Row::status).containsExactly("RECEIVED", "RECEIVED", "DUPLICATE");
        assertThat(mended).extracting(Row::duplicateOf).containsExactly(null, null, report);
    }

}

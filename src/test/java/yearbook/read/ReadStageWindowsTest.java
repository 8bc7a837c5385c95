package yearbook.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import yearbook.MigratedDatabase;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.UnitRegistry;
import yearbook.read.store.ReadResultStore;

/**
 * A partition lists the year's unread files a window at a time (every partition's share
 * together, in id order) and keeps its own: on a real PostgreSQL with the project's
 * migrations, with the real reader and store, each of the year's unread files is read
 * once by the partition its id belongs to, across windows that hold none of a partition's
 * files, past other years' files and files already read, which are left as they were.
 */
class ReadStageWindowsTest {

    @RegisterExtension
    static final MigratedDatabase db = new MigratedDatabase();

    private static final int PARTITIONS = 3;

    /** Four windows of the partitions' pages and a part of one. */
    private static final int LAST_ID = 4 * ReadStage.FILES_PER_PAGE * PARTITIONS + 1_234;

    /** The ids of a stretch where partition 0's files all belong to another year. */
    private static final int STRETCH_FROM = 7_001;

    private static final int STRETCH_TO = 20_000;

    @Test
    void everyUnreadFileOfTheYearIsReadOnceByItsPartition() throws Exception {
        DataSource ds = db.dataSource();
        JdbcClient jdbc = JdbcClient.create(ds);
        String withheld = "0".repeat(64);
        jdbc.sql(
                "insert into received_file (sha256, size_bytes, content, withheld) values (?, 99999999, null, 'TOO_LARGE')")
            .param(withheld)
            .update();
        byte[] workbook = Files.readAllBytes(Path.of("input/2022/横河社区2022年统计报表.xlsx"));
        String real = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(workbook));
        jdbc.sql("insert into received_file (sha256, size_bytes, content) values (?, ?, ?)")
            .params(real, workbook.length, workbook)
            .update();
        // Every id from 1 to LAST_ID: in the stretch, partition 0's ids are of 2021;
        // every
        // 7th id of 2022 was read by an earlier run; three of partition 0's files are a
        // real workbook, one of them in the window after the stretch.
        jdbc.sql("""
                insert into submission (id, year, file_name, sha256, received_at, status)
                select i, case when i between ? and ? and mod(i, ?) = 0 then 2021 else 2022 end, 'f' || i || '.xlsx',
                       case when i in (3, 6003, 21003) then ? else ? end, now(),
                       case when mod(i, 7) = 0 then 'ACCEPTED' else 'RECEIVED' end
                from generate_series(1, ?) i""")
            .params(STRETCH_FROM, STRETCH_TO, PARTITIONS, real, withheld, LAST_ID)
            .update();
        jdbc.sql("select setval('submission_id_seq', ?)").param(LAST_ID).query(Long.class).single();

        ReadStage stage = new ReadStage(jdbc, new TransactionTemplate(new DataSourceTransactionManager(ds)),
                new WorkbookReader(IndicatorCatalog.load(Path.of("config/catalog.yaml")),
                        UnitRegistry.load(Path.of("config/units.yaml"))),
                new ReadResultStore(jdbc, new JdbcTemplate(ds)));
        List<Set<Integer>> readBy = new ArrayList<>();
        for (int p = 0; p < PARTITIONS; p++) {
            Set<Integer> ids = new TreeSet<>();
            List<String> names = new ArrayList<>();
            ReadStage.Outcome outcome = stage.readPartition(2022, p, PARTITIONS, names::add);
            for (String name : names) {
                ids.add(Integer.parseInt(name.substring(1, name.indexOf('.'))));
            }
            assertThat(ids).as("partition %d read no file twice", p).hasSize(names.size());
            assertThat(outcome.read()).isEqualTo(names.size());
            readBy.add(ids);
            if (p == 0) {
                assertThat(outcome.accepted()).as("the real workbooks").isEqualTo(3);
                assertThat(outcome.notSubmissions()).isEqualTo(names.size() - 3);
            }
        }

        for (int p = 0; p < PARTITIONS; p++) {
            Set<Integer> expected = new TreeSet<>();
            for (int i = 1; i <= LAST_ID; i++) {
                boolean otherYear = i >= STRETCH_FROM && i <= STRETCH_TO && i % PARTITIONS == 0;
                if (i % PARTITIONS == p && i % 7 != 0 && !otherYear) {
                    expected.add(i);
                }
            }
            assertThat(readBy.get(p)).as("partition %d", p).isEqualTo(expected);
        }
        assertThat(jdbc.sql("select count(*) from submission where year = 2022 and status = 'RECEIVED'")
            .query(Integer.class)
            .single()).isZero();
        assertThat(jdbc.sql("select count(*) from submission where year = 2021 and status = 'RECEIVED'")
            .query(Integer.class)
            .single())
            .as("another year's files are left unread")
            .isEqualTo((int) IntStream.rangeClosed(STRETCH_FROM, STRETCH_TO)
                .filter(i -> i % PARTITIONS == 0 && i % 7 != 0)
                .count());
        assertThat(jdbc.sql("select count(*) from submission where status = 'ACCEPTED' and mod(id, 7) = 0")
            .query(Integer.class)
            .single()).as("files read by an earlier run are left as they were").isEqualTo(LAST_ID / 7);
        assertThat(jdbc.sql("select count(distinct submission_id) from observation").query(Integer.class).single())
            .isEqualTo(3);
    }

}

package yearbook.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import yearbook.MigratedDatabase;
import yearbook.model.Period;

/**
 * The received files the validation report reads from the database are what it would have
 * had in memory: each unit's tally, a batch of units' files in the order received, the
 * files no unit could be told from, and nothing of another year.
 */
class DbFilesTest {

    @RegisterExtension
    static final MigratedDatabase db = new MigratedDatabase();

    private static final String[] UNITS = { "HENGHE", "JIANGOUTOU", null, "=EVIL", "HENGHE" };

    private static final String[] STATUSES = { "ACCEPTED", "QUARANTINED", "NOT_SUBMISSION", "SUPERSEDED", "DUPLICATE",
            "ACCEPTED", "ACCEPTED" };

    private static final String[] PERIODS = { "2022", "2022Q3", "2022-03", null };

    private static JdbcClient jdbc;

    private static final List<YearReport.Received> inMemory = new ArrayList<>();

    @BeforeAll
    static void database() {
        DataSource ds = db.dataSource();
        jdbc = JdbcClient.create(ds);
        for (int f = 0; f < 40; f++) {
            String unit = UNITS[f % UNITS.length];
            String status = STATUSES[f % STATUSES.length];
            String period = PERIODS[f % PERIODS.length];
            LocalDate filed = f % 6 == 0 ? null : LocalDate.of(2022, 1 + f % 12, 1 + f % 28);
            int year = f == 13 ? 2021 : 2022;
            String sha = String.format("%064d", f);
            jdbc.sql("insert into received_file (sha256, size_bytes, content) values (?, 1, '\\x00')")
                .param(sha)
                .update();
            jdbc.sql("""
                    insert into submission (year, file_name, sha256, received_at, status, unit_code, period, filed_on)
                    values (?, ?, ?, now(), ?, ?, ?, ?)""")
                .params(year, "社区" + f + (f % 3 == 0 ? ",报表.xlsx" : ".xlsx"), sha, status, unit, period, filed)
                .update();
            if (year == 2022) {
                inMemory.add(new YearReport.Received("社区" + f + (f % 3 == 0 ? ",报表.xlsx" : ".xlsx"), unit,
                        period == null ? null : Period.parseCode(period).label(), status, filed));
            }
        }
    }

    @Test
    void theDatabaseGivesWhatTheListWould() {
        YearFiles list = YearFiles.of(inMemory);
        YearFiles fromDb = new DbFiles(jdbc, 2022);

        assertThat(fromDb.tallies()).isEqualTo(list.tallies()).hasSize(3);
        assertThat(fromDb.tallies().get("HENGHE").files()).isEqualTo(16);
        List<String> asked = List.of("HENGHE", "=EVIL", "NOBODY");
        Map<String, List<YearReport.Received>> sent = fromDb.sentBy(asked);
        assertThat(sent).isEqualTo(list.sentBy(asked)).doesNotContainKey("NOBODY");
        // one of its eight was filed for another year
        assertThat(sent.get("=EVIL")).hasSize(7);
        assertThat(fromDb.withoutUnit()).isEqualTo(list.withoutUnit()).hasSize(8);
        assertThat(new DbFiles(jdbc, 2030).tallies()).isEmpty();
    }

}

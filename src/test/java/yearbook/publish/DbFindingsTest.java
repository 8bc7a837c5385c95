package yearbook.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import yearbook.MigratedDatabase;
import yearbook.model.CellRef;
import yearbook.model.Finding;
import yearbook.model.Severity;

/**
 * The findings the validation report reads from the database are what it would have had
 * in memory: each unit's counts, a batch of units' findings in the order the report has
 * always listed them (file, then errors before warnings before notes, then as found), the
 * findings of no unit (and of no file), and nothing of another year.
 */
class DbFindingsTest {

    @RegisterExtension
    static final MigratedDatabase db = new MigratedDatabase();

    private static final String[] UNITS = { "HENGHE", "JIANGOUTOU", null, "=EVIL", "HENGHE" };

    private static final Severity[] SEVERITIES = { Severity.WARNING, Severity.ERROR, Severity.INFO, Severity.ERROR };

    private static JdbcClient jdbc;

    /** Each finding as the report listed them when it loaded them all at once. */
    private static final List<YearReport.FileFinding> inMemory = new ArrayList<>();

    @BeforeAll
    static void database() {
        DataSource ds = db.dataSource();
        jdbc = JdbcClient.create(ds);
        List<Long> files = new ArrayList<>();
        for (int f = 0; f < 12; f++) {
            String sha = String.format("%064d", f);
            jdbc.sql("insert into received_file (sha256, size_bytes, content) values (?, 1, '\\x00')")
                .param(sha)
                .update();
            // names out of id order, so that the file name, not the id, orders them
            files.add(jdbc.sql("""
                    insert into submission (year, file_name, sha256, received_at, status)
                    values (2022, ?, ?, now(), 'QUARANTINED') returning id""")
                .params("社区" + (11 - f) + (f % 3 == 0 ? ",<报表>.xlsx" : ".xlsx"), sha)
                .query(Long.class)
                .single());
        }
        for (int k = 0; k < 60; k++) {
            String unit = UNITS[k % UNITS.length];
            Long file = k % 13 == 0 ? null : files.get(k % files.size());
            int year = k == 17 ? 2021 : 2022;
            Severity severity = SEVERITIES[k % SEVERITIES.length];
            jdbc.sql("""
                    insert into finding (year, submission_id, unit_code, stage, severity, rule, sheet, cell,
                                         value_seen, message, advice)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(year, file, unit, k % 2 == 0 ? "read" : "check", severity.name(), "规则" + k % 5, "统计报表",
                        "C" + (7 + k % 9), k % 4 == 0 ? null : "=HYPERLINK(\"x\")" + k, "第" + k + "条", "请改正")
                .update();
        }
        jdbc.sql("""
                select f.unit_code, s.file_name, f.severity, f.rule, f.sheet, f.cell, f.value_seen, f.message, f.advice
                from finding f left join submission s on s.id = f.submission_id
                where f.year = 2022
                order by f.unit_code nulls last, s.file_name,
                         case f.severity when 'ERROR' then 0 when 'WARNING' then 1 else 2 end, f.id""").query(rs -> {
            inMemory.add(new YearReport.FileFinding(rs.getString(1), rs.getString(2),
                    new Finding(Severity.valueOf(rs.getString(3)), rs.getString(4),
                            new CellRef(rs.getString(5), rs.getString(6)), rs.getString(7), rs.getString(8),
                            rs.getString(9))));
        });
    }

    @Test
    void theDatabaseGivesWhatTheListWould() {
        YearFindings list = YearFindings.of(inMemory);
        YearFindings fromDb = new DbFindings(jdbc, 2022);

        assertThat(fromDb.counts()).isEqualTo(list.counts()).hasSize(3);
        assertThat(fromDb.counts().get("HENGHE").all()).isEqualTo(24);
        List<String> asked = List.of("HENGHE", "=EVIL", "NOBODY");
        Map<String, List<YearReport.FileFinding>> found = fromDb.about(asked);
        assertThat(found).isEqualTo(list.about(asked)).doesNotContainKey("NOBODY");
        assertThat(found.get("=EVIL")).hasSize(12)
            .extracting(YearReport.FileFinding::fileName)
            .isSortedAccordingTo(Comparator.nullsLast(Comparator.naturalOrder()));
        // twelve of no unit, one of them of 2021
        assertThat(fromDb.withoutUnit()).isEqualTo(list.withoutUnit()).hasSize(11);
        assertThat(fromDb.withoutUnit()).anySatisfy(f -> assertThat(f.fileName()).isNull());
        assertThat(new DbFindings(jdbc, 2030).counts()).isEmpty();
    }

}

package yearbook.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
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
 * The checks that walk the year's observations a unit at a time, on a real PostgreSQL:
 * units' files interleaved in id order, an annual report that disagrees with its
 * quarters, a swing against a submitted 上年同期 and one against last year's compiled figure;
 * each finding names its file's cell and the value seen there, and the units come in code
 * order, each one's rows in id order.
 */
class UnitByUnitCheckTest {

    @RegisterExtension
    static final MigratedDatabase db = new MigratedDatabase();

    private static DataSource ds;

    @BeforeAll
    static void start() {
        ds = db.dataSource();
    }

    @Test
    void findingsNameTheCellAndComeUnitByUnitInIdOrder() {
        JdbcClient jdbc = JdbcClient.create(ds);
        jdbc.sql("insert into received_file (sha256, size_bytes, content) values (repeat('c', 64), 1, '\\x00')")
            .update();
        long xinhua = submission(jdbc, "XINHUA", "2022");
        long henghe = submission(jdbc, "HENGHE", "2022");
        long xinhuaQ = submission(jdbc, "XINHUA", "2022Q1");
        // XINHUA: annual 40 against quarters 9 (only Q1 sent); annual hazards fixed 38,
        // last year's figure 10 (a swing of 280 % against the compiled figure)
        observation(jdbc, xinhua, "XINHUA", "2022", "SAF_HAZARDS_FOUND", "40", "20", "B5", "40");
        observation(jdbc, henghe, "HENGHE", "2022", "SAF_HAZARDS_FOUND", "100", "20", "C7", "100 ");
        observation(jdbc, xinhuaQ, "XINHUA", "2022Q1", "SAF_HAZARDS_FOUND", "9", null, "B6", "9");
        observation(jdbc, xinhua, "XINHUA", "2022", "SAF_HAZARDS_FIXED", "38", null, "B9", "38");
        jdbc.sql("""
                insert into figure (year, unit_code, indicator_code, value, incomplete, approximate, comparable)
                values (2021, 'XINHUA', 'SAF_HAZARDS_FIXED', 10, false, false, true),
                       (2021, 'HENGHE', 'SAF_HAZARDS_FIXED', 10, false, false, true)""").update();

        IndicatorCatalog catalog = IndicatorCatalog.load(Path.of("config/catalog.yaml"));
        UnitRegistry units = UnitRegistry.load(Path.of("config/units.yaml"));
        CheckStage stage = new CheckStage(jdbc, catalog, units, new ReadResultStore(jdbc, new JdbcTemplate(ds)),
                year -> 0);
        CheckStage.Outcome outcome = new TransactionTemplate(new DataSourceTransactionManager(ds))
            .execute(s -> stage.check(2022, 12));

        assertThat(outcome.warnings()).isEqualTo(4);
        List<String> findings = jdbc.sql("""
                select unit_code || ' ' || rule || ' ' || sheet || '!' || cell || ' [' || value_seen || '] ' || message
                from finding where year = 2022 and stage = 'check' order by id""").query(String.class).list();
        assertThat(findings).hasSize(4);
        // HENGHE before XINHUA; in a unit, the annual check first, then the swings in id
        // order
        assertThat(findings.get(0)).startsWith("HENGHE YOY_SWING 表1!C7 [100 ] ").contains("比上年同期数 20");
        assertThat(findings.get(1)).startsWith("XINHUA ANNUAL_VS_PERIODS 表1!B5 [40] ").contains("年报数 40 与各季度之和 9 不一致");
        assertThat(findings.get(2)).startsWith("XINHUA YOY_SWING 表1!B5 [40] ").contains("比上年同期数 20");
        assertThat(findings.get(3)).startsWith("XINHUA YOY_SWING 表1!B9 [38] ").contains("比上年汇总数 10");
    }

    private static long submission(JdbcClient jdbc, String unit, String period) {
        return jdbc.sql("""
                insert into submission (year, file_name, sha256, received_at, status, kind, unit_code, period)
                values (2022, ? || ? || '.xlsx', repeat('c', 64), now(), 'ACCEPTED', 'REPORT', ?, ?) returning id""")
            .params(unit, period, unit, period)
            .query(Long.class)
            .single();
    }

    private static void observation(JdbcClient jdbc, long submission, String unit, String period, String indicator,
            String value, String prior, String cell, String raw) {
        jdbc.sql(
                """
                        insert into observation (id, submission_id, unit_code, period, indicator_code, value, prior, sheet, cell, raw_text)
                        values ("""
                        + MigratedDatabase.NEXT_OBSERVATION_ID + """
                                , ?, ?, ?, ?, ?::numeric, ?::numeric, '表1', ?, ?)""")
            .params(submission, submission, unit, period, indicator, value, prior, cell, raw)
            .update();
    }

}

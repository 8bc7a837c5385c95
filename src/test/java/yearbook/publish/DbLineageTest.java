package yearbook.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.ReportingUnit;
import yearbook.catalog.UnitKind;
import yearbook.catalog.UnitRegistry;
import yearbook.MigratedDatabase;
import yearbook.system.CopyLines;

/**
 * The lines of sources-&lt;year&gt;.csv formed by the database (COPY) are byte for byte
 * the ones SourceLines forms from the same sources read as rows: hostile file, sheet and
 * unit names, text that needs quoting, empty and negative values, every kind of period, a
 * total's sources left out.
 */
class DbLineageTest {

    @RegisterExtension
    static final MigratedDatabase db = new MigratedDatabase();

    private static DataSource ds;

    private static JdbcClient jdbc;

    private static final String[] FILES = { "横河社区2022年报.xlsx", "=HYPERLINK(\"x\").xlsx", "a,b.xlsx", "say \"hi\".xlsx",
            "-minus.xlsx", "+plus.xlsx", "@at.xlsx", "\ttab.xlsx", "\rcr.xlsx", "line\nbreak.xlsx", "'quote.xlsx",
            "普通.xlsx" };

    // eight, and every eighth row is another unit's: the last one is never listed
    private static final String[] SHEETS = { "报表", "表\r\n二", "=SUM(A1)", "a,b", "x\"y", null, "", "-1" };

    private static final String[] CELLS = { "D9", "D10", null, "+C3", "@A1", "E,1" };

    private static final String[] PERIODS = { "2022", "2022Q3", "2022-03", "2022-12", null };

    private static final String[] VALUES = { "12.50", "-3", "0", null, "1234567.8900", "0.001" };

    @BeforeAll
    static void database() throws Exception {
        ds = db.dataSource();
        jdbc = JdbcClient.create(ds);
        List<String> units = List.of("HENGHE", "=EVIL", "C,1", "TANGZHA");
        List<String> indicators = List.of("LIV_NEW_JOBS", "ECO_ENTERPRISE_VISITS", "NOT_IN_CATALOG");
        long sub = 0;
        for (int f = 0; f < FILES.length; f++) {
            jdbc.sql("insert into received_file (sha256, size_bytes, content) values (?, 1, '\\x00')")
                .param(sha(f))
                .update();
            jdbc.sql(
                    "insert into submission (year, file_name, sha256, received_at, status) values (2022, ?, ?, now(), 'ACCEPTED')")
                .params(FILES[f], sha(f))
                .update();
        }
        int n = 0;
        for (String unit : units) {
            for (String indicator : indicators) {
                long figure = jdbc.sql(
                        "insert into figure (year, unit_code, indicator_code, value) values (2022, ?, ?, 1) returning id")
                    .params(unit, indicator)
                    .query(Long.class)
                    .single();
                for (int k = 0; k < 7; k++, n++) {
                    long obs = observation(n % FILES.length + 1, unit, indicator, n);
                    jdbc.sql("insert into figure_source values (?, ?)").params(figure, obs).update();
                }
                // a source of another unit (as a total has): listed under its own figure
                // only
                long other = observation(1, "OTHER", indicator, n++);
                jdbc.sql("insert into figure_source values (?, ?)").params(figure, other).update();
            }
        }
        // the sub-district total of one indicator: its units' rows are not repeated under
        // it
        long total = jdbc.sql(
                "insert into figure (year, unit_code, indicator_code, value) values (2022, 'TOTAL', 'LIV_NEW_JOBS', 9) returning id")
            .query(Long.class)
            .single();
        jdbc.sql(
                "insert into figure_source select ?, observation_id from figure_source fs join figure f on f.id = fs.figure_id"
                        + " where f.indicator_code = 'LIV_NEW_JOBS' and f.unit_code <> 'TOTAL'")
            .param(total)
            .update();
        // another year's figures are not this year's lineage
        long old = jdbc.sql(
                "insert into figure (year, unit_code, indicator_code, value) values (2021, 'HENGHE', 'LIV_NEW_JOBS', 1) returning id")
            .query(Long.class)
            .single();
        jdbc.sql("insert into figure_source values (?, ?)")
            .params(old, observation(1, "HENGHE", "LIV_NEW_JOBS", 3))
            .update();
    }

    private static long observation(long submission, String unit, String indicator, int n) {
        return jdbc
            .sql("insert into observation (id, submission_id, unit_code, period, indicator_code, value, sheet, cell)"
                    + " values (" + MigratedDatabase.NEXT_OBSERVATION_ID
                    + ", ?, ?, ?, ?, ?::numeric, ?, ?) returning id")
            .params(submission, submission, unit, PERIODS[n % PERIODS.length], indicator, VALUES[n % VALUES.length],
                    SHEETS[n % SHEETS.length], CELLS[n % CELLS.length])
            .query(Long.class)
            .single();
    }

    private static String sha(int f) {
        return String.format("%064d", f);
    }

    private static YearReport report() {
        IndicatorCatalog catalog = IndicatorCatalog.load(Path.of("config/catalog.yaml"));
        List<ReportingUnit> others = new ArrayList<>();
        others.add(new ReportingUnit("HENGHE", "横河社区", List.of(), UnitKind.COMMUNITY, null, null, Set.of()));
        others
            .add(new ReportingUnit("=EVIL", "=HYPERLINK(\"x\")", List.of(), UnitKind.COMMUNITY, null, null, Set.of()));
        others.add(new ReportingUnit("C,1", "逗号,社区", List.of(), UnitKind.COMMUNITY, null, null, Set.of()));
        UnitRegistry units = new UnitRegistry(
                new ReportingUnit("TOTAL", "唐闸镇街道", List.of(), UnitKind.SUBDISTRICT, null, null, Set.of()), others);
        return new YearReport(2022, LocalDate.of(2023, 1, 5), catalog, units, List.of(), List.of(), List.of(),
                List.of(), List.<YearReport.Source>of(), null);
    }

    @Test
    void theDatabaseFormsTheLinesSourceLinesWould() throws Exception {
        DbLineage lineage = new DbLineage(ds, jdbc, 2022);
        ByteArrayOutputStream copied = new ByteArrayOutputStream();
        long n = lineage.write(new SourceLines(report()), copied);

        List<YearReport.Source> rows = lineage.toList();
        ByteArrayOutputStream formed = new ByteArrayOutputStream();
        long m = Lineage.of(rows).write(new SourceLines(report()), formed);

        assertThat(n).isEqualTo(m).isEqualTo(rows.size()).isEqualTo(lineage.size()).isEqualTo(4 * 3 * 7);
        String text = copied.toString(StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(formed.toString(StandardCharsets.UTF_8));
        assertThat(copied.toByteArray()).isEqualTo(formed.toByteArray());
        // what the hostile values became, so that equal-but-wrong would not pass either
        assertThat(text).startsWith("2022,HENGHE,横河社区,LIV_NEW_JOBS,新增就业人员,横河社区2022年报.xlsx,2022年,报表,D9,12.50\r\n");
        assertThat(text).contains(",'=EVIL,\"'=HYPERLINK(\"\"x\"\")\",", ",\"C,1\",\"逗号,社区\",",
                "\"'=HYPERLINK(\"\"x\"\").xlsx\"", ",\"line\nbreak.xlsx\",", ",'\ttab.xlsx,", ",\"'\rcr.xlsx\",",
                ",2022年第3季度,", ",2022年3月,", ",\"表\r\n二\",", ",'=SUM(A1),", ",\"x\"\"y\",", ",'+C3,", ",\"E,1\",",
                ",-3\r\n", ",1234567.8900\r\n", ",NOT_IN_CATALOG,NOT_IN_CATALOG,");
        assertThat(text).doesNotContain("OTHER").doesNotContain("TOTAL");
    }

    /**
     * A province's lines are formed in two halves at once, the second through a file of
     * its own: the same bytes as in one piece, wherever the halves meet.
     */
    @Test
    void inTwoHalvesTheLinesAreTheSameAsInOne() throws Exception {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        long n = new DbLineage(ds, jdbc, 2022, Long.MAX_VALUE).write(new SourceLines(report()), whole);
        long figures = jdbc.sql("select count(*) from figure where year = 2022").query(Long.class).single();
        assertThat(figures).isGreaterThan(2);
        ByteArrayOutputStream halves = new ByteArrayOutputStream();
        long m = new DbLineage(ds, jdbc, 2022, 1).write(new SourceLines(report()), halves);
        assertThat(m).isEqualTo(n).isEqualTo(4 * 3 * 7);
        assertThat(halves.toByteArray()).isEqualTo(whole.toByteArray());
    }

    @Test
    void overAGivenNumberIsToldWithoutCountingThemAll() {
        DbLineage lineage = new DbLineage(ds, jdbc, 2022);
        assertThat(lineage.exceeds(83)).isTrue();
        assertThat(lineage.exceeds(84)).isFalse();
        assertThat(new DbLineage(ds, jdbc, 2030).exceeds(0)).isFalse();
    }

    @Test
    void overAGivenNumberIsToldAcrossWindowsOfFigures() {
        // 7,000 figures of one source each, and a total over all of them whose sources
        // are
        // other units' (not counted): more figures than one window holds
        long sub = jdbc.sql("select min(id) from submission").query(Long.class).single();
        jdbc.sql("""
                insert into figure (year, unit_code, indicator_code, value)
                select 2019, 'U' || g, 'LIV_NEW_JOBS', g from generate_series(1, 7000) g""").update();
        jdbc.sql("""
                insert into observation (id, submission_id, unit_code, period, indicator_code, value)
                select""" + MigratedDatabase.NEXT_OBSERVATION_ID + """
                 + g - 1, ?, 'U' || g, '2019', 'LIV_NEW_JOBS', g
                from generate_series(1, 7000) g""").params(sub, sub).update();
        jdbc.sql("""
                insert into figure_source
                select f.id, o.id from figure f join observation o
                  on o.unit_code = f.unit_code and o.indicator_code = f.indicator_code and o.period = '2019'
                where f.year = 2019""").update();
        jdbc.sql("""
                insert into figure (year, unit_code, indicator_code, value)
                values (2019, 'TOTAL', 'LIV_NEW_JOBS', 1)""").update();
        jdbc.sql("""
                insert into figure_source
                select (select id from figure where year = 2019 and unit_code = 'TOTAL'), observation_id
                from figure_source fs join figure f on f.id = fs.figure_id where f.year = 2019""").update();
        try {
            DbLineage lineage = new DbLineage(ds, jdbc, 2019);
            assertThat(lineage.size()).isEqualTo(7000);
            assertThat(lineage.exceeds(6999)).isTrue();
            assertThat(lineage.exceeds(7000)).isFalse();
            assertThat(lineage.exceeds(2500)).isTrue();
        }
        finally {
            jdbc.sql("delete from figure where year = 2019").update();
            jdbc.sql("delete from observation where period = '2019'").update();
        }
    }

    @Test
    void aPeriodCodeThatIsNoneFailsTheCopyAsReadingItWould() {
        long id = jdbc
            .sql("select min(o.id) from observation o join figure_source fs on fs.observation_id = o.id join figure f"
                    + " on f.id = fs.figure_id and f.unit_code = o.unit_code where f.year = 2022")
            .query(Long.class)
            .single();
        String before = jdbc.sql("select period from observation where id = ?")
            .param(id)
            .query(String.class)
            .optional()
            .orElse(null);
        jdbc.sql("update observation set period = '2022H1' where id = ?").param(id).update();
        try {
            DbLineage lineage = new DbLineage(ds, jdbc, 2022);
            assertThatThrownBy(() -> lineage.write(new SourceLines(report()), new ByteArrayOutputStream()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("报告期");
            // in two halves too, whichever half the line is in
            DbLineage halves = new DbLineage(ds, jdbc, 2022, 1);
            assertThatThrownBy(() -> halves.write(new SourceLines(report()), new ByteArrayOutputStream()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("报告期");
            assertThatThrownBy(lineage::toList).isInstanceOf(IllegalArgumentException.class);
        }
        finally {
            jdbc.sql("update observation set period = ? where id = ?").params(before, id).update();
        }
    }

    @Test
    void theCopierTakesCopysBinaryFormatAByteAtATime() throws Exception {
        // the same stream fed a byte at a time through the parser gives the same lines
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        {
            raw.write(new byte[] { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0,
                    4, 9, 9, 9, 9 });
            for (String line : List.of("a,b\r\n", "", "中文\r\n")) {
                byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                raw.write(new byte[] { 0, 1, 0, 0, (byte) (bytes.length >> 8), (byte) bytes.length });
                raw.write(bytes);
            }
            raw.write(new byte[] { (byte) 0xff, (byte) 0xff });
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CopyLines lines = new CopyLines(out);
        for (byte b : raw.toByteArray()) {
            lines.write(b);
        }
        assertThat(lines.finish()).isEqualTo(3);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("a,b\r\n中文\r\n");
    }

}

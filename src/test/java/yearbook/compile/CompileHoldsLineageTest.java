package yearbook.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
import yearbook.compile.air.AnnualAirQualityEvaluator;
import yearbook.store.AirQualityDays;

/**
 * The compile stage adds figure_source's foreign keys NOT VALID after COPYing the lineage
 * (its rows are not joined against observation again). What keeps the lineage true: no
 * observation can be deleted while a year is compiled from them (a submission withdrawn
 * from another session waits for the compile to commit), the keys still cascade (deleting
 * a submission afterwards deletes its observations' lineage, and only theirs), and a
 * compile rolled back part way (a killed run) leaves the previous figures and lineage,
 * which the restart replaces with the same ones.
 */
class CompileHoldsLineageTest {

    @RegisterExtension
    static final MigratedDatabase db = new MigratedDatabase();

    private static DataSource ds;

    @BeforeAll
    static void start() {
        ds = db.dataSource();
    }

    @Test
    void aDeletionWaitsForTheCompileAndThenTakesItsLineage() throws SQLException {
        JdbcClient jdbc = JdbcClient.create(ds);
        jdbc.sql("insert into received_file (sha256, size_bytes, content) values (repeat('c', 64), 1, '\\x00')")
            .update();
        long xinhua = submission(jdbc, "XINHUA");
        long henghe = submission(jdbc, "HENGHE");
        observation(jdbc, xinhua, "XINHUA", "40");
        observation(jdbc, henghe, "HENGHE", "10");
        YearCompiler compiler = new YearCompiler(YearCompilerTest.CATALOG, YearCompilerTest.UNITS);
        CompileStage stage = new CompileStage(jdbc, compiler, new FigureStore(jdbc, new JdbcTemplate(ds)),
                new AirQualityDays(jdbc), new AnnualAirQualityEvaluator());
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));

        tx.executeWithoutResult(s -> {
            stage.compile(2022, 12);
            // another session (the console withdrawing a file) cannot delete an
            // observation the uncommitted lineage names
            assertThatThrownBy(() -> deleteElsewhere(henghe)).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("55P03"));
        });
        List<String> first = lineage(jdbc);
        assertThat(first).contains("HENGHE/SAF_HAZARDS_FOUND<-HENGHE", "TANGZHA/SAF_HAZARDS_FOUND<-HENGHE",
                "TANGZHA/SAF_HAZARDS_FOUND<-XINHUA", "XINHUA/SAF_HAZARDS_FOUND<-XINHUA");
        assertThat(jdbc.sql("""
                select count(*) from pg_constraint where conrelid = 'figure_source'::regclass and contype = 'f'
                and pg_get_constraintdef(oid) like '%ON DELETE CASCADE NOT VALID'""").query(Integer.class).single())
            .isEqualTo(2);

        // a compile that fails part way rolls back: the figures and lineage are the
        // previous ones, and compiling again gives the same
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            stage.compile(2022, 12);
            throw new IllegalStateException("killed");
        })).hasMessage("killed");
        assertThat(lineage(jdbc)).isEqualTo(first);
        tx.executeWithoutResult(s -> stage.compile(2022, 12));
        assertThat(lineage(jdbc)).isEqualTo(first);

        // the keys cascade: the withdrawn file's lineage goes with it, the other stays
        jdbc.sql("delete from submission where id = ?").param(henghe).update();
        assertThat(lineage(jdbc)).isNotEmpty().noneMatch(l -> l.endsWith("<-HENGHE"));
        assertThat(lineage(jdbc)).contains("TANGZHA/SAF_HAZARDS_FOUND<-XINHUA", "XINHUA/SAF_HAZARDS_FOUND<-XINHUA");
        // and a deleted figure takes its lineage too
        jdbc.sql("delete from figure where unit_code = 'XINHUA'").update();
        assertThat(lineage(jdbc)).containsExactly("TANGZHA/SAF_HAZARDS_FOUND<-XINHUA");
    }

    private static void deleteElsewhere(long submission) throws SQLException {
        try (Connection other = ds.getConnection(); Statement st = other.createStatement()) {
            st.execute("set lock_timeout = '300ms'");
            st.execute("delete from submission where id = " + submission);
        }
    }

    private static long submission(JdbcClient jdbc, String unit) {
        return jdbc.sql("""
                insert into submission (year, file_name, sha256, received_at, status, kind, unit_code)
                values (2022, ? || '.xlsx', repeat('c', 64), now(), 'ACCEPTED', 'REPORT', ?) returning id""")
            .params(unit, unit)
            .query(Long.class)
            .single();
    }

    private static void observation(JdbcClient jdbc, long submission, String unit, String value) {
        jdbc.sql("""
                insert into observation (id, submission_id, unit_code, period, indicator_code, value)
                values (""" + MigratedDatabase.NEXT_OBSERVATION_ID + """
                , ?, ?, '2022', 'SAF_HAZARDS_FOUND', ?::numeric)""")
            .params(submission, submission, unit, value)
            .update();
    }

    /** figure unit/indicator <- the unit of each observation it is compiled from. */
    private static List<String> lineage(JdbcClient jdbc) {
        return jdbc
            .sql("""
                    select f.unit_code || '/' || f.indicator_code || '<-' || o.unit_code
                    from figure f join figure_source fs on fs.figure_id = f.id join observation o on o.id = fs.observation_id
                    where f.year = 2022 order by 1""")
            .query(String.class)
            .list();
    }

}

package yearbook.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import yearbook.model.Figure;
import yearbook.MigratedDatabase;

/**
 * FigureStore.replace against a real PostgreSQL with the project's migrations: it COPYs
 * figures and lineage and rebuilds figure_source's foreign keys and index inside the
 * caller's transaction. A re-run replaces a year and leaves other years alone; the
 * constraints are back afterwards (the foreign keys NOT VALID: the rows just copied are
 * not joined against observation again, see CompileHoldsLineageTest) and still cascade.
 */
class FigureStoreTest {

    @RegisterExtension
    static final MigratedDatabase db = new MigratedDatabase();

    private static DataSource ds;

    private JdbcClient jdbc;

    private FigureStore store;

    private TransactionTemplate tx;

    private final List<Long> obs = new ArrayList<>();

    @BeforeAll
    static void start() {
        ds = db.dataSource();
    }

    @BeforeEach
    void data() {
        jdbc = JdbcClient.create(ds);
        jdbc.sql("delete from figure").update();
        jdbc.sql("delete from submission").update();
        jdbc.sql("delete from received_file").update();
        store = new FigureStore(jdbc, new JdbcTemplate(ds));
        tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        jdbc.sql("insert into received_file (sha256, size_bytes, content) values (repeat('a', 64), 1, '\\x00')")
            .update();
        long sub = jdbc
            .sql("""
                    insert into submission (year, file_name, sha256, received_at, status) values (2022, 'a.xlsx', repeat('a', 64), now(), 'ACCEPTED')
                    returning id""")
            .query(Long.class)
            .single();
        obs.clear();
        for (int i = 0; i < 4; i++) {
            obs.add(jdbc
                .sql("insert into observation (id, submission_id, unit_code, period, indicator_code, value) values ("
                        + MigratedDatabase.NEXT_OBSERVATION_ID + ", ?, 'U', '2022', 'X', 1) returning id")
                .params(sub, sub)
                .query(Long.class)
                .single());
        }
    }

    private static CompiledFigure fig(int year, String unit, String indicator, String value, Long... sources) {
        return new CompiledFigure(new Figure(year, unit, indicator, new BigDecimal(value), null,
                value.startsWith("-") ? null : new BigDecimal("12.5"), false, true, true), Set.of(sources));
    }

    private void replace(int year, List<CompiledFigure> figures) {
        tx.executeWithoutResult(s -> store.replace(year, figures));
    }

    private List<String> lineage(int year) {
        return jdbc
            .sql("""
                    select f.unit_code || '/' || f.indicator_code || '<-' || fs.observation_id from figure_source fs join figure f on f.id = fs.figure_id
                    where f.year = ? order by f.id, fs.observation_id""")
            .param(year)
            .query(String.class)
            .list();
    }

    private List<String> constraints() {
        return jdbc.sql("""
                select conname || ' ' || replace(pg_get_constraintdef(oid), ' NOT VALID', '')
                from pg_constraint where conrelid = 'figure_source'::regclass order by conname""")
            .query(String.class)
            .list();
    }

    @Test
    void aReRunReplacesTheYearKeepsOtherYearsAndRestoresTheConstraints() {
        List<String> before = constraints();
        assertThat(before).hasSize(3);
        replace(2021, List.of(fig(2021, "U", "X", "7", obs.get(3))));
        // an odd code survives COPY's text format
        List<CompiledFigure> first = List.of(fig(2022, "U", "X", "10.50", obs.get(0), obs.get(1)),
                fig(2022, "T\tab\\slash", "Y", "-3", obs.get(2)), fig(2022, "V", "Z", "0"));
        replace(2022, first);
        assertThat(store.load(2022)).containsExactly(first.get(0).figure(), first.get(1).figure(),
                first.get(2).figure());
        assertThat(lineage(2022)).containsExactly("U/X<-" + obs.get(0), "U/X<-" + obs.get(1),
                "T\tab\\slash/Y<-" + obs.get(2));

        List<CompiledFigure> second = List.of(fig(2022, "V", "Z", "5", obs.get(1)),
                fig(2022, "U", "X", "11", obs.get(0)));
        replace(2022, second);
        assertThat(store.load(2022)).containsExactly(second.get(0).figure(), second.get(1).figure());
        assertThat(lineage(2022)).containsExactly("V/Z<-" + obs.get(1), "U/X<-" + obs.get(0));
        assertThat(store.load(2021)).hasSize(1);
        assertThat(lineage(2021)).containsExactly("U/X<-" + obs.get(3));

        assertThat(constraints()).isEqualTo(before);
        assertThat(jdbc
            .sql("select count(*) from pg_constraint where conrelid = 'figure_source'::regclass and not convalidated")
            .query(Integer.class)
            .single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from pg_indexes where indexname = 'figure_source_observation'")
            .query(Integer.class)
            .single()).isEqualTo(1);
        // the foreign keys cascade again: an observation re-read away takes its lineage
        // with it
        jdbc.sql("delete from observation where id = ?").param(obs.get(0)).update();
        assertThat(lineage(2022)).containsExactly("V/Z<-" + obs.get(1));
        // and a new figure's id comes after the block taken by COPY
        long next = jdbc.sql("select nextval(pg_get_serial_sequence('figure', 'id'))").query(Long.class).single();
        assertThat(next).isGreaterThan(jdbc.sql("select max(id) from figure").query(Long.class).single());
    }

}

package yearbook.compile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import yearbook.model.Figure;
import org.postgresql.PGConnection;

/**
 * The compiled figures of a year in the database; a re-run replaces them, never adds to
 * them.
 *
 * <p>
 * A large year has millions of lineage rows (figure_source). Inserted row by row, each
 * would fire two foreign-key checks (each locking an observation or figure row) and two
 * index insertions (figures in bench/README.md). So the replacement, inside the caller's
 * transaction, drops figure_source's foreign keys, its key and its observation index,
 * takes the figures' ids from the sequence as one block, COPYs the lineage straight in
 * with those ids (written once, never staged and copied again, in COPY's binary format),
 * then builds the key and the index by sorting (PostgreSQL's parallel workers) and adds
 * the foreign keys back NOT VALID: they cascade deletes as before, but the copied rows,
 * true by construction, are not joined against figure and observation again (at the
 * province that join was 20 s of one backend). The price: figure_source, figure and
 * observation are locked against other sessions until the transaction commits, and the
 * rebuild is proportional to all years' lineage, not this year's.
 */
public class FigureStore {

    private final JdbcClient jdbc;

    private final JdbcTemplate template;

    public FigureStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Call inside a transaction: the figures, their lineage and the rebuilt constraints
     * commit together.
     */
    public void replace(int year, List<CompiledFigure> figures) {
        try (FigureStaging staging = new FigureStaging()) {
            for (int k = 0; k < figures.size(); k++) {
                staging.figure(k, figures.get(k).figure(), figures.get(k).observationIds());
            }
            replace(year, staging);
        }
    }

    /**
     * The staged figures in key order, with ids from the figure sequence as one block;
     * the lineage COPYed straight into figure_source with those ids (the i-th key's
     * figure takes the block's i-th id), a derived figure's sources resolved here from
     * the figures it is derived from, in key order.
     */
    void replace(int year, FigureStaging staged) {
        // the figures' sort and joins in memory rather than spilled to disk
        jdbc.sql("set local work_mem = '64MB'").update();
        jdbc.sql(
                """
                        create temporary table stage_figure (key bigint, year int, unit_code text, indicator_code text, value numeric,
                          prior numeric, growth numeric, incomplete boolean, approximate boolean, comparable boolean) on commit drop""")
            .update();
        template.execute((ConnectionCallback<Void>) con -> {
            try (InputStream in = staged.figures()) {
                con.unwrap(PGConnection.class).getCopyAPI().copyIn("copy stage_figure from stdin", in);
            }
            catch (IOException e) {
                throw new UncheckedIOException("汇总结果写入数据库失败", e);
            }
            return null;
        });

        jdbc.sql("""
                alter table figure_source drop constraint if exists figure_source_figure_id_fkey,
                                          drop constraint if exists figure_source_observation_id_fkey,
                                          drop constraint if exists figure_source_pkey""").update();
        jdbc.sql("drop index if exists figure_source_observation").update();
        jdbc.sql("delete from figure_source where figure_id in (select id from figure where year = ?)")
            .param(year)
            .update();
        jdbc.sql("delete from figure where year = ?").param(year).update();

        // A block of ids in one call, in key order (load() reads the figures back in id
        // order). Safe against another compile taking ids meanwhile: that one waits for
        // figure_source's lock, held by this transaction since above.
        long count = staged.count();
        long last = jdbc.sql(
                "select setval(pg_get_serial_sequence('figure', 'id'), nextval(pg_get_serial_sequence('figure', 'id')) + ? - 1)")
            .param(Math.max(count, 1))
            .query(Long.class)
            .single();
        long first = last - Math.max(count, 1) + 1;
        jdbc.sql(
                """
                        insert into figure (id, year, unit_code, indicator_code, value, prior, growth, incomplete, approximate, comparable)
                        select ? + row_number() over (order by key) - 1, year, unit_code, indicator_code, value, prior, growth,
                               incomplete, approximate, comparable
                        from stage_figure order by key""")
            .param(first)
            .update();
        long[] keys = staged.keys();
        template.execute((ConnectionCallback<Void>) con -> {
            try (LineageCopy copy = new LineageCopy(con)) {
                new DerivedSources(staged).write(keys, first, copy);
                copy.finish();
            }
            catch (IOException e) {
                if (e.getCause() instanceof SQLException s) {
                    throw s;
                }
                throw new UncheckedIOException("汇总结果写入数据库失败", e);
            }
            return null;
        });

        // The key and the index built by sorting, not a row at a time (at the city 1.76
        // million rows: 11.7 s inserted under the key, 4.2 s without it plus 3.4 s to
        // build it).
        jdbc.sql("set local maintenance_work_mem = '256MB'").update();
        jdbc.sql("alter table figure_source add constraint figure_source_pkey primary key (figure_id, observation_id)")
            .update();
        jdbc.sql("create index figure_source_observation on figure_source(observation_id)").update();
        // Added NOT VALID: they cascade deletes and check new rows as before, but the
        // rows
        // just COPYed are not joined against figure and observation again (at the
        // province, 17.56 million rows). They hold by construction: each figure id is
        // from the block inserted above, and each observation was read in this
        // transaction, under the lock CompileStage takes so none can be deleted
        // meanwhile.
        jdbc.sql(
                """
                        alter table figure_source
                          add constraint figure_source_figure_id_fkey foreign key (figure_id) references figure(id) on delete cascade not valid,
                          add constraint figure_source_observation_id_fkey foreign key (observation_id) references observation(id) on delete cascade not valid""")
            .update();
        // Next year's compile and check look this year's figures up unit by unit: with
        // the statistics of an empty table the planner would scan the table for each.
        jdbc.sql("analyze figure").update();
    }

    /**
     * Each unit and indicator code one shared string: a city year is 82,000 figures of
     * 2,000 units and 40 indicators.
     */
    /** Rows fetched at a time by the loads. */
    static final int FETCH = 5_000;

    public List<Figure> load(int year) {
        Map<String, String> codes = new HashMap<>();
        return jdbc.sql("""
                select year, unit_code, indicator_code, value, prior, growth, incomplete, approximate, comparable
                from figure where year = ? order by id""")
            .param(year)
            // a cursor inside the step's transaction: the driver would otherwise buffer
            // every
            // row of a large year before the first figure is built
            .withFetchSize(FETCH)
            .query((rs, n) -> new Figure(rs.getInt(1), shared(codes, rs.getString(2)), shared(codes, rs.getString(3)),
                    rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBoolean(7), rs.getBoolean(8),
                    rs.getBoolean(9)))
            .list();
    }

    private static String shared(Map<String, String> codes, String s) {
        return s == null ? null : codes.computeIfAbsent(s, k -> k);
    }

    /**
     * The figures of a year that have a target: the only ones the targets' progress looks
     * up.
     */
    public List<Figure> loadTargeted(int year) {
        return jdbc
            .sql("""
                    select f.year, f.unit_code, f.indicator_code, f.value, f.prior, f.growth, f.incomplete, f.approximate, f.comparable
                    from figure f where f.year = ? and exists (select 1 from target t
                      where t.year = f.year and t.unit_code = f.unit_code and t.indicator_code = f.indicator_code)
                    order by f.id""")
            .param(year)
            .query((rs, n) -> new Figure(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                    rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBoolean(7), rs.getBoolean(8), rs.getBoolean(9)))
            .list();
    }

    JdbcTemplate template() {
        return template;
    }

}

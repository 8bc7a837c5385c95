package yearbook.compile;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import yearbook.model.Figure;
import yearbook.system.PgCopy;

/**
 * The compiled figures of a year in the database; a re-run replaces them, never adds to them.
 *
 * <p>A city year is 82,000 figures and 1.75 million lineage rows (figure_source). Inserted row by row,
 * each lineage row fired two foreign-key checks (each locking an observation or figure row) and two
 * index insertions: 25-40 s. So the replacement, inside the caller's transaction, drops figure_source's
 * foreign keys and its observation index, COPYs figures (ids taken from the sequence as one block) and
 * lineage, then builds the index and adds the foreign keys back, which checks every row in one join.
 * The price: figure_source, figure and observation are locked against other sessions until the
 * transaction commits, and the rebuild is proportional to all years' lineage, not this year's.
 */
public class FigureStore {
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public FigureStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Call inside a transaction: the figures, their lineage and the rebuilt constraints commit together. */
    public void replace(int year, List<CompiledFigure> figures) {
        jdbc.sql("""
                alter table figure_source drop constraint if exists figure_source_figure_id_fkey,
                                          drop constraint if exists figure_source_observation_id_fkey""").update();
        jdbc.sql("drop index if exists figure_source_observation").update();
        jdbc.sql("delete from figure_source where figure_id in (select id from figure where year = ?)").param(year).update();
        jdbc.sql("delete from figure where year = ?").param(year).update();

        // A block of ids in one call, in list order (load() reads the figures back in id order). Safe against another
        // compile taking ids meanwhile: that one waits for figure_source's lock, held by this transaction since above.
        long last = jdbc.sql("select setval(pg_get_serial_sequence('figure', 'id'), nextval(pg_get_serial_sequence('figure', 'id')) + ? - 1)")
                .param(Math.max(figures.size(), 1)).query(Long.class).single();
        long first = last - Math.max(figures.size(), 1) + 1;
        template.execute((ConnectionCallback<Void>) con -> {
            PgCopy.copy(con, "copy figure (id, year, unit_code, indicator_code, value, prior, growth, incomplete, approximate, comparable) from stdin",
                    w -> {
                        for (int i = 0; i < figures.size(); i++) {
                            Figure f = figures.get(i).figure();
                            w.number(first + i).tab().number(f.year()).tab().text(f.unitCode()).tab().text(f.indicatorCode()).tab()
                                    .number(f.value()).tab().number(f.prior()).tab().number(f.growth()).tab()
                                    .bool(f.incomplete()).tab().bool(f.approximate()).tab().bool(f.comparable()).end();
                        }
                    });
            PgCopy.copy(con, "copy figure_source (figure_id, observation_id) from stdin", w -> {
                for (int i = 0; i < figures.size(); i++) {
                    long id = first + i;
                    for (Long o : figures.get(i).observationIds()) w.number(id).tab().number(o).end();
                }
            });
            return null;
        });

        jdbc.sql("set local maintenance_work_mem = '256MB'").update();
        jdbc.sql("create index figure_source_observation on figure_source(observation_id)").update();
        jdbc.sql("""
                alter table figure_source
                  add constraint figure_source_figure_id_fkey foreign key (figure_id) references figure(id) on delete cascade,
                  add constraint figure_source_observation_id_fkey foreign key (observation_id) references observation(id) on delete cascade""")
                .update();
    }

    public List<Figure> load(int year) {
        return jdbc.sql("""
                select year, unit_code, indicator_code, value, prior, growth, incomplete, approximate, comparable
                from figure where year = ? order by id""")
                .param(year)
                .query((rs, n) -> new Figure(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBoolean(7), rs.getBoolean(8), rs.getBoolean(9)))
                .list();
    }

    /** unit → indicator → value of a year's compiled figures (the 同比 basis for the next year). */
    public Map<String, Map<String, BigDecimal>> values(int year) {
        Map<String, Map<String, BigDecimal>> m = new HashMap<>();
        for (Figure f : load(year)) m.computeIfAbsent(f.unitCode(), u -> new HashMap<>()).put(f.indicatorCode(), f.value());
        return m;
    }
}

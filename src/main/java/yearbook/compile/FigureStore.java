package yearbook.compile;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import yearbook.model.Figure;

/**
 * The compiled figures of a year in the database; a re-run replaces them, never adds to them.
 *
 * <p>A city year is 82,000 figures and 1.75 million lineage rows (figure_source). Inserted row by row,
 * each lineage row fired two foreign-key checks (each locking an observation or figure row) and two
 * index insertions: 25-40 s. So the replacement, inside the caller's transaction, drops figure_source's
 * foreign keys and its observation index, COPYs figures (ids taken from the sequence beforehand) and
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

        // ids in list order: load() reads the figures back in id order
        List<Long> ids = jdbc.sql("select nextval(pg_get_serial_sequence('figure', 'id')) from generate_series(1, ?)")
                .param(figures.size()).query(Long.class).list().stream().sorted().toList();
        template.execute((ConnectionCallback<Void>) con -> {
            copy(con, "copy figure (id, year, unit_code, indicator_code, value, prior, growth, incomplete, approximate, comparable) from stdin",
                    w -> {
                        for (int i = 0; i < figures.size(); i++) {
                            Figure f = figures.get(i).figure();
                            w.write(Long.toString(ids.get(i)));
                            w.write('\t');
                            w.write(Integer.toString(f.year()));
                            w.write('\t');
                            text(w, f.unitCode());
                            w.write('\t');
                            text(w, f.indicatorCode());
                            w.write('\t');
                            number(w, f.value());
                            w.write('\t');
                            number(w, f.prior());
                            w.write('\t');
                            number(w, f.growth());
                            w.write('\t');
                            w.write(f.incomplete() ? 't' : 'f');
                            w.write('\t');
                            w.write(f.approximate() ? 't' : 'f');
                            w.write('\t');
                            w.write(f.comparable() ? 't' : 'f');
                            w.write('\n');
                        }
                    });
            copy(con, "copy figure_source (figure_id, observation_id) from stdin", w -> {
                for (int i = 0; i < figures.size(); i++) {
                    String id = Long.toString(ids.get(i));
                    for (Long o : figures.get(i).observationIds()) {
                        w.write(id);
                        w.write('\t');
                        w.write(Long.toString(o));
                        w.write('\n');
                    }
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

    private interface Rows {
        void write(Writer w) throws IOException;
    }

    /** COPY … FROM STDIN on the transaction's own connection (JdbcTemplate hands out the bound one). */
    private static void copy(Connection con, String sql, Rows rows) throws SQLException {
        PGConnection pg = con.unwrap(PGConnection.class);
        try (PGCopyOutputStream out = new PGCopyOutputStream(pg, sql, 1 << 16);
             Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            rows.write(w);
        } catch (IOException e) {
            if (e.getCause() instanceof SQLException s) throw s;
            throw new UncheckedIOException(e);
        }
    }

    /** A value in COPY's text format: backslash, tab and line breaks escaped. */
    private static void text(Writer w, String s) throws IOException {
        if (s == null) {
            w.write("\\N");
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> w.write("\\\\");
                case '\t' -> w.write("\\t");
                case '\n' -> w.write("\\n");
                case '\r' -> w.write("\\r");
                default -> w.write(c);
            }
        }
    }

    private static void number(Writer w, BigDecimal n) throws IOException {
        w.write(n == null ? "\\N" : n.toPlainString());
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

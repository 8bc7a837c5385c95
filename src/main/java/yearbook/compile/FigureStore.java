package yearbook.compile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import yearbook.model.Figure;

/** The compiled figures of a year in the database; a re-run replaces them, never adds to them. */
public class FigureStore {
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public FigureStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public void replace(int year, List<CompiledFigure> figures) {
        jdbc.sql("delete from figure where year = ?").param(year).update();
        List<Object[]> rows = new ArrayList<>();
        for (CompiledFigure c : figures) {
            Figure f = c.figure();
            rows.add(new Object[]{f.year(), f.unitCode(), f.indicatorCode(), f.value(), f.prior(), f.growth(),
                    f.incomplete(), f.approximate(), f.comparable()});
        }
        template.batchUpdate("""
                insert into figure (year, unit_code, indicator_code, value, prior, growth, incomplete, approximate, comparable)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select id, unit_code, indicator_code from figure where year = ?").param(year)
                .query((rs, n) -> ids.put(rs.getString(2) + "|" + rs.getString(3), rs.getLong(1))).list();
        List<Object[]> links = new ArrayList<>();
        for (CompiledFigure c : figures) {
            long id = ids.get(c.figure().unitCode() + "|" + c.figure().indicatorCode());
            for (Long o : c.observationIds()) links.add(new Object[]{id, o});
        }
        template.batchUpdate("insert into figure_source (figure_id, observation_id) values (?, ?)", links);
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

package yearbook.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import yearbook.system.LineageCsv;
import yearbook.model.Period;

/**
 * A year's lineage read from the database when publish goes through it, a window of
 * figures at a time, so that memory does not grow with the year's sources (millions in a
 * city year). Each cell once, under the figure of the unit that reported it: a total's
 * sources are its units' rows, and repeating them under every total, rate and growth
 * would multiply the list (lineage is in figure_source for explain; this is the office's
 * readable list).
 */
final class DbLineage implements Lineage {

    /**
     * Figures per query: about 20 sources each at city scale, so some 40,000 rows in
     * memory at a time.
     */
    private static final int WINDOW = 2_000;

    private static final String FROM = """
            from figure f
            join figure_source fs on fs.figure_id = f.id
            join observation o on o.id = fs.observation_id
            join submission s on s.id = o.submission_id
            where f.year = ? and f.unit_code = o.unit_code and f.indicator_code = o.indicator_code""";

    private final DataSource dataSource;

    private final JdbcClient jdbc;

    private final int year;

    private Integer size;

    /** Figures above which the lines are formed in two halves at once. */
    private final long splitAbove;

    DbLineage(DataSource dataSource, JdbcClient jdbc, int year) {
        this(dataSource, jdbc, year, LineageCsv.SPLIT_ABOVE);
    }

    DbLineage(DataSource dataSource, JdbcClient jdbc, int year, long splitAbove) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.year = year;
        this.splitAbove = splitAbove;
    }

    @Override
    public synchronized int size() {
        if (size == null) {
            size = jdbc.sql("select count(*) " + FROM).param(year).query(Integer.class).single();
        }
        return size;
    }

    /**
     * Counts a window of figures' sources at a time, by figure id, and stops once past
     * the limit: one query with LIMIT was planned as a hash of all of figure_source
     * (17.56 million rows, 8–12 s at a province) before the limit applied, while a
     * window's sources are found through the keys (some 0.1 s per 2,000 figures).
     */
    @Override
    public boolean exceeds(int limit) {
        long counted = 0;
        long after = Long.MIN_VALUE;
        for (int window = WINDOW; counted <= limit; window = Math.min(window * 2, MAX_WINDOW)) {
            List<Long> ids = figureIds(after, window);
            if (ids.isEmpty()) {
                return false;
            }
            after = ids.get(ids.size() - 1);
            counted += jdbc.sql("select count(*) " + FROM + " and f.id between ? and ?")
                .params(year, ids.get(0), after)
                .query(Long.class)
                .single();
        }
        return true;
    }

    /**
     * The largest window exceeds asks for: a year of many figures with few sources each
     * is walked in a few dozen queries, each still found through the keys.
     */
    private static final int MAX_WINDOW = 64_000;

    /** The next window of the year's figure ids, found by key: a province has 820,000. */
    private List<Long> figureIds(long after, int window) {
        return jdbc.sql("select id from figure where year = ? and id > ? order by id limit ?")
            .params(year, after, window)
            .query(Long.class)
            .list();
    }

    @Override
    public void forEach(Consumer<YearReport.Source> each) {
        // Period labels repeat for every row: parse each code once.
        Map<String, String> periods = new HashMap<>();
        long after = Long.MIN_VALUE;
        while (true) {
            List<Long> ids = figureIds(after, WINDOW);
            if (ids.isEmpty()) {
                return;
            }
            long first = ids.get(0);
            long last = ids.get(ids.size() - 1);
            after = last;
            jdbc.sql("select f.unit_code, f.indicator_code, s.file_name, o.period, o.sheet, o.cell, o.value " + FROM
                    + " and f.id between ? and ? order by f.id, o.id")
                .params(year, first, last)
                .query(rs -> {
                    each.accept(new YearReport.Source(rs.getString(1), rs.getString(2), rs.getString(3),
                            label(periods, rs.getString(4)), rs.getString(5), rs.getString(6), rs.getBigDecimal(7)));
                });
        }
    }

    /**
     * null for no period (a file whose period could not be read), where computeIfAbsent
     * would fail.
     */
    private static String label(Map<String, String> periods, String code) {
        return code == null ? null : periods.computeIfAbsent(code, p -> Period.parseCode(p).label());
    }

    /** The lines formed and copied out by the database: {@link LineageCsv}. */
    @Override
    public long write(SourceLines lines, OutputStream out) throws IOException {
        return new LineageCsv(dataSource, jdbc, year, splitAbove).write(new LineageCsv.Fields() {
            @Override
            public String unit(String code) {
                return lines.unitNameField(code);
            }

            @Override
            public String indicator(String code) {
                return lines.indicatorNameField(code);
            }

            @Override
            public String text(String value) {
                return SourceLines.textField(value);
            }
        }, out);
    }

}

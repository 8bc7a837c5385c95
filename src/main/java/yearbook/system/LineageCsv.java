package yearbook.system;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import yearbook.model.Period;

/**
 * A year's lineage as the lines of sources-&lt;year&gt;.csv, formed by the database and
 * copied out as they are (COPY, binary, one text column per line, parsed by
 * {@link CopyLines}).
 */
public final class LineageCsv {

    /**
     * The CSV fields of what the database does not know: the names of units and
     * indicators, period labels.
     */
    public interface Fields {

        String unit(String code);

        String indicator(String code);

        String text(String value);

    }

    private final DataSource dataSource;

    private final JdbcClient jdbc;

    private final int year;

    /**
     * Figures of a year above which its lines are formed in two halves at once: a
     * province's 8 million lines keep one database process busy for a minute, most of it
     * after the rest of publish is done, while the other core has nothing to do.
     */
    public static final long SPLIT_ABOVE = 200_000;

    private final long splitAbove;

    public LineageCsv(DataSource dataSource, JdbcClient jdbc, int year) {
        this(dataSource, jdbc, year, SPLIT_ABOVE);
    }

    /** splitAbove: figures above which the lines are formed in two halves at once. */
    public LineageCsv(DataSource dataSource, JdbcClient jdbc, int year, long splitAbove) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.year = year;
        this.splitAbove = splitAbove;
    }

    /**
     * The lines formed by the database and copied out as they are (COPY, binary, one text
     * column per line): formatting them here would cost a core for seconds at a city's
     * scale, while the database forms them in parallel with COPY's query. The names of
     * units, indicators and periods, which the database does not know, go into a
     * temporary table first. A period code that is not one makes its line null, and the
     * copy fails as reading it would have.
     */
    public long write(Fields names, OutputStream out) throws IOException {
        List<String[]> named = names(names);
        long figures = jdbc.sql("select count(*) from figure where year = ?").param(year).query(Long.class).single();
        if (figures <= splitAbove) {
            return write(named, Long.MIN_VALUE, Long.MAX_VALUE, out);
        }
        // the second half into a file of its own meanwhile, appended when the first is
        // written: the same lines in the same order
        long middle = jdbc.sql("select id from figure where year = ? order by id offset ? limit 1")
            .params(year, figures / 2)
            .query(Long.class)
            .single();
        Path tail = Files.createTempFile("yearbook-sources-" + year + "-", ".part");
        try {
            CompletableFuture<Long> second = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tail), 1 << 16)) {
                    second.complete(write(named, middle, Long.MAX_VALUE, o));
                }
                catch (IOException | RuntimeException | Error e) {
                    second.completeExceptionally(e);
                }
            }, "publish-sources-" + year + "-second-half");
            t.setDaemon(true);
            t.start();
            long first;
            try {
                first = write(named, Long.MIN_VALUE, middle, out);
            }
            finally {
                // never leave it writing after this returns
                awaitQuietly(t);
            }
            long rest = joined(second);
            Files.copy(tail, out);
            return first + rest;
        }
        finally {
            Files.deleteIfExists(tail);
        }
    }

    private static void awaitQuietly(Thread t) {
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            }
            catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static long joined(CompletableFuture<Long> half) throws IOException {
        try {
            return half.join();
        }
        catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException("数据来源读取失败: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * The lines of the figures with from <= id < to (Long.MIN_VALUE, Long.MAX_VALUE: no
     * bound).
     */
    private long write(List<String[]> names, long from, long to, OutputStream out) throws IOException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                long n = copy(c, names, from, to, out);
                c.commit();
                c.setAutoCommit(autoCommit);
                return n;
            }
            catch (SQLException | IOException | RuntimeException e) {
                try {
                    c.rollback();
                    c.setAutoCommit(autoCommit);
                }
                catch (SQLException again) {
                    // a cancelled copy's cancel may land here; what went wrong is e
                    e.addSuppressed(again);
                }
                throw e;
            }
        }
        catch (SQLException e) {
            throw new IOException("数据来源读取失败: " + e.getMessage(), e);
        }
    }

    /**
     * The rows of the names table: kind, code, CSV field. Formed once, on the caller's
     * thread, for both halves.
     */
    private List<String[]> names(Fields names) {
        List<String[]> rows = new ArrayList<>();
        for (String u : jdbc.sql("select distinct unit_code from figure where year = ?")
            .param(year)
            .query(String.class)
            .list()) {
            rows.add(new String[] { "u", u, names.unit(u) });
        }
        for (String i : jdbc.sql("select distinct indicator_code from figure where year = ?")
            .param(year)
            .query(String.class)
            .list()) {
            rows.add(new String[] { "i", i, names.indicator(i) });
        }
        for (String p : jdbc.sql("select distinct period from observation where period is not null")
            .query(String.class)
            .list()) {
            String label;
            try {
                label = Period.parseCode(p).label();
            }
            catch (IllegalArgumentException e) {
                continue; // not in the lineage, or its line comes out null
            }
            rows.add(new String[] { "p", p, names.text(label) });
        }
        return rows;
    }

    private long copy(Connection c, List<String[]> names, long from, long to, OutputStream out)
            throws SQLException, IOException {
        try (Statement st = c.createStatement()) {
            st.execute(
                    "create temporary table publish_name (kind char(1), code text, field text, primary key (kind, code))"
                            + " on commit drop");
        }
        try (PreparedStatement ins = c.prepareStatement("insert into publish_name values (?, ?, ?)")) {
            for (String[] row : names) {
                add(ins, row[0], row[1], row[2]);
            }
            ins.executeBatch();
        }
        try (Statement st = c.createStatement()) {
            st.execute("analyze publish_name");
            // One process: publish keeps both cores busy meanwhile, and parallel workers
            // only added to the CPU spent.
            st.execute("set local max_parallel_workers_per_gather = 0");
            // Hash joins and the sort in memory: the planner underestimates the rows by
            // orders of magnitude (unit and indicator match twice) and would choose index
            // probes per row, half as fast again (bench/README.md).
            st.execute("set local work_mem = '256MB'");
            st.execute("set local enable_nestloop = off");
        }
        CopyLines sink = new CopyLines(out);
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyOut(copyQuery(year, from, to), sink);
        }
        catch (SQLException e) {
            // the driver cancels the copy when the sink fails, and reports the cancel
            if (sink.failure() != null) {
                throw sink.failure();
            }
            throw e;
        }
        return sink.finish();
    }

    private static void add(PreparedStatement ins, String kind, String code, String field) throws SQLException {
        ins.setString(1, kind);
        ins.setString(2, code);
        ins.setString(3, field);
        ins.addBatch();
    }

    /**
     * SourceLines.textField in SQL: empty for null, a ' before = + - @ tab CR, quoted
     * when it holds , " CR or LF. One pattern match decides for the common field, which
     * needs neither.
     */
    private static String field(String x) {
        String defused = "(case when left(" + x + ", 1) in ('=', '+', '-', '@', chr(9), chr(13)) then '''' || " + x
                + " else " + x + " end)";
        return "(case when " + x + " ~ '^[-=+@\t\r]|[,\"\r\n]' then " + quoted(defused) + " else coalesce(" + x
                + ", '') end)";
    }

    /** IndicatorsCsv.quote in SQL. */
    private static String quoted(String x) {
        return "(case when " + x + " ~ '[,\"\r\n]' then '\"' || replace(" + x + ", '\"', '\"\"') || '\"' else " + x
                + " end)";
    }

    /**
     * SourceLines.line in SQL: what depends on the figure (year, unit, indicator) formed
     * once per figure and what depends on the file once per file, the rest per row. A
     * period code with no label makes the line null.
     */
    private static String copyQuery(int year, long from, long to) {
        String figures = "f.year = " + year + (from == Long.MIN_VALUE ? "" : " and f.id >= " + from)
                + (to == Long.MAX_VALUE ? "" : " and f.id < " + to);
        return "copy (with fp as materialized (select f.id, f.year::text || ',' || " + field("f.unit_code")
                + " || ',' || u.field" + " || ',' || " + quoted("f.indicator_code")
                + " || ',' || i.field || ',' as prefix"
                + " from figure f join publish_name u on u.kind = 'u' and u.code = f.unit_code"
                + " join publish_name i on i.kind = 'i' and i.code = f.indicator_code where " + figures + "),"
                + " sp as materialized (select s.id, " + field("s.file_name") + " || ',' as file from submission s)"
                + " select fp.prefix || sp.file || coalesce(p.field, case when o.period is null then '' end) || ','"
                + " || " + field("o.sheet") + " || ',' || " + field("o.cell") + " || ',' || coalesce(o.value::text, '')"
                + " || chr(13) || chr(10)" + " from figure f join fp on fp.id = f.id"
                + " join figure_source fs on fs.figure_id = f.id" + " join observation o on o.id = fs.observation_id"
                + " join sp on sp.id = o.submission_id"
                + " left join publish_name p on p.kind = 'p' and p.code = o.period" + " where " + figures
                + " and f.unit_code = o.unit_code and f.indicator_code = o.indicator_code"
                + " order by f.id, o.id) to stdout (format binary)";
    }

}

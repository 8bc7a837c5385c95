package yearbook.job;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.UnitRegistry;
import yearbook.store.AirQualityDays;
import yearbook.compile.FigureStore;
import yearbook.compile.air.AnnualAirQualityEvaluator;
import yearbook.model.AnnualAirQuality;
import yearbook.model.CellRef;
import yearbook.model.Finding;
import yearbook.model.Period;
import yearbook.model.Severity;
import yearbook.publish.Lineage;
import yearbook.publish.SourceLines;
import yearbook.publish.YearReport;

/** Reads everything publish needs for a year out of the database. */
public class YearReportLoader {
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final IndicatorCatalog catalog;
    private final UnitRegistry units;
    private final FigureStore figures;
    private final AirQualityDays airDays;
    private final AnnualAirQualityEvaluator airEvaluator;

    public YearReportLoader(DataSource dataSource, JdbcClient jdbc, IndicatorCatalog catalog, UnitRegistry units,
                            FigureStore figures, AirQualityDays airDays, AnnualAirQualityEvaluator airEvaluator) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.units = units;
        this.figures = figures;
        this.airDays = airDays;
        this.airEvaluator = airEvaluator;
    }

    public YearReport load(int year) {
        int through = jdbc.sql("select through_month from compilation where year = ?").param(year)
                .query(Integer.class).optional().orElse(12);
        // The compile date is the figures' own, so that the same database state gives the same outputs.
        LocalDate compiledOn = jdbc.sql("select max(compiled_at) from figure where year = ?").param(year)
                .query(java.sql.Timestamp.class).optional()
                .map(t -> t.toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate())
                .orElse(LocalDate.now(ZoneId.of("Asia/Shanghai")));

        Map<String, List<String>> missing = new LinkedHashMap<>();
        jdbc.sql("select unit_code, period from missing_report where year = ? order by unit_code, period").param(year)
                .query((rs, n) -> missing.computeIfAbsent(rs.getString(1), u -> new ArrayList<>())
                        .add(Period.parseCode(rs.getString(2)).label()))
                .list();
        List<YearReport.Missing> missingRows = new ArrayList<>();
        missing.forEach((u, p) -> missingRows.add(new YearReport.Missing(u, p)));

        List<YearReport.Received> received = jdbc.sql("""
                select id, file_name, unit_code, period, status, filed_on, sha256 from submission where year = ? order by id""")
                .param(year)
                .query((rs, n) -> new YearReport.Received(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4) == null ? null : Period.parseCode(rs.getString(4)).label(), rs.getString(5),
                        rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(), rs.getString(7)))
                .list();

        List<YearReport.FileFinding> findings = jdbc.sql("""
                select f.unit_code, s.file_name, f.severity, f.rule, f.sheet, f.cell, f.value_seen, f.message, f.advice
                from finding f left join submission s on s.id = f.submission_id
                where f.year = ?
                order by f.unit_code nulls last, s.file_name, case f.severity when 'ERROR' then 0 when 'WARNING' then 1 else 2 end, f.id""")
                .param(year)
                .query((rs, n) -> new YearReport.FileFinding(rs.getString(1), rs.getString(2), new Finding(
                        Severity.valueOf(rs.getString(3)), rs.getString(4), new CellRef(rs.getString(5), rs.getString(6)),
                        rs.getString(7), rs.getString(8), rs.getString(9))))
                .list();

        Lineage lineage = new DbLineage(dataSource, jdbc, year);

        // Every station of the year: a sub-district has one, a district's network several (a section each).
        List<AnnualAirQuality> air = new java.util.ArrayList<>();
        for (var e : airDays.byStation(year).entrySet()) {
            air.add(airEvaluator.evaluate(e.getKey(), year,
                    e.getValue().stream().filter(d -> d.day().getMonthValue() <= through).toList()));
        }
        TargetsAndTrendsLoader more = new TargetsAndTrendsLoader(jdbc, catalog, units);
        return new YearReport(year, through, compiledOn, catalog, units, figures.load(year), missingRows, received, findings,
                lineage, air).with(more.progress(year), more.trends(year, through));
    }

    /**
     * A year's lineage read from the database when publish goes through it, a window of figures at a
     * time: a city year has 1.75 million sources, which as one list (and as the driver's buffered result
     * set before that) took gigabytes of heap. Each cell once, under the figure of the unit that reported
     * it: a total's sources are its units' rows, and repeating them under every total, rate and growth
     * would multiply the list (lineage is in figure_source for explain; this is the office's readable list).
     */
    static final class DbLineage implements Lineage {
        /** Figures per query: about 20 sources each at city scale, so some 40,000 rows in memory at a time. */
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

        DbLineage(DataSource dataSource, JdbcClient jdbc, int year) {
            this.dataSource = dataSource;
            this.jdbc = jdbc;
            this.year = year;
        }

        @Override
        public synchronized int size() {
            if (size == null) size = jdbc.sql("select count(*) " + FROM).param(year).query(Integer.class).single();
            return size;
        }

        /** Stops counting at limit + 1: counting a city's 826,000 sources took seconds, to learn it is above 100,000. */
        @Override
        public boolean exceeds(int limit) {
            return jdbc.sql("select count(*) from (select 1 " + FROM + " limit ?) s").params(year, limit + 1L)
                    .query(Long.class).single() > limit;
        }

        @Override
        public void forEach(Consumer<YearReport.Source> each) {
            List<Long> ids = jdbc.sql("select id from figure where year = ? order by id").param(year).query(Long.class).list();
            // Period labels repeat for every row: parse each code once.
            Map<String, String> periods = new java.util.HashMap<>();
            for (int from = 0; from < ids.size(); from += WINDOW) {
                long first = ids.get(from);
                long last = ids.get(Math.min(ids.size(), from + WINDOW) - 1);
                jdbc.sql("select f.unit_code, f.indicator_code, s.file_name, o.period, o.sheet, o.cell, o.value "
                                + FROM + " and f.id between ? and ? order by f.id, o.id")
                        .params(year, first, last)
                        .query(rs -> {
                            each.accept(new YearReport.Source(rs.getString(1), rs.getString(2), rs.getString(3),
                                    label(periods, rs.getString(4)),
                                    rs.getString(5), rs.getString(6), rs.getBigDecimal(7)));
                        });
            }
        }

        /** null for no period (a file whose period could not be read), where computeIfAbsent would fail. */
        private static String label(Map<String, String> periods, String code) {
            return code == null ? null : periods.computeIfAbsent(code, p -> Period.parseCode(p).label());
        }

        /**
         * The lines formed by the database and copied out as they are (COPY, binary, one text column per
         * line): a city's 826,000 lines read as rows and formatted here took a core for 6-8 s, while the
         * database runs COPY's query in parallel. The names of units, indicators and periods, which the
         * database does not know, go into a temporary table first. A period code that is not one makes
         * its line null, and the copy fails as reading it would have.
         */
        @Override
        public long write(SourceLines lines, OutputStream out) throws IOException {
            try (Connection c = dataSource.getConnection()) {
                boolean autoCommit = c.getAutoCommit();
                c.setAutoCommit(false);
                try {
                    long n = copy(c, lines, out);
                    c.commit();
                    c.setAutoCommit(autoCommit);
                    return n;
                } catch (SQLException | IOException | RuntimeException e) {
                    try {
                        c.rollback();
                        c.setAutoCommit(autoCommit);
                    } catch (SQLException again) {
                        // a cancelled copy's cancel may land here; what went wrong is e
                        e.addSuppressed(again);
                    }
                    throw e;
                }
            } catch (SQLException e) {
                throw new IOException("数据来源读取失败: " + e.getMessage(), e);
            }
        }

        private long copy(Connection c, SourceLines lines, OutputStream out) throws SQLException, IOException {
            try (Statement st = c.createStatement()) {
                st.execute("create temporary table publish_name (kind char(1), code text, field text, primary key (kind, code))"
                        + " on commit drop");
            }
            try (PreparedStatement ins = c.prepareStatement("insert into publish_name values (?, ?, ?)")) {
                for (String u : jdbc.sql("select distinct unit_code from figure where year = ?").param(year).query(String.class).list())
                    add(ins, "u", u, lines.unitNameField(u));
                for (String i : jdbc.sql("select distinct indicator_code from figure where year = ?").param(year).query(String.class).list())
                    add(ins, "i", i, lines.indicatorNameField(i));
                for (String p : jdbc.sql("select distinct period from observation where period is not null").query(String.class).list()) {
                    String label;
                    try {
                        label = Period.parseCode(p).label();
                    } catch (IllegalArgumentException e) {
                        continue; // not in the lineage, or its line comes out null
                    }
                    add(ins, "p", p, SourceLines.textField(label));
                }
                ins.executeBatch();
            }
            try (Statement st = c.createStatement()) {
                st.execute("analyze publish_name");
                // One process: publish keeps both cores busy meanwhile, and parallel workers only added to the CPU spent.
                st.execute("set local max_parallel_workers_per_gather = 0");
                // Hash joins held in memory and the sort in memory (a city's 826,000 lines are some 150 MB): the
                // planner underestimates the rows by 5 orders of magnitude (unit and indicator match twice) and
                // chose index probes per row, which took half as long again.
                st.execute("set local work_mem = '256MB'");
                st.execute("set local enable_nestloop = off");
            }
            CopyLines sink = new CopyLines(out);
            try {
                c.unwrap(PGConnection.class).getCopyAPI().copyOut(copyQuery(year), sink);
            } catch (SQLException e) {
                // the driver cancels the copy when the sink fails, and reports the cancel
                if (sink.failure != null) throw sink.failure;
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
         * SourceLines.textField in SQL: empty for null, a ' before = + - @ tab CR, quoted when it holds
         * , " CR or LF. One pattern match decides for the common field, which needs neither.
         */
        private static String field(String x) {
            String defused = "(case when left(" + x + ", 1) in ('=', '+', '-', '@', chr(9), chr(13)) then '''' || " + x
                    + " else " + x + " end)";
            return "(case when " + x + " ~ '^[-=+@\t\r]|[,\"\r\n]' then " + quoted(defused) + " else coalesce(" + x + ", '') end)";
        }

        /** IndicatorsCsv.quote in SQL. */
        private static String quoted(String x) {
            return "(case when " + x + " ~ '[,\"\r\n]' then '\"' || replace(" + x + ", '\"', '\"\"') || '\"' else " + x + " end)";
        }

        /**
         * SourceLines.line in SQL: what depends on the figure (year, unit, indicator) formed once per
         * figure and what depends on the file once per file, the rest per row. A period code with no
         * label makes the line null.
         */
        private static String copyQuery(int year) {
            return "copy (with fp as materialized (select f.id, f.year::text || ',' || " + field("f.unit_code") + " || ',' || u.field"
                    + " || ',' || " + quoted("f.indicator_code") + " || ',' || i.field || ',' as prefix"
                    + " from figure f join publish_name u on u.kind = 'u' and u.code = f.unit_code"
                    + " join publish_name i on i.kind = 'i' and i.code = f.indicator_code where f.year = " + year + "),"
                    + " sp as materialized (select s.id, " + field("s.file_name") + " || ',' as file from submission s)"
                    + " select fp.prefix || sp.file || coalesce(p.field, case when o.period is null then '' end) || ','"
                    + " || " + field("o.sheet") + " || ',' || " + field("o.cell") + " || ',' || coalesce(o.value::text, '')"
                    + " || chr(13) || chr(10)"
                    + " from figure f join fp on fp.id = f.id"
                    + " join figure_source fs on fs.figure_id = f.id"
                    + " join observation o on o.id = fs.observation_id"
                    + " join sp on sp.id = o.submission_id"
                    + " left join publish_name p on p.kind = 'p' and p.code = o.period"
                    + " where f.year = " + year + " and f.unit_code = o.unit_code and f.indicator_code = o.indicator_code"
                    + " order by f.id, o.id) to stdout (format binary)";
        }
    }

    /**
     * Takes COPY's binary format (a header, then per row a 16-bit field count, a 32-bit length and
     * the bytes; a count of -1 at the end) and passes the one field of each row on. The bytes come
     * in pieces of any size.
     */
    static final class CopyLines extends OutputStream {
        private static final int SIGNATURE = 11;
        private static final int HEADER = SIGNATURE + 8;
        private static final int HEAD = 0, EXTENSION = 1, FIELDS = 2, LENGTH = 3, DATA = 4, END = 5;
        private final OutputStream out;
        private final byte[] header = new byte[HEADER];
        private int have;          // bytes of the current header or number read so far
        private int stage = HEAD;
        private long remaining;    // bytes left of the header extension or of the line
        private long rows;

        CopyLines(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        /** What stopped the copy here, if anything did. */
        IOException failure;

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                parse(b, off, len);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        private void parse(byte[] b, int off, int len) throws IOException {
            int end = off + len;
            while (off < end) {
                switch (stage) {
                    case HEAD -> {
                        header[have++] = b[off++];
                        if (have == HEADER) {
                            remaining = int32(header, SIGNATURE + 4);
                            have = 0;
                            stage = remaining > 0 ? EXTENSION : FIELDS;
                        }
                    }
                    case EXTENSION -> {
                        int skip = (int) Math.min(remaining, end - off);
                        off += skip;
                        remaining -= skip;
                        if (remaining == 0) stage = FIELDS;
                    }
                    case FIELDS -> {
                        header[have++] = b[off++];
                        if (have == 2) {
                            have = 0;
                            short fields = (short) (((header[0] & 0xff) << 8) | (header[1] & 0xff));
                            if (fields == -1) stage = END;
                            else if (fields != 1) throw new IOException("COPY: " + fields + " fields in a row, expected 1");
                            else stage = LENGTH;
                        }
                    }
                    case LENGTH -> {
                        header[have++] = b[off++];
                        if (have == 4) {
                            have = 0;
                            remaining = int32(header, 0);
                            if (remaining < 0)
                                throw new IOException("第 " + (rows + 1) + " 条数据来源无法写成一行(报告期代码无法识别?)");
                            rows++;
                            stage = remaining > 0 ? DATA : FIELDS;
                        }
                    }
                    case DATA -> {
                        int n = (int) Math.min(remaining, end - off);
                        out.write(b, off, n);
                        off += n;
                        remaining -= n;
                        if (remaining == 0) stage = FIELDS;
                    }
                    default -> throw new IOException("COPY: data after its end");
                }
            }
        }

        private static int int32(byte[] b, int at) {
            return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
        }

        /** How many rows were copied; fails when the copy stopped short of its end. */
        long finish() throws IOException {
            if (stage != END) throw new IOException("COPY ended early, after " + rows + " rows");
            return rows;
        }
    }
}

package yearbook.read;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.support.SqlArrayValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import yearbook.collect.SubmissionStatus;
import yearbook.model.CellRef;
import yearbook.model.Finding;

/**
 * Reads every submission of a year that has not been read yet, several files at once
 * (files are independent). Each file is read from the archive's bytes, not from the input
 * folder, and stored in one transaction: a run killed mid-way leaves each file either
 * read or untouched, and a restart reads only the untouched ones.
 */
public class ReadStage {

    private static final Logger log = LoggerFactory.getLogger(ReadStage.class);

    public record Outcome(int read, int accepted, int quarantined, int notSubmissions) {
    }

    /**
     * @param withheld why the archive has no bytes of it (TOO_LARGE, LINK), or null
     */
    record Pending(long id, String fileName, String sha256, long size, String withheld) {
        Pending(long id, String fileName, String sha256, long size) {
            this(id, fileName, sha256, size, null);
        }

        /** What it costs to fetch: nothing when there are no bytes to fetch. */
        long fetchBytes() {
            return withheld == null ? size : 0;
        }
    }

    private final JdbcClient jdbc;

    private final TransactionTemplate tx;

    private final SubmissionReader reader;

    private final ResultStore store;

    public ReadStage(JdbcClient jdbc, TransactionTemplate tx, SubmissionReader reader, ResultStore store) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.reader = reader;
        this.store = store;
    }

    /** Files of the year not read yet. */
    public int pending(int year) {
        return jdbc.sql("select count(*) from submission where year = ? and status = ?")
            .params(year, SubmissionStatus.RECEIVED.name())
            .query(Integer.class)
            .single();
    }

    /**
     * Files stored per transaction: fewer round trips and commits; a crash re-reads at
     * most this many. Each group costs PostgreSQL a COPY, a commit and four statements
     * besides its rows: the city's 936,000 observations COPYed on the server in 750
     * transactions took 7.8-9.6 s, in 188 took 5.4-7.3 s, in one 6.3-6.7 s.
     */
    static final int FILES_PER_COMMIT = 128;

    /** Archive bytes fetched per query; a larger file is fetched (and held) alone. */
    static final long BYTES_PER_FETCH = 8L * 1024 * 1024;

    /**
     * Reads one partition's share of the year's unread files, one after the other: the
     * files whose id modulo {@code partitions} is {@code partition}. Partitions run on a
     * thread pool (or, one day, on other machines). Files are fetched from the archive
     * and stored a hundred or so at a time, each group in one transaction: a file is
     * stored whole or not at all, and a restart reads again only the files of the group
     * that was not committed.
     */
    public Outcome readPartition(int year, int partition, int partitions, Consumer<String> onFile) {
        int accepted = 0;
        int quarantined = 0;
        int other = 0;
        int read = 0;
        // A window of the year's unread files at a time, by id: a province's 240,000
        // files are not listed at once.
        long after = 0;
        for (Window window = window(year, partition, partitions, after); window.last() != null; window = window(year,
                partition, partitions, after)) {
            after = window.last();
            List<Pending> page = window.mine();
            read += page.size();
            for (List<Pending> group : groups(page)) {
                Map<String, byte[]> content = fetch(group);
                List<ResultStore.Read> reads = new ArrayList<>(group.size());
                for (Pending p : group) {
                    ReadResult r = p.withheld() != null ? reader.withheld(p.fileName(), p.withheld(), p.size())
                            : readSafely(content.get(p.sha256()), p.fileName(), p.size());
                    reads.add(new ResultStore.Read(p.id(), belongsTo(year, r)));
                }
                content.clear();
                List<SubmissionStatus> statuses = saveOrIsolate(year, reads);
                for (int k = 0; k < group.size(); k++) {
                    switch (statuses.get(k)) {
                        case ACCEPTED -> accepted++;
                        case QUARANTINED -> quarantined++;
                        default -> other++;
                    }
                    onFile.accept(group.get(k).fileName());
                }
            }
        }
        log.info("读取 {} 年文件(分区 {}/{}) {} 个: 采用 {}, 退回 {}, 非报表 {}", year, partition + 1, partitions, read, accepted,
                quarantined, other);
        return new Outcome(read, accepted, quarantined, other);
    }

    /** About how many of a partition's files one window lists. */
    static final int FILES_PER_PAGE = 2000;

    /**
     * The next unread files of the year after {@code after}, in id order, as many as
     * every partition's page together; {@code last} is the greatest id among them (null:
     * none left), {@code mine} those of this partition, with their archive entries.
     */
    record Window(Long last, List<Pending> mine) {
    }

    /**
     * The window is found through the index on (year, status, id) and stops after its
     * rows: PostgreSQL cannot estimate how many ids a modulo keeps, and with the
     * partition's filter in the same query it planned a scan of every submission and a
     * join of all the partition's unread files to the archive for each page: 20.9 s of
     * the province's read, growing with the square of the year (now 3.9 s).
     */
    private Window window(int year, int partition, int partitions, long after) {
        List<Pending> mine = new ArrayList<>();
        Long[] last = { null };
        jdbc.sql("""
                with win as (
                    select id, file_name, sha256 from submission
                    where year = ? and status = ? and id > ? order by id limit ?),
                mine as (
                    select w.id, w.file_name, w.sha256, f.size_bytes, f.withheld
                    from win w join received_file f using (sha256) where mod(w.id, ?) = ?)
                select l.last, m.id, m.file_name, m.sha256, m.size_bytes, m.withheld
                from (select max(id) as last from win) l left join mine m on true order by m.id""")
            .params(year, SubmissionStatus.RECEIVED.name(), after, (long) FILES_PER_PAGE * partitions, partitions,
                    partition)
            .query(rs -> {
                last[0] = (Long) rs.getObject(1);
                long id = rs.getLong(2);
                if (!rs.wasNull()) {
                    mine.add(new Pending(id, rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6)));
                }
            });
        return new Window(last[0], mine);
    }

    /**
     * Stores a group's readings in one transaction. Should the database refuse something
     * of one file (a value it cannot hold, a text it will not take), the group is stored
     * file by file and the file it refuses is stored as not read, with a finding naming
     * it: one file never stops the year. A lost database is not a file's fault and fails
     * the stage as before.
     */
    private List<SubmissionStatus> saveOrIsolate(int year, List<ResultStore.Read> reads) {
        try {
            return save(year, reads);
        }
        catch (DataAccessException e) {
            if (lostDatabase(e)) {
                throw e;
            }
            log.warn("一组文件无法入库,改为逐个保存", e);
        }
        List<SubmissionStatus> statuses = new ArrayList<>(reads.size());
        for (ResultStore.Read read : reads) {
            try {
                statuses.addAll(save(year, List.of(read)));
            }
            catch (DataAccessException e) {
                if (lostDatabase(e)) {
                    throw e;
                }
                log.error("文件(submission {})的读取结果无法入库", read.submissionId(), e);
                ReadResult refused = new ReadResult.NotASubmission(
                        List.of(Finding.error("文件内容", null, null, "本文件的内容无法存入数据库(数据库拒绝了其中的数值或文字),未予采用。",
                                "请用Excel或WPS打开报表,核对数值后另存为新的.xlsx文件重新报送;如仍有问题,请联系街道统计站。")));
                statuses.addAll(save(year, List.of(new ResultStore.Read(read.submissionId(), refused))));
            }
        }
        return statuses;
    }

    private List<SubmissionStatus> save(int year, List<ResultStore.Read> reads) {
        return tx.execute(status -> {
            // Not waiting for the WAL flush of each commit is safe here: a commit lost in
            // a crash leaves its files RECEIVED, and the restarted run reads them again.
            jdbc.sql("set local synchronous_commit = off").update();
            return store.saveAll(year, reads);
        });
    }

    /**
     * The connection is gone (SQL state class 08, 57P, or the pool gave up): nothing a
     * file did.
     */
    private static boolean lostDatabase(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (t instanceof CannotGetJdbcConnectionException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Consecutive files, at most FILES_PER_COMMIT and BYTES_PER_FETCH together (a big
     * file alone).
     */
    static List<List<Pending>> groups(List<Pending> pending) {
        List<List<Pending>> groups = new ArrayList<>();
        List<Pending> group = new ArrayList<>();
        long bytes = 0;
        for (Pending p : pending) {
            if (!group.isEmpty() && (group.size() == FILES_PER_COMMIT || bytes + p.fetchBytes() > BYTES_PER_FETCH)) {
                groups.add(group);
                group = new ArrayList<>();
                bytes = 0;
            }
            group.add(p);
            bytes += p.fetchBytes();
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        return groups;
    }

    private Map<String, byte[]> fetch(List<Pending> group) {
        String[] hashes = group.stream()
            .filter(p -> p.withheld() == null)
            .map(Pending::sha256)
            .distinct()
            .toArray(String[]::new);
        Map<String, byte[]> content = new HashMap<>();
        if (hashes.length == 0) {
            return content;
        }
        jdbc.sql("select sha256, content from received_file where sha256 = any(?)")
            .param(new SqlArrayValue("bpchar", (Object[]) hashes))
            .query(rs -> {
                content.put(rs.getString(1), rs.getBytes(2));
            });
        return content;
    }

    /**
     * A file put in the wrong year's folder must not count for that year: it is
     * quarantined with a finding.
     */
    static ReadResult belongsTo(int year, ReadResult r) {
        if (r instanceof ReadResult.Report rep && rep.period() != null && rep.period().year() != year) {
            List<Finding> f = new ArrayList<>(rep.findings());
            f.add(Problem.PERIOD_NOT_IN_YEAR.at(new CellRef(rep.sheet(), null), rep.period().label(),
                    rep.period().label(), year, rep.period().year()));
            return new ReadResult.Report(rep.sheet(), rep.unitCode(), rep.period(), rep.filedOn(), rep.observations(),
                    f);
        }
        if (r instanceof ReadResult.Targets t && t.period() != null && t.period().year() != year) {
            List<Finding> f = new ArrayList<>(t.findings());
            f.add(Problem.PERIOD_NOT_IN_YEAR.at(new CellRef(t.sheet(), null), t.period().label(), t.period().label(),
                    year, t.period().year()));
            return new ReadResult.Targets(t.sheet(), t.issuerCode(), t.period(), t.filedOn(), t.targets(), f);
        }
        if (r instanceof ReadResult.AirQuality aq && !aq.days().isEmpty()
                && aq.days().stream().noneMatch(d -> d.day().getYear() == year)) {
            List<Finding> f = new ArrayList<>(aq.findings());
            f.add(Problem.DAYS_NOT_IN_YEAR.at(new CellRef(aq.sheet(), null), null, aq.days().size(), year));
            return new ReadResult.AirQuality(aq.sheet(), aq.stationCode(), aq.days(), f);
        }
        return r;
    }

    /** A reader bug must not stop the run: the file is reported, the others go on. */
    private ReadResult readSafely(byte[] content, String fileName, long size) {
        try {
            return reader.read(content, fileName);
        }
        catch (OutOfMemoryError e) {
            log.error("读取文件 {} 时内存不足", fileName);
            return WorkbookReader.outOfMemory(fileName, size);
        }
        catch (RuntimeException | StackOverflowError e) {
            log.error("读取文件 {} 时出现程序错误", fileName, e);
            return new ReadResult.NotASubmission(
                    List.of(Finding.error("文件内容", null, null, "程序无法读取此文件(" + e.getClass().getSimpleName() + ")。",
                            "请用 Excel 或 WPS 打开后另存为 .xlsx 再报送;如仍有问题,请联系街道统计站。")));
        }
    }

}

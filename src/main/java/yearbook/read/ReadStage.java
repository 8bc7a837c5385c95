package yearbook.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.support.SqlArrayValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import yearbook.collect.SubmissionStatus;
import yearbook.model.Finding;

/**
 * Reads every submission of a year that has not been read yet, several files at once (files are
 * independent). Each file is read from the archive's bytes, not from the input folder, and stored in
 * one transaction: a run killed mid-way leaves each file either read or untouched, and a restart
 * reads only the untouched ones.
 */
public class ReadStage {
    private static final Logger log = LoggerFactory.getLogger(ReadStage.class);

    public record Outcome(int read, int accepted, int quarantined, int notSubmissions) {
    }

    record Pending(long id, String fileName, String sha256, long size) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final SubmissionReader reader;
    private final ReadResultStore store;

    public ReadStage(JdbcClient jdbc, TransactionTemplate tx, SubmissionReader reader, ReadResultStore store) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.reader = reader;
        this.store = store;
    }

    /** Files of the year not read yet. */
    public int pending(int year) {
        return jdbc.sql("select count(*) from submission where year = ? and status = ?")
                .params(year, SubmissionStatus.RECEIVED.name()).query(Integer.class).single();
    }

    /** Files stored per transaction: fewer round trips and commits; a crash re-reads at most this many. */
    static final int FILES_PER_COMMIT = 32;
    /** Archive bytes fetched per query; a larger file is fetched (and held) alone. */
    static final long BYTES_PER_FETCH = 8L * 1024 * 1024;

    /**
     * Reads one partition's share of the year's unread files, one after the other: the files whose
     * id modulo {@code partitions} is {@code partition}. Partitions run on a thread pool (or, one day,
     * on other machines). Files are fetched from the archive and stored a few dozen at a time, each
     * group in one transaction: a file is stored whole or not at all, and a restart reads again only
     * the files of the group that was not committed.
     */
    public Outcome readPartition(int year, int partition, int partitions, java.util.function.Consumer<String> onFile) {
        List<Pending> pending = jdbc.sql("""
                select s.id, s.file_name, s.sha256, f.size_bytes from submission s join received_file f using (sha256)
                where s.year = ? and s.status = ? and mod(s.id, ?) = ? order by s.id""")
                .params(year, SubmissionStatus.RECEIVED.name(), partitions, partition)
                .query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4))).list();
        int accepted = 0;
        int quarantined = 0;
        int other = 0;
        for (List<Pending> group : groups(pending)) {
            Map<String, byte[]> content = fetch(group);
            List<ReadResultStore.Read> reads = new ArrayList<>(group.size());
            for (Pending p : group) {
                byte[] bytes = content.get(p.sha256());
                reads.add(new ReadResultStore.Read(p.id(), belongsTo(year, readSafely(bytes, p.fileName()))));
            }
            content.clear();
            List<SubmissionStatus> statuses = tx.execute(status -> {
                // Not waiting for the WAL flush of each commit is safe here: a commit lost in a crash leaves
                // its files RECEIVED, and the restarted run reads them again.
                jdbc.sql("set local synchronous_commit = off").update();
                return store.saveAll(year, reads);
            });
            for (int k = 0; k < group.size(); k++) {
                switch (statuses.get(k)) {
                    case ACCEPTED -> accepted++;
                    case QUARANTINED -> quarantined++;
                    default -> other++;
                }
                onFile.accept(group.get(k).fileName());
            }
        }
        log.info("读取 {} 年文件(分区 {}/{}) {} 个: 采用 {}, 退回 {}, 非报表 {}", year, partition + 1, partitions,
                pending.size(), accepted, quarantined, other);
        return new Outcome(pending.size(), accepted, quarantined, other);
    }

    /** Consecutive files, at most FILES_PER_COMMIT and BYTES_PER_FETCH together (a big file alone). */
    static List<List<Pending>> groups(List<Pending> pending) {
        List<List<Pending>> groups = new ArrayList<>();
        List<Pending> group = new ArrayList<>();
        long bytes = 0;
        for (Pending p : pending) {
            if (!group.isEmpty() && (group.size() == FILES_PER_COMMIT || bytes + p.size() > BYTES_PER_FETCH)) {
                groups.add(group);
                group = new ArrayList<>();
                bytes = 0;
            }
            group.add(p);
            bytes += p.size();
        }
        if (!group.isEmpty()) groups.add(group);
        return groups;
    }

    private Map<String, byte[]> fetch(List<Pending> group) {
        String[] hashes = group.stream().map(Pending::sha256).distinct().toArray(String[]::new);
        Map<String, byte[]> content = new HashMap<>();
        jdbc.sql("select sha256, content from received_file where sha256 = any(?)")
                .param(new SqlArrayValue("bpchar", (Object[]) hashes))
                .query(rs -> {
                    content.put(rs.getString(1), rs.getBytes(2));
                });
        return content;
    }

    /** A file put in the wrong year's folder must not count for that year: it is quarantined with a finding. */
    static ReadResult belongsTo(int year, ReadResult r) {
        if (r instanceof ReadResult.Report rep && rep.period() != null && rep.period().year() != year) {
            List<Finding> f = new ArrayList<>(rep.findings());
            f.add(Problem.PERIOD_NOT_IN_YEAR.at(new yearbook.model.CellRef(rep.sheet(), null), rep.period().label(),
                    rep.period().label(), year, rep.period().year()));
            return new ReadResult.Report(rep.sheet(), rep.unitCode(), rep.period(), rep.filedOn(), rep.observations(), f);
        }
        if (r instanceof ReadResult.Targets t && t.period() != null && t.period().year() != year) {
            List<Finding> f = new ArrayList<>(t.findings());
            f.add(Problem.PERIOD_NOT_IN_YEAR.at(new yearbook.model.CellRef(t.sheet(), null), t.period().label(),
                    t.period().label(), year, t.period().year()));
            return new ReadResult.Targets(t.sheet(), t.issuerCode(), t.period(), t.filedOn(), t.targets(), f);
        }
        if (r instanceof ReadResult.AirQuality aq && !aq.days().isEmpty()
                && aq.days().stream().noneMatch(d -> d.day().getYear() == year)) {
            List<Finding> f = new ArrayList<>(aq.findings());
            f.add(Problem.DAYS_NOT_IN_YEAR.at(new yearbook.model.CellRef(aq.sheet(), null), null, aq.days().size(), year));
            return new ReadResult.AirQuality(aq.sheet(), aq.stationCode(), aq.days(), f);
        }
        return r;
    }

    /** A reader bug must not stop the run: the file is reported, the others go on. */
    private ReadResult readSafely(byte[] content, String fileName) {
        try {
            return reader.read(content, fileName);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            log.error("读取文件 {} 时出现程序错误", fileName, e);
            return new ReadResult.NotASubmission(List.of(Finding.error("READ_FAILED", null, null,
                    "程序无法读取此文件(" + e.getClass().getSimpleName() + ")。",
                    "请用 Excel 或 WPS 打开后另存为 .xlsx 再报送;如仍有问题,请联系街道统计站。")));
        }
    }
}

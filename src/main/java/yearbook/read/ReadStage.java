package yearbook.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    private record Pending(long id, String fileName, String sha256) {
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

    /**
     * Reads one partition's share of the year's unread files, one after the other: the files whose
     * id modulo {@code partitions} is {@code partition}. Partitions run on a thread pool (or, one day,
     * on other machines), each file in its own transaction.
     */
    public Outcome readPartition(int year, int partition, int partitions, java.util.function.Consumer<String> onFile) {
        List<Pending> pending = jdbc.sql("""
                select id, file_name, sha256 from submission
                where year = ? and status = ? and mod(id, ?) = ? order by id""")
                .params(year, SubmissionStatus.RECEIVED.name(), partitions, partition)
                .query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        int accepted = 0;
        int quarantined = 0;
        int other = 0;
        for (Pending p : pending) {
            SubmissionStatus s;
            try {
                s = readOne(year, p);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            switch (s) {
                case ACCEPTED -> accepted++;
                case QUARANTINED -> quarantined++;
                default -> other++;
            }
            onFile.accept(p.fileName());
        }
        log.info("读取 {} 年文件(分区 {}/{}) {} 个: 采用 {}, 退回 {}, 非报表 {}", year, partition + 1, partitions,
                pending.size(), accepted, quarantined, other);
        return new Outcome(pending.size(), accepted, quarantined, other);
    }

    private SubmissionStatus readOne(int year, Pending p) throws IOException {
        byte[] bytes = jdbc.sql("select content from received_file where sha256 = ?").param(p.sha256())
                .query(byte[].class).single();
        String name = Path.of(p.fileName()).getFileName().toString();
        String suffix = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
        Path tmp = Files.createTempFile("yearbook-", suffix.length() > 10 ? "" : suffix);
        try {
            Files.write(tmp, bytes);
            ReadResult result = belongsTo(year, readSafely(tmp, p.fileName()));
            return tx.execute(status -> {
                // Not waiting for the WAL flush of each file is safe here: a commit lost in a crash leaves
                // the file RECEIVED, and the restarted run reads it again.
                jdbc.sql("set local synchronous_commit = off").update();
                return store.save(p.id(), year, result);
            });
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A file put in the wrong year's folder must not count for that year: it is quarantined with a finding. */
    static ReadResult belongsTo(int year, ReadResult r) {
        if (r instanceof ReadResult.Report rep && rep.period() != null && rep.period().year() != year) {
            List<Finding> f = new ArrayList<>(rep.findings());
            f.add(Problem.PERIOD_NOT_IN_YEAR.at(new yearbook.model.CellRef(rep.sheet(), null), rep.period().label(),
                    rep.period().label(), year, rep.period().year()));
            return new ReadResult.Report(rep.sheet(), rep.unitCode(), rep.period(), rep.filedOn(), rep.observations(), f);
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
    private ReadResult readSafely(Path file, String fileName) {
        try {
            return reader.read(file, fileName);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            log.error("读取文件 {} 时出现程序错误", fileName, e);
            return new ReadResult.NotASubmission(List.of(Finding.error("READ_FAILED", null, null,
                    "程序无法读取此文件(" + e.getClass().getSimpleName() + ")。",
                    "请用 Excel 或 WPS 打开后另存为 .xlsx 再报送;如仍有问题,请联系街道统计站。")));
        }
    }
}

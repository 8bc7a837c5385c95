package yearbook.collect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers a year's received files. Idempotent: a file already registered under the same
 * name and content is skipped, so re-running a year counts nothing twice. The same bytes
 * under another name become a DUPLICATE of the first arrival. Every file's bytes go to
 * the archive in the same transaction as its registration.
 *
 * <p>
 * Files are registered in batches, one transaction each: a run killed mid-collect leaves
 * whole batches registered (and archived) and nothing else, and the next run registers
 * the rest. The files are listed, hashed and registered a window of {@link #BATCH_FILES}
 * at a time, and what the year already holds of a window's names and contents is asked of
 * the database once per window, by index (migration V12): not file by file (at 24,000
 * files those look-ups were most of the stage), and not the whole year up front (a
 * province's 240,000 files and hashes would be held all at once).
 */
public class Collector {

    private static final Logger log = LoggerFactory.getLogger(Collector.class);

    /**
     * Files per transaction; a batch also ends once its bytes reach {@link #BATCH_BYTES}.
     */
    static final int BATCH_FILES = 500;

    /**
     * The bytes of a batch are held in memory until it is sent; a bigger single file is a
     * batch of its own.
     */
    static final long BATCH_BYTES = 32L * 1024 * 1024;

    public record Outcome(int found, int registered, int duplicates) {
    }

    private final JdbcClient jdbc;

    private final JdbcTemplate template;

    private final TransactionTemplate tx;

    private final long maxFileBytes;

    public Collector(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate tx) {
        this(jdbc, template, tx, InputFolder.DEFAULT_MAX_FILE_BYTES);
    }

    /**
     * @param maxFileBytes a larger file is registered by its size and hash, its bytes not
     * archived
     */
    public Collector(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate tx, long maxFileBytes) {
        this.jdbc = jdbc;
        this.template = template;
        this.tx = tx;
        this.maxFileBytes = maxFileBytes;
    }

    public Outcome collect(int year, Path yearFolder) {
        // A window of files at a time: listed, hashed, registered. What the year already
        // holds is asked of the database per window (by an index), so nothing here grows
        // with the year but the list of paths.
        List<Path> paths = InputFolder.paths(yearFolder);
        int registered = 0;
        int duplicates = 0;
        int analyzedAt = BATCH_FILES / 2;
        if (!paths.isEmpty()) {
            // The next window is hashed while this one is registered (alone, collect kept
            // 1.1 of the province machine's 2 cores busy).
            try (InputFolder.Hasher hasher = new InputFolder.Hasher(yearFolder,
                    Runtime.getRuntime().availableProcessors(), maxFileBytes)) {
                Future<List<ReceivedFile>> next = hasher.describeAhead(window(paths, 0));
                for (int from = 0; from < paths.size(); from += BATCH_FILES) {
                    List<ReceivedFile> window = InputFolder.Hasher.result(next);
                    int following = from + BATCH_FILES;
                    next = following < paths.size() ? hasher.describeAhead(window(paths, following)) : null;
                    Outcome o = register(year, window, BATCH_FILES);
                    registered += o.registered();
                    duplicates += o.duplicates();
                    if (registered >= analyzedAt * 2) {
                        // The look-ups of a window were planned while the table was
                        // empty: a scan comparing each of 500 names or hashes with every
                        // row (15-20 of collect's PostgreSQL seconds at 24,000 files).
                        // Fresh statistics each time the year doubles replan them by
                        // index.
                        jdbc.sql("analyze submission").update();
                        analyzedAt = registered;
                    }
                }
            }
        }
        handBackFirstArrivals(year);
        log.info("收集 {} 年文件: 共 {} 个, 新登记 {} 个, 其中重复文件 {} 个", year, paths.size(), registered, duplicates);
        return new Outcome(paths.size(), registered, duplicates);
    }

    /**
     * Mends what versions before 1 December 2026 registered: a file refused by its name
     * (a lock file that is a byte copy of a report) made the first arrival of its bytes,
     * and the report its duplicate, never read. The earliest duplicate with a workbook's
     * name becomes the first arrival (RECEIVED, so this run reads it) and the others its
     * duplicates. Duplicates are few; this reads only them.
     * @return how many duplicates became first arrivals
     */
    int handBackFirstArrivals(int year) {
        record Duplicate(long id, String fileName, long first, String firstName) {
        }
        Map<Long, Duplicate> newFirst = new LinkedHashMap<>();
        jdbc.sql("""
                select d.id, d.file_name, f.id, f.file_name from submission d join submission f on f.id = d.duplicate_of
                where d.year = ? order by d.id""")
            .param(year)
            .query((rs, n) -> new Duplicate(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
            .list()
            .stream()
            .filter(d -> FileNames.refusedByName(d.firstName()) && !FileNames.refusedByName(d.fileName()))
            .forEach(d -> newFirst.putIfAbsent(d.first(), d));
        if (newFirst.isEmpty()) {
            return 0;
        }
        tx.executeWithoutResult(status -> newFirst.values().forEach(d -> {
            jdbc.sql("update submission set status = ?, duplicate_of = null where id = ?")
                .params(SubmissionStatus.RECEIVED.name(), d.id())
                .update();
            jdbc.sql("update submission set duplicate_of = ? where duplicate_of = ?")
                .params(d.id(), d.first())
                .update();
            log.warn("文件 {} 曾被记为 {} 的重复而未读取; {} 按名称不是报表, 现改为 {} 首次收到, 本次读取", d.fileName(), d.firstName(), d.firstName(),
                    d.fileName());
        }));
        return newFirst.size();
    }

    private static List<Path> window(List<Path> paths, int from) {
        return paths.subList(from, Math.min(paths.size(), from + BATCH_FILES));
    }

    /**
     * Registers files already listed and hashed, in their order, at most batchFiles to a
     * transaction.
     */
    Outcome collect(int year, List<ReceivedFile> files, int batchFiles) {
        Outcome o = register(year, files, batchFiles);
        handBackFirstArrivals(year);
        log.info("收集 {} 年文件: 共 {} 个, 新登记 {} 个, 其中重复文件 {} 个", year, files.size(), o.registered(), o.duplicates());
        return o;
    }

    private Outcome register(int year, List<ReceivedFile> files, int batchFiles) {
        Set<String> known = new HashSet<>();
        String[] names = files.stream().map(ReceivedFile::fileName).distinct().toArray(String[]::new);
        // Joined to the window's names, not "file_name = any(?)": planned while the table
        // was still empty, that filter compared every name with every row of the year
        // (15 of collect's 20 PostgreSQL seconds at 24,000 files); a join is cheap by
        // index
        // or by hash, whatever the planner believes of the table.
        jdbc.sql("""
                select s.file_name, s.sha256 from unnest(cast(? as text[])) n(file_name)
                join submission s on s.file_name = n.file_name where s.year = ?""").params(names, year).query(rs -> {
            known.add(key(rs.getString(1), rs.getString(2)));
        });
        // sha256 → the first arrival of those bytes this year: later arrivals of the same
        // bytes are its duplicates. A file refused by its name is nobody's first arrival.
        Map<String, Long> firstOfSameBytes = new HashMap<>();
        String[] hashes = files.stream().map(ReceivedFile::sha256).distinct().toArray(String[]::new);
        jdbc.sql("""
                select sha256, id, file_name from submission
                where year = ? and sha256 = any(cast(? as bpchar[])) and duplicate_of is null order by id""")
            .params(year, hashes)
            .query(rs -> {
                if (!FileNames.refusedByName(rs.getString(3))) {
                    firstOfSameBytes.putIfAbsent(rs.getString(1), rs.getLong(2));
                }
            });

        int registered = 0;
        int duplicates = 0;
        List<ReceivedFile> batch = new ArrayList<>();
        long bytes = 0;
        for (ReceivedFile f : files) {
            if (known.contains(key(f.fileName(), f.sha256()))) {
                continue;
            }
            if (!batch.isEmpty() && (batch.size() >= batchFiles || bytes + f.size() > BATCH_BYTES)) {
                duplicates += register(year, batch, firstOfSameBytes);
                registered += batch.size();
                batch.clear();
                bytes = 0;
            }
            batch.add(f);
            if (f.withheld() == null) {
                bytes += f.size();
            }
        }
        if (!batch.isEmpty()) {
            duplicates += register(year, batch, firstOfSameBytes);
            registered += batch.size();
        }
        return new Outcome(files.size(), registered, duplicates);
    }

    private static String key(String fileName, String sha256) {
        return fileName + '\u0000' + sha256;
    }

    /**
     * Archives and registers a batch of new files in one transaction, in name order (ids
     * ascending).
     * @return how many of them are duplicates
     */
    private int register(int year, List<ReceivedFile> batch, Map<String, Long> firstOfSameBytes) {
        Map<String, Long> firstsHere = new HashMap<>();
        Integer dups = tx.execute(status -> {
            // No wait for the WAL flush at commit: a batch lost in a crash is simply
            // registered again by the next run.
            jdbc.sql("set local synchronous_commit = off").update();
            List<Long> ids = jdbc
                .sql("select nextval(pg_get_serial_sequence('submission', 'id')) from generate_series(1, ?)")
                .param(batch.size())
                .query(Long.class)
                .list()
                .stream()
                .sorted()
                .toList();
            archive(batch);
            List<Object[]> rows = new ArrayList<>(batch.size());
            int d = 0;
            for (int i = 0; i < batch.size(); i++) {
                ReceivedFile f = batch.get(i);
                long id = ids.get(i);
                Long first = firstOfSameBytes.get(f.sha256());
                if (first == null) {
                    first = firstsHere.get(f.sha256());
                }
                if (first != null) {
                    d++;
                }
                else if (!FileNames.refusedByName(f.fileName())) {
                    firstsHere.put(f.sha256(), id);
                }
                rows.add(new Object[] { id, year, f.fileName(), f.sha256(), Timestamp.from(f.receivedAt()),
                        (first == null ? SubmissionStatus.RECEIVED : SubmissionStatus.DUPLICATE).name(), first });
            }
            template.batchUpdate("""
                    insert into submission (id, year, file_name, sha256, received_at, status, duplicate_of)
                    values (?, ?, ?, ?, ?, ?, ?)""", rows);
            return d;
        });
        // only once committed: a rolled-back batch must not be anyone's first arrival
        firstOfSameBytes.putAll(firstsHere);
        return dups == null ? 0 : dups;
    }

    /**
     * The batch's bytes into the archive, each content once (it may be there already,
     * from any year).
     */
    private void archive(List<ReceivedFile> batch) {
        Map<String, ReceivedFile> bySha = new LinkedHashMap<>();
        for (ReceivedFile f : batch) {
            bySha.putIfAbsent(f.sha256(), f);
        }
        List<Object[]> rows = new ArrayList<>(bySha.size());
        for (ReceivedFile f : bySha.values()) {
            if (f.withheld() != null) {
                // a video in the input folder, a link to /etc/passwd: registered, named,
                // never read
                rows.add(new Object[] { f.sha256(), f.size(), null, f.withheld().name() });
                continue;
            }
            try {
                byte[] content = Files.readAllBytes(f.path());
                rows.add(new Object[] { f.sha256(), (long) content.length, content, null });
            }
            catch (IOException e) {
                throw new UncheckedIOException("无法归档文件 " + f.path(), e);
            }
        }
        template.batchUpdate(
                "insert into received_file (sha256, size_bytes, content, withheld) values (?, ?, ?, ?) on conflict (sha256) do nothing",
                rows);
    }

}

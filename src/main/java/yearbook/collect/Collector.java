package yearbook.collect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers a year's received files. Idempotent: a file already registered under the same name and
 * content is skipped, so re-running a year counts nothing twice. The same bytes under another name
 * become a DUPLICATE of the first arrival. Every file's bytes go to the archive before anything else.
 */
public class Collector {
    private static final Logger log = LoggerFactory.getLogger(Collector.class);

    public record Outcome(int found, int registered, int duplicates) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    public Collector(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    public Outcome collect(int year, Path yearFolder) {
        List<ReceivedFile> files = InputFolder.list(yearFolder);
        int registered = 0;
        int duplicates = 0;
        for (ReceivedFile f : files) {
            Integer r = tx.execute(status -> {
                // One commit per file without waiting for its WAL flush (the benchmark's city year spent a minute
                // on 24,000 flushes): a registration lost in a crash is simply made again by the next run.
                jdbc.sql("set local synchronous_commit = off").update();
                return register(year, f);
            });
            if (r != null && r > 0) {
                registered++;
                if (r == 2) duplicates++;
            }
        }
        log.info("收集 {} 年文件: 共 {} 个, 新登记 {} 个, 其中重复文件 {} 个", year, files.size(), registered, duplicates);
        return new Outcome(files.size(), registered, duplicates);
    }

    /** @return 0 already known, 1 registered, 2 registered as a duplicate */
    private int register(int year, ReceivedFile f) {
        boolean known = jdbc.sql("select count(*) from submission where year = ? and file_name = ? and sha256 = ?")
                .params(year, f.fileName(), f.sha256()).query(Long.class).single() > 0;
        if (known) return 0;
        archive(f);
        Long firstOfSameBytes = jdbc.sql("select min(id) from submission where year = ? and sha256 = ? and duplicate_of is null")
                .params(year, f.sha256()).query(Long.class).optional().orElse(null);
        jdbc.sql("""
                insert into submission (year, file_name, sha256, received_at, status, duplicate_of)
                values (?, ?, ?, ?, ?, ?)""")
                .params(year, f.fileName(), f.sha256(), Timestamp.from(f.receivedAt()),
                        (firstOfSameBytes == null ? SubmissionStatus.RECEIVED : SubmissionStatus.DUPLICATE).name(),
                        firstOfSameBytes)
                .update();
        return firstOfSameBytes == null ? 1 : 2;
    }

    private void archive(ReceivedFile f) {
        try (InputStream in = Files.newInputStream(f.path())) {
            jdbc.sql("insert into received_file (sha256, size_bytes, content) values (?, ?, ?) on conflict (sha256) do nothing")
                    .params(f.sha256(), f.size(), in.readAllBytes())
                    .update();
        } catch (IOException e) {
            throw new UncheckedIOException("无法归档文件 " + f.path(), e);
        }
    }
}

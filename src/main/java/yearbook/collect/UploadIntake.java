package yearbook.collect;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import yearbook.check.Supersession;
import yearbook.read.ReadResult;
import yearbook.read.store.ReadResultStore;

/**
 * The console's door into the archive: a file uploaded and already read (and found
 * acceptable) is archived by content hash and registered as a submission of its year,
 * exactly as collect and read would have done for the same bytes found in
 * input/&lt;year&gt;/: the same bytes twice are a DUPLICATE of the first arrival, and the
 * version that stands for a unit and period is decided by 填报日期 at once. All of it in one
 * transaction: nothing is ever half-stored.
 */
public class UploadIntake {

    private final JdbcClient jdbc;

    private final TransactionTemplate tx;

    private final ReadResultStore store;

    public UploadIntake(JdbcClient jdbc, TransactionTemplate tx, ReadResultStore store) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.store = store;
    }

    /**
     * @param firstFile for a duplicate, the name the same bytes first arrived under
     * @param replaced how many earlier versions of the same unit and period it supersedes
     */
    public record Stored(long submissionId, SubmissionStatus status, String firstFile, int replaced) {
    }

    /**
     * @param fileName the name it is registered under (never a path on disk)
     * @param result what reading the bytes gave; it is stored as the read stage would
     * store it
     */
    public Stored store(int year, String fileName, byte[] content, Instant receivedAt, String uploadedBy,
            ReadResult result) {
        String sha256 = InputFolder.sha256(content);
        return tx.execute(status -> {
            Long again = jdbc.sql("select id from submission where year = ? and file_name = ? and sha256 = ?")
                .params(year, fileName, sha256)
                .query(Long.class)
                .optional()
                .orElse(null);
            if (again != null) {
                return new Stored(again, SubmissionStatus.DUPLICATE, fileName, 0);
            }
            // a file refused by its name (a lock file, say) is nobody's first arrival
            var first = jdbc.sql("""
                    select id, file_name from submission where year = ? and sha256 = ? and duplicate_of is null
                    order by id""")
                .params(year, sha256)
                .query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
                .list()
                .stream()
                .filter(row -> !FileNames.refusedByName((String) row[1]))
                .findFirst()
                .orElse(null);
            jdbc.sql(
                    "insert into received_file (sha256, size_bytes, content) values (?, ?, ?) on conflict (sha256) do nothing")
                .params(sha256, (long) content.length, content)
                .update();
            SubmissionStatus initial = first == null ? SubmissionStatus.RECEIVED : SubmissionStatus.DUPLICATE;
            long id = jdbc.sql("""
                    insert into submission (year, file_name, sha256, received_at, status, duplicate_of, uploaded_by)
                    values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(year, fileName, sha256, Timestamp.from(receivedAt), initial.name(),
                        first == null ? null : first[0], uploadedBy)
                .query(Long.class)
                .single();
            if (first != null) {
                return new Stored(id, SubmissionStatus.DUPLICATE, (String) first[1], 0);
            }
            SubmissionStatus read = store.saveAll(year, List.of(new ReadResultStore.Read(id, result))).get(0);
            if (result instanceof ReadResult.Report r && r.unitCode() != null && r.period() != null) {
                new Supersession(jdbc).apply(year, r.unitCode(), r.period().code());
            }
            SubmissionStatus now = SubmissionStatus
                .valueOf(jdbc.sql("select status from submission where id = ?").param(id).query(String.class).single());
            int replaced = jdbc.sql("select count(*) from submission where superseded_by = ?")
                .param(id)
                .query(Integer.class)
                .single();
            return new Stored(id, read == SubmissionStatus.ACCEPTED ? now : read, null, replaced);
        });
    }

}

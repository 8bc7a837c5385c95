package yearbook.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import yearbook.collect.SubmissionStatus;

/**
 * The submissions of a year as the console lists them, their findings, and their archived
 * bytes.
 */
public class ReceivedFiles {

    private final JdbcClient jdbc;

    public ReceivedFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record File(long id, int year, String fileName, String unitCode, String period, SubmissionStatus status,
            LocalDate filedOn, Timestamp receivedAt, String uploadedBy, long size) {
        public String statusLabel() {
            return status.label();
        }

        /** The name without the console's 上报/&lt;login&gt;/ prefix, for a download. */
        public String baseName() {
            return fileName.substring(fileName.lastIndexOf('/') + 1);
        }
    }

    public record StoredFinding(String severity, String rule, String sheet, String cell, String valueSeen,
            String message, String advice, String stage) {
        public String where() {
            if (sheet == null && cell == null) {
                return "";
            }
            if (cell == null) {
                return sheet;
            }
            if (sheet == null) {
                return cell;
            }
            return sheet + "!" + cell;
        }

        public String severityLabel() {
            return switch (severity) {
                case "ERROR" -> "错误";
                case "WARNING" -> "提示";
                default -> "说明";
            };
        }
    }

    private static final String COLUMNS = """
            select s.id, s.year, s.file_name, s.unit_code, coalesce(s.period, case when s.kind = 'AIR_QUALITY' then cast(s.year as text) end),
                   s.status, s.filed_on, s.received_at, s.uploaded_by, f.size_bytes
            from submission s join received_file f using (sha256)""";

    public List<File> ofYear(int year) {
        return jdbc.sql(COLUMNS + " where s.year = ? order by s.id").param(year).query((rs, n) -> file(rs)).list();
    }

    public List<File> ofUnit(int year, String unitCode) {
        return jdbc.sql(COLUMNS + " where s.year = ? and s.unit_code = ? order by s.id")
            .params(year, unitCode)
            .query((rs, n) -> file(rs))
            .list();
    }

    public Optional<File> get(long id) {
        return jdbc.sql(COLUMNS + " where s.id = ?").param(id).query((rs, n) -> file(rs)).optional();
    }

    /** The unit a duplicate was read as: the unit of the first arrival of its bytes. */
    public Optional<String> unitOf(File f) {
        if (f.unitCode() != null) {
            return Optional.of(f.unitCode());
        }
        return jdbc
            .sql("select d.unit_code from submission s join submission d on d.id = s.duplicate_of where s.id = ?")
            .param(f.id())
            .query(String.class)
            .optional();
    }

    public List<StoredFinding> findings(long submissionId) {
        return jdbc
            .sql("""
                    select severity, rule, sheet, cell, value_seen, message, advice, stage from finding
                    where submission_id = ? order by case severity when 'ERROR' then 0 when 'WARNING' then 1 else 2 end, id""")
            .param(submissionId)
            .query((rs, n) -> new StoredFinding(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
            .list();
    }

    public byte[] content(long submissionId) {
        return jdbc.sql("select f.content from submission s join received_file f using (sha256) where s.id = ?")
            .param(submissionId)
            .query((rs, n) -> rs.getBytes(1))
            .single();
    }

    private static File file(ResultSet rs) throws SQLException {
        return new File(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                SubmissionStatus.valueOf(rs.getString(6)), rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate(),
                rs.getTimestamp(8), rs.getString(9), rs.getLong(10));
    }

}

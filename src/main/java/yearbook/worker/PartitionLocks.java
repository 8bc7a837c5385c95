package yearbook.worker;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL advisory locks (session level) that a worker holds while it reads a
 * partition. A worker killed with SIGKILL, or cut off from the database, loses its
 * session and so its locks: that is how the manager tells a lost worker from a slow one,
 * on any machine, with no heartbeat.
 */
final class PartitionLocks {

    /**
     * First key of the lock "this step execution is being worked on"; the second is its
     * id.
     */
    static final int WORKING = 0x595257; // "YRW"

    /**
     * First key of the lock "these files are being read": a re-sent partition waits for a
     * stale reader.
     */
    static final int FILES = 0x595246; // "YRF"

    private PartitionLocks() {
    }

    static void lock(Connection c, int namespace, int key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select pg_advisory_lock(?, ?)")) {
            ps.setInt(1, namespace);
            ps.setInt(2, key);
            ps.executeQuery().close();
        }
    }

    static void unlockAll(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select pg_advisory_unlock_all()");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
        }
    }

    /** The key of a partition's files: partition i of n of a year (n &lt; 100). */
    static int filesKey(int year, int partition, int partitions) {
        return year * 10_000 + partitions * 100 + partition;
    }

    /** Partitions of a job execution that a worker started but whose session is gone. */
    static List<Long> unattended(JdbcClient jdbc, long jobExecutionId, String workerStep) {
        return jdbc.sql("""
                select s.step_execution_id from batch_step_execution s
                where s.job_execution_id = ? and s.status = 'STARTED' and s.step_name like ?
                  and not exists (select 1 from pg_locks l where l.locktype = 'advisory' and l.objsubid = 2
                                  and l.classid::bigint = ? and l.objid::bigint = s.step_execution_id)""")
            .params(jobExecutionId, workerStep + ":%", WORKING)
            .query(Long.class)
            .list();
    }

}

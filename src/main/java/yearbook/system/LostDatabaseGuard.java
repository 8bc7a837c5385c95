package yearbook.system;

import java.io.Closeable;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Once the database is found lost (the pool could not get a connection), every other part
 * of the run that asks for one in the next moments is told at once instead of waiting out
 * its own pool timeout (the reading threads, then Spring Batch recording the failed step
 * and the failed job, would each wait it out): the run fails within one timeout, with one
 * line. After {@code hold} a connection is tried again (a scheduled process outlives a
 * database restart).
 */
public class LostDatabaseGuard extends DelegatingDataSource implements Closeable {

    private final long holdNanos;

    private volatile long lostAt;

    private volatile String lostBecause;

    public LostDatabaseGuard(DataSource pool, Duration hold) {
        super(pool);
        this.holdNanos = hold.toNanos();
    }

    @Override
    public Connection getConnection() throws SQLException {
        refuseWhileLost();
        try {
            Connection c = super.getConnection();
            lostAt = 0;
            return c;
        }
        catch (SQLException e) {
            noteIfLost(e);
            throw e;
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        refuseWhileLost();
        try {
            return super.getConnection(username, password);
        }
        catch (SQLException e) {
            noteIfLost(e);
            throw e;
        }
    }

    private void refuseWhileLost() throws SQLTransientConnectionException {
        long at = lostAt;
        if (at != 0 && System.nanoTime() - at < holdNanos) {
            throw new SQLTransientConnectionException("数据库连接已中断,不再等待 (the database was lost: " + lostBecause + ")",
                    "08006");
        }
    }

    private void noteIfLost(SQLException e) {
        if (e instanceof SQLTransientConnectionException
                || (e.getSQLState() != null && e.getSQLState().startsWith("08"))) {
            lostBecause = e.getMessage();
            lostAt = System.nanoTime();
        }
    }

    @Override
    public void close() throws IOException {
        if (getTargetDataSource() instanceof Closeable c) {
            c.close();
        }
    }

}

package yearbook.job;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Starts the yearly job for a year, or restarts it when its last run did not finish. Holds a
 * PostgreSQL advisory lock for the year while it runs, so that a second run of the same year,
 * from this machine or another, is refused rather than interleaved.
 */
public class YearlyJobLauncher {
    /** Arbitrary namespace of yearbook's advisory locks (first key of pg_try_advisory_lock(int, int)). */
    private static final int LOCK_NAMESPACE = 0x59424b; // "YBK"

    public sealed interface Outcome {
        record Finished(JobExecution execution, int quarantined) implements Outcome {
        }

        record Failed(JobExecution execution, String reason) implements Outcome {
        }

        record Busy(int year) implements Outcome {
        }
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;

    public YearlyJobLauncher(DataSource dataSource, JdbcClient jdbc, JobOperator operator, JobRepository repository, Job job) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.operator = operator;
        this.repository = repository;
        this.job = job;
    }

    public Outcome run(int year, Path input, Path output) throws Exception {
        return run(year, 12, input, output);
    }

    /** @param through 12 for the year, or the last month of a year-to-date (累计) compilation */
    public Outcome run(int year, int through, Path input, Path output) throws Exception {
        try (Connection lock = dataSource.getConnection()) {
            if (!tryLock(lock, year)) return new Outcome.Busy(year);
            try {
                JobExecution execution = operator.start(job, parameters(year, through, input, output));
                if (execution.getStatus() == BatchStatus.COMPLETED) {
                    return new Outcome.Finished(execution, quarantined(year));
                }
                String reason = execution.getAllFailureExceptions().stream().map(FailureText::of)
                        .findFirst().orElse(execution.getExitStatus().getExitDescription());
                return new Outcome.Failed(execution, reason);
            } finally {
                unlock(lock, year);
            }
        }
    }

    /**
     * The same run again when the last one did not complete (Spring Batch then restarts it from the
     * failed step), else the next run. A run left STARTED by a killed process is marked failed first:
     * we hold the year's lock, so nothing else is running it.
     */
    private JobParameters parameters(int year, int through, Path input, Path output) {
        Long lastRun = jdbc.sql("""
                select max(cast(r.parameter_value as bigint))
                from batch_job_execution_params r
                join batch_job_execution_params y on y.job_execution_id = r.job_execution_id
                where r.parameter_name = 'run' and y.parameter_name = 'year' and y.parameter_value = ?""")
                .param(Integer.toString(year)).query(Long.class).optional().orElse(null);
        if (lastRun == null) return build(year, 1, through, input, output);
        JobExecution last = lastExecution(year, lastRun);
        if (last != null && last.getStatus().isRunning()) {
            operator.recover(last);
            last = lastExecution(year, lastRun);
        }
        Long lastThrough = last == null ? null : last.getJobParameters().getLong("through");
        boolean sameScope = (lastThrough == null ? 12 : lastThrough.intValue()) == through;
        if (last != null && last.getStatus() != BatchStatus.COMPLETED && sameScope) {
            return build(year, lastRun, through, input, output); // the same instance: restarts from its failed step
        }
        return build(year, lastRun + 1, through, input, output);
    }

    private JobExecution lastExecution(int year, long run) {
        Long id = jdbc.sql("""
                select max(r.job_execution_id) from batch_job_execution_params r
                join batch_job_execution_params y on y.job_execution_id = r.job_execution_id
                where r.parameter_name = 'run' and r.parameter_value = ? and y.parameter_name = 'year' and y.parameter_value = ?""")
                .params(Long.toString(run), Integer.toString(year)).query(Long.class).optional().orElse(null);
        return id == null ? null : repository.getJobExecution(id);
    }

    private static JobParameters build(int year, long run, int through, Path input, Path output) {
        return new JobParametersBuilder()
                .addLong("year", (long) year, true)
                .addLong("run", run, true)
                .addLong("through", (long) through, true)
                .addString("input", input.toString(), false)
                .addString("output", output.toString(), false)
                .toJobParameters();
    }

    private int quarantined(int year) {
        return jdbc.sql("select count(*) from submission where year = ? and status in ('QUARANTINED', 'NOT_SUBMISSION')")
                .param(year).query(Integer.class).single();
    }

    private static boolean tryLock(Connection c, int year) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
            ps.setInt(1, LOCK_NAMESPACE);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static void unlock(Connection c, int year) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select pg_advisory_unlock(?, ?)")) {
            ps.setInt(1, LOCK_NAMESPACE);
            ps.setInt(2, year);
            ps.executeQuery().close();
        }
    }
}

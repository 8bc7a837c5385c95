package yearbook.job;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Starts the yearly job for a year, or restarts it when its last run did not finish.
 * Holds a PostgreSQL advisory lock for the year while it runs, so that a second run of
 * the same year, from this machine or another, is refused rather than interleaved.
 */
public class YearlyJobLauncher {

    /**
     * Arbitrary namespace of yearbook's advisory locks (first key of
     * pg_try_advisory_lock(int, int)).
     */
    private static final int LOCK_NAMESPACE = 0x59424b; // "YBK"

    /** Job instances looked at a time, newest first, for the year's last run. */
    private static final int PAGE = 50;

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

    public YearlyJobLauncher(DataSource dataSource, JdbcClient jdbc, JobOperator operator, JobRepository repository,
            Job job) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.operator = operator;
        this.repository = repository;
        this.job = job;
    }

    /**
     * @param through 12 for the year, or the last month of a year-to-date (累计)
     * compilation
     */
    public Outcome run(int year, int through, Path input, Path output) throws Exception {
        try (Connection lock = dataSource.getConnection()) {
            if (!tryLock(lock, year)) {
                return new Outcome.Busy(year);
            }
            try {
                JobExecution execution = operator.start(job, parameters(year, through, input, output));
                if (execution.getStatus() == BatchStatus.COMPLETED) {
                    return new Outcome.Finished(execution, quarantined(year));
                }
                String reason = execution.getAllFailureExceptions()
                    .stream()
                    .map(FailureText::of)
                    .findFirst()
                    .orElse(execution.getExitStatus().getExitDescription());
                return new Outcome.Failed(execution, reason);
            }
            finally {
                unlock(lock, year);
            }
        }
    }

    /**
     * The same run again when the last one did not complete (Spring Batch then restarts
     * it from the failed step), else the next run. A run left STARTED by a killed process
     * is marked failed first: we hold the year's lock, so nothing else is running it.
     */
    private JobParameters parameters(int year, int through, Path input, Path output) {
        JobExecution last = lastExecution(year);
        if (last == null) {
            return build(year, 1, through, input, output);
        }
        if (last.getStatus().isRunning()) {
            operator.recover(last);
            last = repository.getJobExecution(last.getId());
        }
        long lastRun = last.getJobParameters().getLong("run");
        Long lastThrough = last.getJobParameters().getLong("through");
        boolean sameScope = (lastThrough == null ? 12 : lastThrough.intValue()) == through;
        if (last.getStatus() != BatchStatus.COMPLETED && sameScope) {
            // the same instance: restarts from its failed step
            return build(year, lastRun, through, input, output);
        }
        return build(year, lastRun + 1, through, input, output);
    }

    /**
     * The latest execution of the year's latest run. Each run of a year is a job instance
     * of its own, made after the year's earlier ones (see {@link #parameters}), so the
     * newest instance of the year is its last run.
     */
    private JobExecution lastExecution(int year) {
        for (int start = 0;; start += PAGE) {
            List<JobInstance> page = repository.getJobInstances(YearlyJobConfig.JOB_NAME, start, PAGE);
            for (JobInstance instance : page) {
                JobExecution last = repository.getLastJobExecution(instance);
                if (last != null && Long.valueOf(year).equals(last.getJobParameters().getLong("year"))) {
                    return last;
                }
            }
            if (page.size() < PAGE) {
                return null;
            }
        }
    }

    private static JobParameters build(int year, long run, int through, Path input, Path output) {
        return new JobParametersBuilder().addLong("year", (long) year, true)
            .addLong("run", run, true)
            .addLong("through", (long) through, true)
            .addString("input", input.toString(), false)
            .addString("output", output.toString(), false)
            .toJobParameters();
    }

    private int quarantined(int year) {
        return jdbc
            .sql("select count(*) from submission where year = ? and status in ('QUARANTINED', 'NOT_SUBMISSION')")
            .param(year)
            .query(Integer.class)
            .single();
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

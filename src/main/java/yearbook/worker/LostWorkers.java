package yearbook.worker;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The manager's watch over its remote partitions. Every couple of seconds it looks for
 * partitions that a worker started and whose worker's PostgreSQL session is gone (killed,
 * machine down, cut off): seen so for five seconds, such a partition is marked FAILED in
 * the job repository, which ends the manager's wait. The read stage then fails with one
 * line saying which partition was lost; running the same command again re-sends the
 * unfinished partitions, and since a file is stored with its status in one transaction,
 * the files the lost worker had stored are not read again.
 */
final class LostWorkers implements StepExecutionListener, StepExecutionAggregator {

    private static final Logger log = LoggerFactory.getLogger(LostWorkers.class);
    static final String LOST = "工作进程中断 (worker lost)";

    private static final Duration GRACE = Duration.ofSeconds(5);

    private final JdbcClient jdbc;

    private final String workerStep;

    private final long periodMillis;

    private final StepExecutionAggregator counts = new DefaultStepExecutionAggregator();

    private volatile ScheduledExecutorService timer;

    LostWorkers(JdbcClient jdbc, String workerStep, long periodMillis) {
        this.jdbc = jdbc;
        this.workerStep = workerStep;
        this.periodMillis = periodMillis;
    }

    @Override
    public void beforeStep(StepExecution manager) {
        long jobExecution = manager.getJobExecutionId();
        Map<Long, Long> unattendedSince = new HashMap<>();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lost-workers");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                List<Long> now = PartitionLocks.unattended(jdbc, jobExecution, workerStep);
                unattendedSince.keySet().retainAll(now);
                long t = System.nanoTime();
                for (Long id : now) {
                    // A worker marks its partition STARTED a moment before it takes the
                    // lock, and a busy machine can stretch that moment: only a partition
                    // unattended for GRACE is taken for lost.
                    if (t - unattendedSince.computeIfAbsent(id, k -> t) >= GRACE.toNanos()) {
                        fail(id);
                    }
                }
            }
            catch (RuntimeException e) {
                log.warn("检查工作进程状态失败 (checking workers failed)", e);
            }
        }, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    private void fail(long stepExecutionId) {
        int n = jdbc.sql("""
                update batch_step_execution set status = 'FAILED', exit_code = 'FAILED', exit_message = ?,
                  end_time = ?, last_updated = ?, version = version + 1
                where step_execution_id = ? and status = 'STARTED'""")
            .params(LOST, LocalDateTime.now(), LocalDateTime.now(), stepExecutionId)
            .update();
        if (n > 0) {
            log.error("分区 (step execution {}) 的工作进程已中断: 其数据库会话已不存在", stepExecutionId);
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution manager) {
        if (timer != null) {
            timer.shutdownNow();
        }
        return manager.getExitStatus();
    }

    /**
     * Sums the partitions' counts; a partition that failed fails the stage with a line a
     * person can act on.
     */
    @Override
    public void aggregate(StepExecution result, Collection<StepExecution> partitions) {
        counts.aggregate(result, partitions);
        List<StepExecution> failed = partitions.stream().filter(p -> p.getStatus() == BatchStatus.FAILED).toList();
        if (failed.isEmpty()) {
            return;
        }
        boolean lost = failed.stream().anyMatch(p -> LOST.equals(p.getExitStatus().getExitDescription()));
        String which = failed.stream().map(LostWorkers::label).sorted().reduce((a, b) -> a + "、" + b).orElse("");
        throw new UnfinishedPartitionsException(
                lost ? "读取阶段: 工作进程在读取分区 " + which + " 时中断(进程被终止或与数据库断开);已读入的文件不会重复计算,再次运行同一命令将重新分发未完成的分区。"
                        : "读取阶段: 工作进程读取分区 " + which + " 失败,详见工作进程的日志;再次运行同一命令将重新分发未完成的分区。");
    }

    /** "3/6", as the workers print it (partition 2 of 0..5 in the step's name). */
    private static String label(StepExecution p) {
        var c = p.getExecutionContext();
        if (c.containsKey("partition") && c.containsKey("partitions")) {
            return (c.getInt("partition") + 1) + "/" + c.getInt("partitions");
        }
        return p.getStepName().substring(p.getStepName().indexOf(':') + 1);
    }

    /** The read stage's partitions did not all finish. */
    static final class UnfinishedPartitionsException extends RuntimeException {

        UnfinishedPartitionsException(String message) {
            super(message);
        }

    }

}

package yearbook.worker;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilder;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.dsl.Pollers;
import org.springframework.integration.scheduling.PollerMetadata;
import yearbook.job.StepCounts;
import yearbook.read.ReadStage;
import yearbook.system.YearbookProperties;

/**
 * A {@code yearbook worker} process: takes read requests from the channel, a few at once
 * (one per thread), and reads each partition with the same {@link ReadStage} as the
 * single-process job, into the same PostgreSQL. While it reads a partition it holds two
 * advisory locks on its own session: one says the partition is attended
 * ({@link LostWorkers}), the other keeps a second reader of the same files (a request
 * left over from a killed manager) waiting until the first is done.
 */
@Configuration(proxyBeanMethods = false)
@Profile("worker")
public class WorkerConfig {

    private static final Logger log = LoggerFactory.getLogger(WorkerConfig.class);

    /** Where the worker command shows what it does; null: only the log. */
    public static final class Console {

        private volatile PrintWriter out;

        public void set(PrintWriter out) {
            this.out = out;
        }

        void line(String format, Object... args) {
            String s = String.format(format, args);
            log.info(s);
            PrintWriter o = out;
            if (o != null) {
                synchronized (this) {
                    o.println(s);
                    o.flush();
                }
            }
        }

    }

    @Bean
    Console workerConsole() {
        return new Console();
    }

    @Bean(name = PollerMetadata.DEFAULT_POLLER)
    PollerMetadata readRequestPoller(YearbookProperties props) {
        SimpleAsyncTaskExecutor e = new SimpleAsyncTaskExecutor("worker-");
        e.setConcurrencyLimit(threads(props.workers().threads()));
        // A partition lasts seconds to minutes: a request waiting half a second for its
        // worker costs nothing.
        return Pollers.fixedDelay(Duration.ofMillis(500)).maxMessagesPerPoll(1).taskExecutor(e).getObject();
    }

    static int threads(int configured) {
        return configured > 0 ? configured : Runtime.getRuntime().availableProcessors();
    }

    @Bean(name = RemoteRead.WORKER_STEP)
    Step readFiles(JobRepository repo, BeanFactory beans, QueueChannel readRequests, DataSource dataSource,
            ReadStage read, Console console, YearbookProperties props) {
        long pauseMillis = props.workers().testPauseMillis();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        return new RemotePartitioningWorkerStepBuilder(RemoteRead.WORKER_STEP, repo).inputChannel(readRequests)
            .beanFactory(beans)
            .tasklet((contribution, chunk) -> {
                StepExecution step = chunk.getStepContext().getStepExecution();
                int year = ((Number) step.getJobParameters().getLong("year")).intValue();
                int partition = step.getExecutionContext().getInt("partition");
                int partitions = step.getExecutionContext().getInt("partitions");
                String name = String.format("%d 年分区 %d/%d", year, partition + 1, partitions);
                if (step.getJobExecution().getStatus() != BatchStatus.STARTED) {
                    // A request left in the channel by a manager that was killed. Failed,
                    // not finished: a partition marked COMPLETED here would not be read
                    // again when that run is resumed.
                    console.line("跳过 %s: 其作业已不在运行 (a request of a run that ended)", name);
                    throw new IllegalStateException("过期的读取请求: 作业执行 " + step.getJobExecutionId() + " 已不在运行");
                }
                try (Connection session = dataSource.getConnection()) {
                    try {
                        PartitionLocks.lock(session, PartitionLocks.WORKING, Math.toIntExact(step.getId()));
                        console.line("开始读取 %s", name);
                        PartitionLocks.lock(session, PartitionLocks.FILES,
                                PartitionLocks.filesKey(year, partition, partitions));
                        // Tests only: a partition long enough to kill its worker in.
                        if (pauseMillis > 0) {
                            Thread.sleep(pauseMillis);
                        }
                        long cpu0 = cpu.getCurrentThreadCpuTime();
                        long t0 = System.nanoTime();
                        ReadStage.Outcome o = read.readPartition(year, partition, partitions, f -> {
                        });
                        double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpu0) / 1e9;
                        StepCounts.add(contribution, o);
                        console.line("完成 %s: %d 个文件 (采用 %d, 退回 %d, 非报表 %d), %.2f s, CPU %.3f s, 每文件 CPU %.4f s", name,
                                o.read(), o.accepted(), o.quarantined(), o.notSubmissions(),
                                (System.nanoTime() - t0) / 1e9, cpuSeconds, o.read() == 0 ? 0 : cpuSeconds / o.read());
                    }
                    finally {
                        PartitionLocks.unlockAll(session);
                    }
                }
                return RepeatStatus.FINISHED;
            }, new ResourcelessTransactionManager())
            .build();
    }

}

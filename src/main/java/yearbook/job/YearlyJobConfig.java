package yearbook.job;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import yearbook.check.CheckStage;
import yearbook.collect.Collector;
import yearbook.compile.CompileStage;
import yearbook.publish.Publisher;
import yearbook.publish.YearReportLoader;
import yearbook.read.ReadStage;
import yearbook.system.YearbookProperties;

/**
 * The yearly job: collect → read → check → compile → publish, one step each. Parameters: year and
 * run (identifying: a failed run is restarted as the same instance, from the failed step; a finished
 * year is run again as the next run), input and output (the folders).
 *
 * <p>read is a partitioned step: files are independent, so each partition reads its share on a
 * thread of its own (Spring Batch's TaskExecutorPartitionHandler), or, with
 * {@code yearbook.workers.enabled=true}, on {@code yearbook worker} processes ({@link yearbook.worker.RemoteRead}). collect and read commit file by file (their own
 * transactions, so the step itself runs without one); check and compile are one transaction each.
 */
@Configuration(proxyBeanMethods = false)
public class YearlyJobConfig {
    public static final String JOB_NAME = "yearbook";

    @Bean
    ProgressHolder progress() {
        return new ProgressHolder();
    }

    @Bean
    Job yearlyJob(JobRepository repo, PlatformTransactionManager txm, Collector collector, ReadStage read,
                  CheckStage check, CompileStage compile, YearReportLoader loader, Publisher publisher,
                  ProgressHolder progress, YearbookProperties props, ObservationRegistry observations,
                  MeterRegistry meters, org.springframework.beans.factory.ObjectProvider<yearbook.worker.RemoteRead> remote) {
        PlatformTransactionManager none = new ResourcelessTransactionManager();
        Step collectStep = step("collect", repo, none, progress, observations, (c, p, ctx) -> {
            var o = collector.collect(year(p), Path.of(p.get("input").toString()).resolve(Integer.toString(year(p))));
            for (int i = 0; i < o.found(); i++) c.incrementReadCount();
            c.incrementWriteCount(o.registered());
        });
        Step readFiles = step("readFiles", repo, none, Progress.SILENT, observations, (c, p, ctx) -> {
            var o = read.readPartition(year(p), ctx.getInt("partition"), ctx.getInt("partitions"), progress::fileRead);
            for (int i = 0; i < o.read(); i++) c.incrementReadCount();
            c.incrementWriteCount(o.accepted());
            c.incrementFilterCount(o.quarantined() + o.notSubmissions());
        });
        StageProgress readProgress = new StageProgress(progress) {
            @Override
            public void beforeStep(org.springframework.batch.core.step.StepExecution s) {
                super.beforeStep(s);
                progress.filesToRead(read.pending(((Number) s.getJobParameters().getLong("year")).intValue()));
            }
        };
        int grid = props.readThreads();
        yearbook.worker.RemoteRead workers = remote.getIfAvailable();
        Step readStep = workers != null ? workers.readStep(repo, partitions(), readProgress) : new StepBuilder("read", repo)
                .observationRegistry(observations)
                .partitioner("readFiles", partitions())
                .step(readFiles)
                .gridSize(grid)
                .taskExecutor(readExecutor(grid))
                .listener(readProgress)
                .build();
        Step checkStep = step("check", repo, txm, progress, observations, (c, p, ctx) -> check.check(year(p), through(p)));
        Step compileStep = step("compile", repo, txm, progress, observations, (c, p, ctx) ->
                c.incrementWriteCount(compile.compile(year(p), through(p))));
        Step publishStep = step("publish", repo, none, progress, observations, (c, p, ctx) ->
                publisher.publish(loader.load(year(p)), Path.of(p.get("output").toString())));
        return new JobBuilder(JOB_NAME, repo)
                .observationRegistry(observations)
                .listener(new RunLog(props.logDir(), meters))
                .start(collectStep).next(readStep).next(checkStep).next(compileStep).next(publishStep)
                .build();
    }

    /** Partition i of n reads the files whose submission id modulo n is i. */
    private static Partitioner partitions() {
        return gridSize -> {
            Map<String, ExecutionContext> m = new LinkedHashMap<>();
            for (int i = 0; i < gridSize; i++) {
                ExecutionContext c = new ExecutionContext();
                c.putInt("partition", i);
                c.putInt("partitions", gridSize);
                m.put("partition" + i, c);
            }
            return m;
        };
    }

    private static SimpleAsyncTaskExecutor readExecutor(int threads) {
        SimpleAsyncTaskExecutor e = new SimpleAsyncTaskExecutor("read-");
        e.setConcurrencyLimit(threads);
        return e;
    }

    private interface StageWork {
        void run(StepContribution contribution, Map<String, Object> params, ExecutionContext stepContext) throws Exception;
    }

    private static Step step(String name, JobRepository repo, PlatformTransactionManager txm, Progress progress,
                             ObservationRegistry observations, StageWork work) {
        Tasklet t = (StepContribution contribution, ChunkContext chunk) -> {
            work.run(contribution, chunk.getStepContext().getJobParameters(),
                    chunk.getStepContext().getStepExecution().getExecutionContext());
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder(name, repo).observationRegistry(observations).tasklet(t, txm)
                .listener(new StageProgress(progress)).build();
    }

    private static int year(Map<String, Object> params) {
        return ((Number) params.get("year")).intValue();
    }

    /** 12 for the whole year; 1-11 for a year to date (累计) through that month. */
    private static int through(Map<String, Object> params) {
        Object t = params.get("through");
        return t == null ? 12 : ((Number) t).intValue();
    }
}

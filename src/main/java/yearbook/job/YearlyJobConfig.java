package yearbook.job;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.nio.file.Path;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
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
import yearbook.worker.RemoteRead;
import yearbook.worker.WorkerConfig;

/**
 * The yearly job: collect → read → check → compile → publish, one step each. Parameters:
 * year and run (identifying: a failed run is restarted as the same instance, from the
 * failed step; a finished year is run again as the next run), through (identifying: 12,
 * or the last month of a year to date), input and output (the folders). Each stage's work
 * is a step-scoped tasklet taking the job parameters it needs; the stages themselves are
 * plain classes ({@link StageBeans}).
 *
 * <p>
 * read is a partitioned step: files are independent, so each partition reads its share on
 * a thread of its own (Spring Batch's TaskExecutorPartitionHandler), or, with
 * {@code yearbook.workers.enabled=true}, on {@code yearbook worker} processes
 * ({@link RemoteRead}). collect, read and publish commit on their own (file by file, a
 * group of files, a folder renamed), so their steps run without a transaction; check and
 * compile are one transaction each.
 */
@Configuration(proxyBeanMethods = false)
public class YearlyJobConfig {

    public static final String JOB_NAME = "yearbook";

    /**
     * Steps whose stage commits its own work: the step's transaction would only hold a
     * connection.
     */
    private static final PlatformTransactionManager OWN_TRANSACTIONS = new ResourcelessTransactionManager();

    @Bean
    ProgressHolder progress() {
        return new ProgressHolder();
    }

    @Bean
    Job yearlyJob(JobRepository repo, ObservationRegistry observations, YearbookProperties props, MeterRegistry meters,
            @Qualifier("collectStep") Step collect, @Qualifier("readStep") Step read,
            @Qualifier("checkStep") Step check, @Qualifier("compileStep") Step compile,
            @Qualifier("publishStep") Step publish) {
        return new JobBuilder(JOB_NAME, repo).observationRegistry(observations)
            .listener(new RunLog(props.logDir(), meters))
            .start(collect)
            .next(read)
            .next(check)
            .next(compile)
            .next(publish)
            .build();
    }

    @Bean
    Step collectStep(JobRepository repo, ObservationRegistry observations, ProgressHolder progress,
            @Qualifier("collectFiles") Tasklet collectFiles) {
        return stage("collect", repo, observations, progress, collectFiles, OWN_TRANSACTIONS);
    }

    /** Counts: files found in the folder (read) and newly registered (written). */
    @Bean
    @StepScope
    Tasklet collectFiles(Collector collector, @Value("#{jobParameters['year']}") Integer year,
            @Value("#{jobParameters['input']}") String input) {
        return (contribution, chunk) -> {
            Collector.Outcome o = collector.collect(year, Path.of(input).resolve(year.toString()));
            StepCounts.add(contribution, o.found(), o.registered(), 0);
            return RepeatStatus.FINISHED;
        };
    }

    /** The manager of the read partitions: local threads, or the workers' processes. */
    @Bean
    Step readStep(JobRepository repo, ObservationRegistry observations, YearbookProperties props,
            ObjectProvider<RemoteRead> remote, @Qualifier("readFilesStep") Step readFiles, ReadProgress readProgress) {
        RemoteRead workers = remote.getIfAvailable();
        if (workers != null) {
            return workers.readStep(repo, new ReadPartitions(), readProgress);
        }
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("read-");
        threads.setConcurrencyLimit(props.readThreads());
        return new StepBuilder("read", repo).observationRegistry(observations)
            .partitioner(RemoteRead.WORKER_STEP, new ReadPartitions())
            .step(readFiles)
            .gridSize(props.readThreads())
            .taskExecutor(threads)
            .listener(readProgress)
            .build();
    }

    @Bean
    ReadProgress readProgress(ProgressHolder progress, ReadStage read) {
        return new ReadProgress(progress, read);
    }

    /**
     * One partition of the read step in this process (a worker has its own,
     * {@link WorkerConfig}).
     */
    @Bean
    Step readFilesStep(JobRepository repo, ObservationRegistry observations,
            @Qualifier("readPartition") Tasklet readPartition) {
        return stage(RemoteRead.WORKER_STEP, repo, observations, Progress.SILENT, readPartition, OWN_TRANSACTIONS);
    }

    /**
     * Counts: files read, accepted (written), quarantined or not a submission (filtered).
     */
    @Bean
    @StepScope
    Tasklet readPartition(ReadStage read, ProgressHolder progress, @Value("#{jobParameters['year']}") Integer year,
            @Value("#{stepExecutionContext['" + ReadPartitions.PARTITION + "']}") Integer partition,
            @Value("#{stepExecutionContext['" + ReadPartitions.PARTITIONS + "']}") Integer partitions) {
        return (contribution, chunk) -> {
            StepCounts.add(contribution, read.readPartition(year, partition, partitions, progress::fileRead));
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    Step checkStep(JobRepository repo, ObservationRegistry observations, ProgressHolder progress,
            PlatformTransactionManager txm, @Qualifier("checkYear") Tasklet checkYear) {
        return stage("check", repo, observations, progress, checkYear, txm);
    }

    @Bean
    @StepScope
    Tasklet checkYear(CheckStage check, @Value("#{jobParameters['year']}") Integer year,
            @Value("#{jobParameters['through']}") Integer through) {
        return (contribution, chunk) -> {
            check.check(year, monthsOf(through));
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    Step compileStep(JobRepository repo, ObservationRegistry observations, ProgressHolder progress,
            PlatformTransactionManager txm, @Qualifier("compileYear") Tasklet compileYear) {
        return stage("compile", repo, observations, progress, compileYear, txm);
    }

    /** Counts: figures compiled (written). */
    @Bean
    @StepScope
    Tasklet compileYear(CompileStage compile, @Value("#{jobParameters['year']}") Integer year,
            @Value("#{jobParameters['through']}") Integer through) {
        return (contribution, chunk) -> {
            contribution.incrementWriteCount(compile.compile(year, monthsOf(through)));
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    Step publishStep(JobRepository repo, ObservationRegistry observations, ProgressHolder progress,
            @Qualifier("publishYear") Tasklet publishYear) {
        return stage("publish", repo, observations, progress, publishYear, OWN_TRANSACTIONS);
    }

    @Bean
    @StepScope
    Tasklet publishYear(YearReportLoader loader, Publisher publisher, @Value("#{jobParameters['year']}") Integer year,
            @Value("#{jobParameters['output']}") String output) {
        return (contribution, chunk) -> {
            publisher.publish(loader.load(year), Path.of(output));
            return RepeatStatus.FINISHED;
        };
    }

    private static Step stage(String name, JobRepository repo, ObservationRegistry observations, Progress progress,
            Tasklet work, PlatformTransactionManager txm) {
        return new StepBuilder(name, repo).observationRegistry(observations)
            .tasklet(work, txm)
            .listener(new StageProgress(progress))
            .build();
    }

    /**
     * 12 for the whole year; 1-11 for a year to date (累计) through that month (absent in
     * runs of older versions).
     */
    private static int monthsOf(Integer through) {
        return through == null ? 12 : through;
    }

}

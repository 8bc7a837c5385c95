package yearbook.job;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import yearbook.check.CheckStage;
import yearbook.collect.Collector;
import yearbook.compile.CompileStage;
import yearbook.publish.Publisher;
import yearbook.read.ReadStage;

/**
 * The yearly job: collect → read → check → compile → publish, one step each. Parameters: year and
 * run (identifying: a failed run is restarted as the same instance, from the failed step; a finished
 * year is run again as the next run), input and output (the folders).
 */
@Configuration(proxyBeanMethods = false)
public class YearlyJobConfig {
    public static final String JOB_NAME = "yearbook";

    @Bean
    Job yearlyJob(JobRepository repo, PlatformTransactionManager txm, Collector collector, ReadStage read,
                  CheckStage check, CompileStage compile, YearReportLoader loader, Publisher publisher) {
        // collect and read manage their own transactions (one per file); check and compile are one each.
        Step collectStep = step("collect", repo, txm, (c, p) -> {
            var o = collector.collect(year(p), Path.of(p.get("input").toString()).resolve(Integer.toString(year(p))));
            for (int i = 0; i < o.found(); i++) c.incrementReadCount();
            c.incrementWriteCount(o.registered());
        });
        Step readStep = step("read", repo, txm, (c, p) -> {
            var o = read.read(year(p));
            for (int i = 0; i < o.read(); i++) c.incrementReadCount();
            c.incrementWriteCount(o.accepted());
            c.incrementFilterCount(o.quarantined() + o.notSubmissions());
        });
        Step checkStep = step("check", repo, txm, (c, p) -> check.check(year(p)));
        Step compileStep = step("compile", repo, txm, (c, p) -> c.incrementWriteCount(compile.compile(year(p))));
        Step publishStep = step("publish", repo, txm, (c, p) ->
                publisher.publish(loader.load(year(p)), Path.of(p.get("output").toString())));
        return new JobBuilder(JOB_NAME, repo)
                .start(collectStep).next(readStep).next(checkStep).next(compileStep).next(publishStep)
                .build();
    }

    private interface StageWork {
        void run(StepContribution contribution, Map<String, Object> params) throws Exception;
    }

    private static Step step(String name, JobRepository repo, PlatformTransactionManager txm, StageWork work) {
        Tasklet t = (StepContribution contribution, ChunkContext chunk) -> {
            work.run(contribution, chunk.getStepContext().getJobParameters());
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder(name, repo).tasklet(t, txm).build();
    }

    private static int year(Map<String, Object> params) {
        return ((Number) params.get("year")).intValue();
    }
}

package yearbook.worker;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import yearbook.system.YearbookProperties;

/**
 * The manager side of remote reading: the read step sends its partitions to the workers
 * through {@link ReadRequestChannel} and polls the job repository until each is finished
 * (or lost). On when {@code yearbook.workers.enabled=true}; the job reads on its own
 * threads otherwise.
 */
@Component
@ConditionalOnProperty(name = "yearbook.workers.enabled", havingValue = "true")
public class RemoteRead {

    /**
     * The worker step's name: the manager sends requests for it, the workers hold a bean
     * of that name.
     */
    public static final String WORKER_STEP = "readFiles";

    private final QueueChannel requests;

    private final JdbcClient jdbc;

    private final BeanFactory beans;

    private final int partitions;

    private final long pollMillis;

    RemoteRead(QueueChannel readRequests, JdbcClient jdbc, BeanFactory beans, YearbookProperties props) {
        this.requests = readRequests;
        this.jdbc = jdbc;
        this.beans = beans;
        // More partitions than workers: a partition is the unit of balance between
        // machines of different speed.
        this.partitions = Math.max(1, Math.min(99, props.workers().partitions()));
        this.pollMillis = props.workers().pollMillis();
    }

    public Step readStep(JobRepository repo, Partitioner partitioner, StepExecutionListener progress) {
        LostWorkers watch = new LostWorkers(jdbc, WORKER_STEP, Math.max(500, pollMillis));
        return new RemotePartitioningManagerStepBuilder("read", repo).partitioner(WORKER_STEP, partitioner)
            .gridSize(partitions)
            .outputChannel(requests)
            .pollInterval(pollMillis)
            .beanFactory(beans)
            .aggregator(watch)
            .listener(watch)
            .listener(progress)
            .build();
    }

}

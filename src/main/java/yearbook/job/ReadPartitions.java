package yearbook.job;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Partition i of n reads the files whose submission id modulo n is i: no list of files
 * travels to a thread or a worker, and a resumed run re-reads only what its unfinished
 * partitions had not stored.
 */
public class ReadPartitions implements Partitioner {

    /** Keys of a partition's step execution context. */
    public static final String PARTITION = "partition";

    public static final String PARTITIONS = "partitions";

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> m = new LinkedHashMap<>();
        for (int i = 0; i < gridSize; i++) {
            ExecutionContext c = new ExecutionContext();
            c.putInt(PARTITION, i);
            c.putInt(PARTITIONS, gridSize);
            m.put("partition" + i, c);
        }
        return m;
    }

}

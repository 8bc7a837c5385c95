package yearbook.worker;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.jdbc.store.channel.PostgresChannelMessageStoreQueryProvider;
import org.springframework.integration.store.MessageGroupQueue;

/**
 * The channel from the manager to the workers: a queue kept in PostgreSQL's
 * INT_CHANNEL_MESSAGE (migration V10). A worker takes a request with
 * {@code DELETE … FOR UPDATE SKIP LOCKED}, so each partition goes to exactly one worker,
 * and the workers need nothing but the database's address.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "yearbook.workers.enabled", havingValue = "true")
public class ReadRequestChannel {

    /** The message group of read requests in INT_CHANNEL_MESSAGE. */
    static final String GROUP = "yearbook-read";

    @Bean
    JdbcChannelMessageStore readRequestStore(DataSource dataSource) {
        JdbcChannelMessageStore store = new JdbcChannelMessageStore(dataSource);
        store.setChannelMessageStoreQueryProvider(new PostgresChannelMessageStoreQueryProvider());
        // Messages are Java-serialized: a worker deserializes only a message holding the
        // manager's request type.
        store.addAllowedPatterns("org.springframework.messaging.support.GenericMessage",
                "org.springframework.messaging.MessageHeaders", "java.util.*", "java.lang.*",
                "org.springframework.batch.integration.partition.StepExecutionRequest");
        return store;
    }

    @Bean
    QueueChannel readRequests(JdbcChannelMessageStore readRequestStore) {
        return new QueueChannel(new MessageGroupQueue(readRequestStore, GROUP));
    }

}

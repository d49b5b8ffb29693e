package vn.lamtheo.platform.eventstore;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lamtheo.platform.log.LogValue;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * A projection whose handler fails on an event must neither skip the event (the projection would be wrong for good)
 * nor stop for every other aggregate (one bad pledge would freeze a whole review queue). Every processing group gets a
 * dead-letter queue in MongoDB (the extension's {@link MongoSequencedDeadLetterQueue}, collection
 * {@value #COLLECTION}): the failed event and the later events of the same aggregate are parked, the rest flows on,
 * and {@link DeadLetterRetrier} retries the parked sequences in order until they pass.
 * <p>
 * A group that must see every event in order across aggregates (the copy check: later results depend on every earlier
 * text being indexed) opts out by declaring a {@link WithoutDeadLetters} bean and keeps its own error handling.
 * <p>
 * Logs name a parked event by its ids and the exception, never by its content: the policy below logs the event id,
 * its type, the aggregate and the cause's class; Axon's queue, which logs the whole event at INFO, is kept to WARN.
 * <p>
 * Cost: while a group has dead letters, each of its events asks the queue whether its aggregate is parked. That
 * query scans the dead letters of the group, a collection whose size is bounded by failures, not by events.
 */
@Configuration(proxyBeanMethods = false)
public class DeadLetterConfiguration {

    static final String COLLECTION = "deadletters";
    private static final Logger log = LoggerFactory.getLogger(DeadLetterConfiguration.class);

    /** Names a processing group that handles its own failures and must not get a dead-letter queue. */
    public record WithoutDeadLetters(String processingGroup) {
    }

    @Bean
    ConfigurerModule deadLetterQueuePerProcessingGroup(MongoDatabase database, Serializer serializer,
                                                       ObjectProvider<WithoutDeadLetters> optOuts) {
        return configurer -> configurer.eventProcessing(processing -> {
            Set<String> without = optOuts.orderedStream().map(WithoutDeadLetters::processingGroup).collect(Collectors.toSet());
            processing.registerDeadLetterQueueProvider(group -> without.contains(group) ? null
                    : config -> MongoSequencedDeadLetterQueue.builder()
                            .processingGroup(group)
                            .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database)
                                    .deadLetterCollectionName(COLLECTION).build())
                            .serializer(serializer)
                            .build());
            processing.registerDefaultDeadLetterPolicy(config -> (letter, cause) -> {
                // Ids and the cause only: the event's payload may hold a pledge's text and its author's name.
                EventMessage<?> event = letter.message();
                log.warn("Event {} ({}{}) parked in the dead-letter queue: {}: {}", event.getIdentifier(),
                        event.getPayloadType().getSimpleName(), event instanceof DomainEventMessage<?> domain
                                ? " of " + domain.getType() + " " + LogValue.of(domain.getAggregateIdentifier()) + " #" + domain.getSequenceNumber()
                                : "",
                        cause.getClass().getSimpleName(), LogValue.of(cause.getMessage()));
                return Decisions.enqueue(cause);
            });
        });
    }

    @Bean
    DeadLetterRetrier deadLetterRetrier(ObjectProvider<EventProcessingConfiguration> processing,
                                        EventStoreProperties properties) {
        return new DeadLetterRetrier(processing::getObject, properties.deadLetterRetryInterval());
    }
}

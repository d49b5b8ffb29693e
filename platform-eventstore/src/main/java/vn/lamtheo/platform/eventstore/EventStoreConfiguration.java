package vn.lamtheo.platform.eventstore;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lamtheo.platform.store.DurabilityBarrier;
import vn.lamtheo.platform.store.StoreProperties;

import java.time.Clock;

/**
 * The Axon event store of every Lamtheo process: Lamtheo's global-sequence engine (never the extension's
 * timestamp-tracking {@code MongoEventStorageEngine}, which no bean here or elsewhere creates), segment claims and
 * tokens and sagas in MongoDB, and pooled streaming processors by default so that several instances split the segments.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventStoreProperties.class)
public class EventStoreConfiguration {

    /** Pooled processors write their token once per batch; Axon's default of 1 would write it once per event. */
    static final int PROCESSOR_BATCH_SIZE = 50;

    @Bean
    EventStorageEngine eventStorageEngine(MongoDatabase database, DurabilityBarrier durability,
                                          Serializer serializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration axonConfiguration,
                                          EventStoreProperties properties, StoreProperties store,
                                          ObjectProvider<MongoGlobalSequenceEventStorageEngine.AppendHook> testHook) {
        return MongoGlobalSequenceEventStorageEngine.builder()
                .afterIndexAllocation(testHook.getIfAvailable(() -> MongoGlobalSequenceEventStorageEngine.AppendHook.NONE))
                .database(database)
                .durability(durability)
                .serializeIndexAllocation(properties.serializeIndexAllocation() != null
                        ? properties.serializeIndexAllocation() : store.embedded())
                .settings(properties.settings())
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(axonConfiguration.upcasterChain())
                .build();
    }

    /**
     * The extension's token store. Its claim queries filter on owner and timestamp besides the unique
     * (processorName, segment) key, so the embedded server scans the token collection: that collection holds one
     * document per processor segment, bounded by configuration and not by the number of events.
     */
    @Bean
    TokenStore tokenStore(MongoDatabase database, Serializer serializer, EventStoreProperties properties) {
        return MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database).build())
                .serializer(serializer)
                .claimTimeout(properties.claimTimeout())
                .nodeId(properties.nodeId())
                .build();
    }

    @Bean
    SagaStore<Object> sagaStore(MongoDatabase database, Serializer serializer) {
        return new AssociationKeyedSagaStore(database, serializer);
    }

    @Bean
    SegmentFairShare segmentFairShare(MongoDatabase database, ObjectProvider<org.axonframework.config.Configuration> axon,
                                      EventStoreProperties properties) {
        return new SegmentFairShare(database, () -> axon.getObject().eventProcessingConfiguration(),
                () -> axon.getObject().getComponent(TokenStore.class), properties, Clock.systemUTC());
    }

    @Bean
    ProjectionCatchUp projectionCatchUp(MongoDatabase database, ObjectProvider<org.axonframework.config.Configuration> axon,
                                        EventStoreProperties properties) {
        return new ProjectionCatchUp(database, () -> axon.getObject().eventProcessingConfiguration(),
                properties.ownWriteWait());
    }

    @Bean
    ConfigurerModule pooledStreamingProcessorsByDefault(EventStoreProperties properties, SegmentFairShare fairShare,
                                                        ProjectionCatchUp catchUp) {
        return configurer -> configurer.eventProcessing(processing -> processing.usingPooledStreamingEventProcessors(
                (config, builder) -> builder
                        // Workers that wake requests waiting for a projection to show their write.
                        .workerExecutor(name -> {
                            var workers = catchUp.workerExecutor(name);
                            config.onShutdown(workers::shutdown);
                            return workers;
                        })
                        .initialSegmentCount(properties.segments())
                        // Instances running the same processor split its segments evenly (see SegmentFairShare).
                        .maxSegmentProvider(fairShare)
                        .tokenClaimInterval(properties.tokenClaimInterval().toMillis())
                        // Extend well before the claim times out, or an idle segment is taken by another instance.
                        .claimExtensionThreshold(properties.claimTimeout().toMillis() / 3)
                        .batchSize(PROCESSOR_BATCH_SIZE)));
    }

    @Bean
    SnapshotTriggers snapshotTriggers(Snapshotter snapshotter, EventStoreProperties properties) {
        return new SnapshotTriggers(snapshotter, properties.snapshotThreshold(), properties.snapshotThresholds());
    }
}

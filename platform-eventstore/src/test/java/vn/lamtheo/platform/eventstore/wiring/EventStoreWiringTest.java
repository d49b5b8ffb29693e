package vn.lamtheo.platform.eventstore.wiring;

import com.mongodb.client.MongoDatabase;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.axonframework.modelling.saga.repository.SagaStore;
import vn.lamtheo.platform.eventstore.AssociationKeyedSagaStore;
import vn.lamtheo.platform.eventstore.EventStoreCollections;
import vn.lamtheo.platform.eventstore.MongoGlobalSequenceEventStorageEngine;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

import static com.mongodb.client.model.Filters.eq;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An application scanning vn.lamtheo.platform gets Lamtheo's event store, Mongo tokens and pooled processors. */
@SpringBootTest(classes = TallyApplication.class, properties = "lamtheo.eventstore.snapshot-thresholds.tally=10")
class EventStoreWiringTest {

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("lamtheo-wiring").toString();
        registry.add("lamtheo.store.data-dir", () -> dir);
    }

    @Autowired ApplicationContext context;
    @Autowired CommandGateway commands;
    @Autowired TallyView view;
    @Autowired MongoDatabase database;
    @Autowired EventProcessingConfiguration processing;

    @Test
    void theStockMongoEngineIsNotReachableAndOursIs() {
        assertThat(context.getBean(EventStorageEngine.class)).isInstanceOf(MongoGlobalSequenceEventStorageEngine.class);
        assertThat(context.getBeansOfType(MongoEventStorageEngine.class)).isEmpty();
        assertThat(context.getBean(TokenStore.class)).isInstanceOf(MongoTokenStore.class);
        assertThat(context.getBean(SagaStore.class)).isInstanceOf(AssociationKeyedSagaStore.class);
    }

    @Test
    void noProductionCodeUsesTheStockMongoEngine() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.lamtheo");
        noClasses().should().dependOnClassesThat().resideInAPackage("org.axonframework.extensions.mongo.eventsourcing.eventstore..")
                .because("the stock engine tracks by timestamp and can skip events (DESIGN.md, event store)")
                .check(production);
    }

    @Test
    void commandsAreStoredSnapshottedAndProjectedByAPooledProcessor() {
        commands.sendAndWait(new Tally.OpenTally("t-1"));
        for (int i = 0; i < 25; i++) {
            commands.sendAndWait(new Tally.CountOne("t-1"));
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> view.counts.getOrDefault("t-1", 0) == 25);
        assertThat(processing.eventProcessor("tally-view", PooledStreamingEventProcessor.class)).isPresent();
        Document snapshot = database.getCollection(EventStoreCollections.SNAPSHOTS).find(eq("_id", "t-1")).first();
        assertThat(snapshot).isNotNull();
        assertThat(snapshot.get("seq", Number.class).longValue()).isGreaterThanOrEqualTo(9L);
        assertThat(database.getCollection(EventStoreCollections.EVENTS).countDocuments()).isEqualTo(26);
    }
}

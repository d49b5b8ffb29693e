package vn.lamtheo.platform.eventstore.wiring;

import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.bson.Document;
import vn.lamtheo.platform.eventstore.DeadLetterRetrier;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A projection that fails on one aggregate's events parks them in MongoDB and goes on with the others; once the
 * defect is gone, a retry round projects what was parked, in order, and empties the queue.
 */
@SpringBootTest(classes = TallyApplication.class, properties = {
        "lamtheo.eventstore.snapshot-thresholds.tally=10",
        "lamtheo.eventstore.dead-letter-retry-interval=1h"}) // the test triggers the rounds itself
class DeadLetterQueueTest {

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("lamtheo-deadletter").toString();
        registry.add("lamtheo.store.data-dir", () -> dir);
    }

    @Autowired CommandGateway commands;
    @Autowired TallyView view;
    @Autowired MongoDatabase database;
    @Autowired DeadLetterRetrier retrier;
    @Autowired EventProcessingConfiguration processing;

    @Test
    void aFailingAggregateIsParkedTheOthersFlowAndARetryHealsIt() {
        view.poisonFails.set(true);
        commands.sendAndWait(new Tally.OpenTally("poison-1"));
        commands.sendAndWait(new Tally.CountOne("poison-1"));
        commands.sendAndWait(new Tally.CountOne("poison-1"));
        commands.sendAndWait(new Tally.OpenTally("healthy-1"));
        commands.sendAndWait(new Tally.CountOne("healthy-1"));

        await().atMost(Duration.ofSeconds(60)).until(() -> view.counts.getOrDefault("healthy-1", 0) == 1);
        await().atMost(Duration.ofSeconds(60)).until(() -> database.getCollection("deadletters").countDocuments() == 2);
        assertThat(view.counts).doesNotContainKey("poison-1");
        assertThat(processing.deadLetterQueue("tally-view").orElseThrow().amountOfSequences()).isEqualTo(1);

        // still failing: the retry keeps the letters
        assertThat(retrier.retryAll()).isZero();
        assertThat(database.getCollection("deadletters").countDocuments()).isEqualTo(2);

        // events of the parked aggregate that arrive meanwhile join its sequence rather than overtake it
        commands.sendAndWait(new Tally.CountOne("poison-1"));
        await().atMost(Duration.ofSeconds(60)).until(() -> database.getCollection("deadletters").countDocuments() == 3);

        view.poisonFails.set(false);
        assertThat(retrier.retryAll()).isEqualTo(1);
        assertThat(view.counts.get("poison-1")).isEqualTo(3);
        assertThat(database.getCollection("deadletters").countDocuments()).isZero();
    }

    /**
     * Parking an event logs which event it was and why, never what it says: a pledge's sections and its author's name
     * are in the payload (issue #23, item 6: Axon's queue logged the whole letter at INFO).
     */
    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aParkedEventIsLoggedByIdsAndCauseNotByItsContent(CapturedOutput output) {
        String text = "Nguyễn Thị Bí Mật cam kết rèn luyện đạo đức lối sống 7f3a";
        view.poisonFails.set(true);
        try {
            commands.sendAndWait(new Tally.OpenTally("poison-note"));
            commands.sendAndWait(new Tally.WriteNote("poison-note", text));
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    database.getCollection("deadletters").countDocuments(new Document("sequenceIdentifier", "poison-note")) == 1);
            assertThat(retrier.retryAll()).isZero(); // a failed retry logs too
        } finally {
            view.poisonFails.set(false);
            retrier.retryAll();
        }

        assertThat(output.getOut()).contains("poison-note", "NoteWritten", "IllegalStateException")
                .doesNotContain("7f3a", "Bí Mật");
    }
}

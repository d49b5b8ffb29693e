package vn.lamtheo.platform.eventstore;

import vn.lamtheo.platform.store.MutableClock;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lamtheo.platform.store.EmbeddedMongo;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The bound each instance gives its pooled processors: the segments divided by the live instances, rounded up. */
class SegmentFairShareTest {

    static EmbeddedMongo server;
    static MongoClient client;
    MongoCollection<Document> heartbeats;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));
    final InMemoryTokenStore tokens = new InMemoryTokenStore();
    SegmentFairShare fairShare;

    @BeforeAll
    static void start(@TempDir Path dir) {
        server = EmbeddedMongo.start(dir, 0);
        client = MongoClients.create(server.connectionString());
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @BeforeEach
    void setUp() {
        var database = client.getDatabase("fair-" + System.nanoTime());
        heartbeats = database.getCollection(SegmentFairShare.COLLECTION);
        EventStoreProperties properties = new EventStoreProperties(null, null, null, Duration.ofSeconds(10), "me",
                Duration.ofSeconds(1), 4, null, null, Map.of(), null, null);
        fairShare = new SegmentFairShare(database, () -> { throw new UnsupportedOperationException(); },
                () -> tokens, properties, clock);
    }

    private void heartbeat(String node, String processor, Instant at) {
        heartbeats.insertOne(new Document("_id", processor + "@" + node).append("processor", processor)
                .append("node", node).append("lastSeen", Date.from(at)));
    }

    @Test
    void aLoneInstanceMayHoldEverySegmentOfTheTokenStoreOrTheConfiguredCount() {
        assertThat(fairShare.share("p", clock.instant())).as("no tokens yet: the configured count").isEqualTo(4);
        tokens.initializeTokenSegments("p", 8);
        assertThat(fairShare.share("p", clock.instant())).isEqualTo(8);
    }

    @Test
    void liveInstancesShareTheSegmentsRoundedUp() {
        tokens.initializeTokenSegments("p", 8);
        heartbeat("other-1", "p", clock.instant().minusSeconds(3));
        assertThat(fairShare.share("p", clock.instant())).isEqualTo(4);
        heartbeat("other-2", "p", clock.instant());
        assertThat(fairShare.share("p", clock.instant())).isEqualTo(3);
        heartbeat("me", "p", clock.instant()); // its own heartbeat is not another instance
        assertThat(fairShare.share("p", clock.instant())).isEqualTo(3);
        heartbeat("other-3", "another-processor", clock.instant());
        assertThat(fairShare.share("p", clock.instant())).as("instances of other processors do not count").isEqualTo(3);
    }

    @Test
    void anInstanceSilentForTheClaimTimeoutNoLongerCounts() {
        tokens.initializeTokenSegments("p", 8);
        heartbeat("gone", "p", clock.instant().minusSeconds(11));
        assertThat(fairShare.share("p", clock.instant())).isEqualTo(8);
    }

    @Test
    void theBoundIsCachedForOneHeartbeatInterval() {
        tokens.initializeTokenSegments("p", 8);
        assertThat(fairShare.getMaxSegments("p")).isEqualTo(8);
        heartbeat("other", "p", clock.instant());
        assertThat(fairShare.getMaxSegments("p")).isEqualTo(8);
        clock.advance(Duration.ofSeconds(2));
        assertThat(fairShare.getMaxSegments("p")).isEqualTo(4);
    }
}

package vn.lamtheo.platform.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Status;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Health follows the embedded store, not only the wire server (issue #23: UP while every request failed). */
class StoreHealthIndicatorTest {

    @TempDir
    Path dataDir;

    @Test
    void health_is_down_once_the_embedded_store_has_closed_although_the_server_still_answers_pings() {
        try (EmbeddedMongo server = EmbeddedMongo.start(dataDir, 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            StoreHealthIndicator health = new StoreHealthIndicator(() -> client.getDatabase("lamtheo"), Optional.of(server));
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);

            server.mvStore().closeImmediately(); // what the MVStore does to itself after a failure it cannot recover from

            assertThat(client.getDatabase("lamtheo").runCommand(new org.bson.Document("ping", 1)).get("ok")).isEqualTo(1.0);
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        }
    }
}

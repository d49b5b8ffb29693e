package vn.lamtheo.platform.store;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The store's health: DOWN when the embedded store is closed or the database does not answer a ping.
 *
 * <p>Why both: the embedded wire server answers {@code ping} without touching its MVStore, so after the MVStore
 * closed itself on a failure every request failed while a ping-only check still said UP.
 */
final class StoreHealthIndicator extends AbstractHealthIndicator {

    private final Supplier<MongoDatabase> database;
    private final Optional<EmbeddedMongo> embedded;

    StoreHealthIndicator(Supplier<MongoDatabase> database, Optional<EmbeddedMongo> embedded) {
        super("MongoDB health check failed");
        this.database = database;
        this.embedded = embedded;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (embedded.isPresent() && !embedded.get().isOpen()) {
            builder.down().withDetail("store", "the embedded store is closed; restart the application");
            return;
        }
        Document answer = database.get().runCommand(new Document("ping", 1));
        builder.up().withDetail("ping", answer.get("ok"));
    }
}

package vn.lamtheo.platform.store.h2;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.UuidRepresentation;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lamtheo.platform.store.EmbeddedMongo;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded server's BSON store format, through the MongoDB driver, across restarts and from the old format. */
class BsonH2BackendTest {

    @TempDir
    Path dataDir;

    @Test
    void every_bson_type_reads_back_as_written_after_a_restart() {
        Document written = everyType();
        withServer(events -> events.insertOne(written));

        withServer(events -> assertThat(events.find(Filters.eq("_id", 42L)).first()).isEqualTo(written));
    }

    @Test
    void unique_indexes_survive_a_restart_and_still_refuse_duplicates() {
        withServer(events -> {
            events.createIndex(Indexes.ascending("aggregateId", "sequence"), new IndexOptions().unique(true));
            events.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
            for (long i = 0; i < 500; i++) {
                events.insertOne(new Document("_id", i).append("aggregateId", "a" + i % 7)
                    .append("sequence", i / 7).append("key", "a" + i % 7 + "#" + i / 7));
            }
        });

        withServer(events -> {
            assertThat(events.find(Filters.in("_id", 3L, 250L, 499L, 500L)).into(new ArrayList<>()))
                .extracting(d -> d.get("_id")).containsExactlyInAnyOrder(3L, 250L, 499L);
            assertThat(events.find(Filters.in("key", "a3#0", "a6#70", "a1#99")).into(new ArrayList<>()))
                .extracting(d -> d.get("_id")).containsExactlyInAnyOrder(3L, 496L);
            assertThatThrownBy(() -> events.insertOne(new Document("_id", 1000L).append("aggregateId", "a3")
                .append("sequence", 0L).append("key", "fresh")))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> events.insertOne(new Document("_id", 1001L).append("key", "a3#0")))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> events.insertOne(new Document("_id", 3L)))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            events.insertOne(new Document("_id", 1002L).append("aggregateId", "a3").append("sequence", 1000L)
                .append("key", "a3#1000"));
            assertThat(events.countDocuments()).isEqualTo(501);
        });
    }

    @Test
    void a_file_written_by_the_plain_h2_backend_is_converted_on_first_open_and_kept_as_a_backup() throws Exception {
        Path file = dataDir.resolve("lamtheo.mv.db");
        Document written = everyType();
        MVStore plainStore = new MVStore.Builder().fileName(file.toString()).compress().open();
        MongoServer plain = new MongoServer(new H2Backend(plainStore));
        String address = "mongodb://127.0.0.1:" + plain.bind().getPort();
        try (MongoClient client = client(address)) {
            MongoCollection<Document> events = client.getDatabase("lamtheo").getCollection("events");
            events.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
            events.insertOne(written);
            events.insertOne(new Document("_id", 43L).append("key", "b#1"));
        } finally {
            plain.shutdownNow();
            plainStore.close();
        }

        withServer(events -> {
            assertThat(events.find(Filters.eq("_id", 42L)).first()).isEqualTo(written);
            assertThat(events.find(Filters.in("key", "b#1")).first()).containsEntry("_id", 43L);
            assertThatThrownBy(() -> events.insertOne(new Document("_id", 44L).append("key", "b#1")))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        });
        Path backup = dataDir.resolve("lamtheo.mv.db.java-serialized.bak");
        assertThat(backup).exists();
        long backupModified = Files.getLastModifiedTime(backup).toMillis();

        withServer(events -> assertThat(events.countDocuments()).isEqualTo(2));
        assertThat(Files.getLastModifiedTime(backup).toMillis()).isEqualTo(backupModified);
    }

    private void withServer(Consumer<MongoCollection<Document>> work) {
        try (EmbeddedMongo server = EmbeddedMongo.start(dataDir, 0);
             MongoClient client = client(server.connectionString())) {
            work.accept(client.getDatabase("lamtheo").getCollection("events"));
            server.awaitDurable();
        }
    }

    private static MongoClient client(String address) {
        return MongoClients.create(MongoClientSettings.builder().applyConnectionString(new ConnectionString(address))
            .uuidRepresentation(UuidRepresentation.STANDARD).build());
    }

    private static Document everyType() {
        return new Document("_id", 42L)
            .append("int", 7)
            .append("long", 1L << 60)
            .append("double", 0.25)
            .append("text", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh")
            .append("yes", true)
            .append("nothing", null)
            .append("date", new Date(1_764_000_000_000L))
            .append("objectId", new ObjectId("65a1b2c3d4e5f60718293a4b"))
            .append("bytes", new Binary(new byte[] {1, 2, 3}))
            .append("uuid", UUID.fromString("0b4f3c1e-5d6a-4e2f-9a7b-3c2d1e0f9a8b"))
            .append("decimal", new Decimal128(new BigDecimal("12.50")))
            .append("nested", new Document("list", List.of(1, "hai", new Document("ba", 3.0))));
    }
}

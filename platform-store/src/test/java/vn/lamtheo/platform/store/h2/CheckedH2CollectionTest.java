package vn.lamtheo.platform.store.h2;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lamtheo.platform.store.EmbeddedMongo;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded server refuses a document over MongoDB's 16 MiB limit, as MongoDB does, instead of storing what it
 * cannot read back (issue #23: the registry document that grew past 16 MB closed the store for good).
 */
class CheckedH2CollectionTest {

    private static final String TWO_MB = "a".repeat(2 * 1024 * 1024);

    @TempDir
    Path dataDir;

    @Test
    void an_update_that_would_grow_a_document_past_16_MiB_is_refused_and_the_store_stays_readable_after_a_restart() {
        withServer((server, registry) -> {
            registry.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
            registry.insertOne(new Document("_id", "y2026").append("key", "k1"));
            for (int i = 0; i < 7; i++) {
                registry.updateOne(Filters.eq("_id", "y2026"), Updates.set("cards.m" + i, TWO_MB));
            }
            // the eighth card would make 16 MiB and a bit: MongoDB answers 17419, and so must the embedded server
            assertThatThrownBy(() -> registry.updateOne(Filters.eq("_id", "y2026"),
                    Updates.combine(Updates.set("cards.m7", TWO_MB), Updates.set("key", "k2"))))
                    .isInstanceOf(MongoException.class)
                    .satisfies(e -> assertThat(((MongoException) e).getCode()).isEqualTo(17419));

            Document stored = registry.find(Filters.eq("_id", "y2026")).first();
            assertThat(stored.get("cards", Document.class)).hasSize(7).doesNotContainKey("m7");
            assertThat(stored.getString("key")).isEqualTo("k1");
            // the unique index was moved back: the old key still finds the document, the refused one is free
            assertThat(registry.countDocuments(Filters.eq("key", "k1"))).isEqualTo(1);
            registry.insertOne(new Document("_id", "other").append("key", "k2"));
            assertThat(server.isOpen()).isTrue();
        });

        withServer((server, registry) -> {
            Document stored = registry.find(Filters.eq("_id", "y2026")).first();
            assertThat(stored.get("cards", Document.class)).hasSize(7);
            assertThat(registry.countDocuments()).isEqualTo(2);
            assertThat(server.isOpen()).isTrue();
        });
    }

    private void withServer(java.util.function.BiConsumer<EmbeddedMongo, MongoCollection<Document>> work) {
        try (EmbeddedMongo server = EmbeddedMongo.start(dataDir, 0);
             MongoClient client = MongoClients.create(MongoClientSettings.builder()
                     .applyConnectionString(new ConnectionString(server.connectionString())).build())) {
            work.accept(server, client.getDatabase("lamtheo").getCollection("model_registry"));
            server.awaitDurable();
        }
    }
}

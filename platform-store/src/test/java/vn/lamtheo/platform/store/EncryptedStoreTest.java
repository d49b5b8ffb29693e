package vn.lamtheo.platform.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With a key the embedded store's data file, and its backups, hold no readable text; the same key opens them, no key
 * or another key does not (and leaves the file as it was). Without a key the file is plain, as before.
 */
class EncryptedStoreTest {

    static final String TEXT = "Tự phê bình: còn nể nang, ngại va chạm #4711";
    static final StoreKey KEY = StoreKey.of("a district's long secret passphrase");

    @TempDir
    Path dir;

    @Test
    void without_a_key_the_text_is_in_the_file_as_it_was() throws IOException {
        Path data = dir.resolve("plain");
        withStore(data, StoreKey.NONE, pledges -> pledges.insertOne(new Document("_id", "p1").append("text", TEXT)));

        assertThat(contains(data.resolve(StoreBackup.DATA_FILE), TEXT)).isTrue();
    }

    @Test
    void with_a_key_the_file_and_its_backup_hold_no_readable_text_and_open_only_with_that_key() throws IOException {
        Path data = dir.resolve("encrypted");
        Path backup = dir.resolve("backup.zip");
        withStore(data, KEY, (server, pledges) -> {
            pledges.insertOne(new Document("_id", "p1").append("text", TEXT));
            try (OutputStream out = Files.newOutputStream(backup)) {
                server.backup(out);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });

        assertThat(contains(data.resolve(StoreBackup.DATA_FILE), TEXT)).isFalse();
        assertThat(contains(backup, TEXT)).isFalse();
        assertThatThrownBy(() -> EmbeddedMongo.start(data, 0, 16, StoreKey.NONE).close());
        assertThatThrownBy(() -> EmbeddedMongo.start(data, 0, 16, StoreKey.of("another key")).close());
        withStore(data, KEY, pledges -> assertThat(pledges.find(Filters.eq("_id", "p1")).first().getString("text")).isEqualTo(TEXT));

        Path restored = dir.resolve("restored");
        assertThatThrownBy(() -> StoreBackup.restore(backup, restored, Clock.systemUTC(), StoreKey.NONE))
                .hasMessageContaining("cannot be opened");
        StoreBackup.restore(backup, restored, Clock.systemUTC(), KEY);
        withStore(restored, KEY, pledges -> assertThat(pledges.find(Filters.eq("_id", "p1")).first().getString("text")).isEqualTo(TEXT));
    }

    @Test
    void the_key_is_a_setting_that_is_never_printed() {
        StoreProperties store = new Binder(new MapConfigurationPropertySource(Map.of(
                "lamtheo.store.encryption-key", "a district's long secret passphrase"))).bind("lamtheo.store", StoreProperties.class).get();

        assertThat(store.encryptionKey().isSet()).isTrue();
        assertThat(store.toString()).doesNotContain("passphrase");
    }

    private static boolean contains(Path file, String text) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
                .contains(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }

    private static void withStore(Path data, StoreKey key, Consumer<MongoCollection<Document>> use) {
        withStore(data, key, (server, pledges) -> use.accept(pledges));
    }

    private static void withStore(Path data, StoreKey key, BiConsumer<EmbeddedMongo, MongoCollection<Document>> use) {
        try (EmbeddedMongo server = EmbeddedMongo.start(data, 0, 16, key);
             MongoClient client = MongoClients.create(server.connectionString())) {
            use.accept(server, client.getDatabase("lamtheo").getCollection("pledges"));
        }
    }
}

package vn.lamtheo.platform.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A backup taken while the store is written restores the state it was taken at: everything acknowledged before it,
 * unique indexes working, nothing written after it; the data file it replaced is kept. A restore into a store in use,
 * or from a damaged backup, changes nothing.
 */
class StoreBackupTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T18:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void a_backup_taken_while_writing_restores_what_was_acknowledged_before_it_and_nothing_written_after() throws Exception {
        Path data = dir.resolve("data");
        Path backup = dir.resolve("backup.zip");
        AtomicInteger acknowledgedDuringBackup = new AtomicInteger();
        withStore(data, (server, ledger) -> {
            ledger.createIndex(Indexes.ascending("n"), new IndexOptions().unique(true));
            for (int i = 0; i < 500; i++) {
                ledger.insertOne(new Document("_id", "before-" + i).append("n", i));
            }
            AtomicBoolean writing = new AtomicBoolean(true);
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                for (int i = 1000; writing.get(); i++) {
                    ledger.insertOne(new Document("_id", "during-" + i).append("n", i));
                    acknowledgedDuringBackup.incrementAndGet();
                }
            });
            try (OutputStream out = Files.newOutputStream(backup)) {
                server.backup(out);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            writing.set(false);
            writer.join();
            ledger.insertOne(new Document("_id", "after").append("n", -1));
        });

        Path kept = StoreBackup.restore(backup, data, CLOCK, StoreKey.NONE);

        assertThat(kept).hasFileName("lamtheo.mv.db.before-restore-20261207-180000");
        withStore(data, (server, ledger) -> {
            for (int i = 0; i < 500; i++) {
                assertThat(ledger.find(Filters.eq("n", i)).first()).as("before-" + i).isNotNull();
            }
            assertThat(ledger.find(Filters.eq("_id", "after")).first()).isNull();
            assertThat(ledger.countDocuments()).isBetween(500L, 500L + acknowledgedDuringBackup.get());
            // the unique index came back with the documents: a duplicate is refused
            assertThatThrownBy(() -> ledger.insertOne(new Document("_id", "again").append("n", 7)))
                    .hasMessageContaining("duplicate key");
        });
        // the replaced file is intact beside it, with the write made after the backup
        Path keptDir = dir.resolve("kept");
        Files.createDirectories(keptDir);
        Files.move(kept, keptDir.resolve(StoreBackup.DATA_FILE));
        withStore(keptDir, (server, ledger) -> assertThat(ledger.find(Filters.eq("_id", "after")).first()).isNotNull());
    }

    @Test
    void restoring_into_the_folder_of_a_running_store_is_refused_and_changes_nothing() throws Exception {
        Path data = dir.resolve("data");
        Path backup = dir.resolve("backup.zip");
        withStore(data, (server, ledger) -> {
            ledger.insertOne(new Document("_id", "one"));
            try (OutputStream out = Files.newOutputStream(backup)) {
                server.backup(out);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            ledger.insertOne(new Document("_id", "two"));

            assertThatThrownBy(() -> StoreBackup.restore(backup, data, CLOCK, StoreKey.NONE)).hasMessageContaining("stop Lamtheo");

            assertThat(ledger.countDocuments()).isEqualTo(2);
        });
        try (var files = Files.list(data)) {
            assertThat(files).map(p -> p.getFileName().toString()).containsExactly(StoreBackup.DATA_FILE);
        }
    }

    @Test
    void a_damaged_backup_is_refused_before_anything_is_replaced() throws Exception {
        Path data = dir.resolve("data");
        withStore(data, (server, ledger) -> ledger.insertOne(new Document("_id", "one")));
        Path damaged = dir.resolve("damaged.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(damaged))) {
            zip.putNextEntry(new ZipEntry(StoreBackup.DATA_FILE));
            zip.write(new byte[64 * 1024]);
        }

        assertThatThrownBy(() -> StoreBackup.restore(damaged, data, CLOCK, StoreKey.NONE)).hasMessageContaining("cannot be opened");

        withStore(data, (server, ledger) -> assertThat(ledger.countDocuments()).isEqualTo(1));
        try (var files = Files.list(data)) {
            assertThat(files).map(p -> p.getFileName().toString()).containsExactly(StoreBackup.DATA_FILE);
        }
    }

    private static void withStore(Path data, StoreUse use) {
        try (EmbeddedMongo server = EmbeddedMongo.start(data, 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            use.accept(server, client.getDatabase("lamtheo").getCollection("ledger"));
        }
    }

    interface StoreUse {
        void accept(EmbeddedMongo server, MongoCollection<Document> ledger);
    }
}

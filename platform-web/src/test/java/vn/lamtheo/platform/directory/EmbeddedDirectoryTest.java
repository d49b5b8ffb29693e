package vn.lamtheo.platform.directory;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import vn.lamtheo.platform.store.EmbeddedMongo;

import java.nio.file.Path;
import java.util.UUID;

/** The directory contract on the embedded MongoDB-wire server, the zero-configuration default. */
class EmbeddedDirectoryTest extends DirectoryContract {

    @TempDir
    static Path dataDir;
    static EmbeddedMongo server;
    static MongoClient client;

    @BeforeAll
    static void start() {
        server = EmbeddedMongo.start(dataDir, 0);
        client = MongoClients.create(server.connectionString());
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @Override
    protected MongoDatabase freshDatabase() {
        return client.getDatabase("t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    }
}

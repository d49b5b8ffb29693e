package vn.lamtheo.platform.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import vn.lamtheo.platform.store.DurabilityBarrier;
import vn.lamtheo.platform.store.EmbeddedMongo;

import java.nio.file.Path;

/** The contract on the embedded MongoDB-wire server, Lamtheo's zero-configuration store. */
class EmbeddedEventStorageEngineTest extends EventStorageEngineContract {

    @TempDir
    static Path dataDir;
    static EmbeddedMongo server;
    static MongoClient client;

    @BeforeAll
    static void startServer() {
        server = EmbeddedMongo.start(dataDir, 0);
        client = MongoClients.create(server.connectionString());
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.close();
    }

    @Override
    protected MongoClient client() {
        return client;
    }

    @Override
    protected DurabilityBarrier durability() {
        return server;
    }
}

package vn.lamtheo.model.testsupport;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import vn.lamtheo.platform.store.EmbeddedMongo;

import java.nio.file.Path;

/** An embedded MongoDB-wire server in a temporary folder, for projection tests without Spring. */
public final class MongoTestSupport implements AutoCloseable {

    private final EmbeddedMongo server;
    private final MongoClient client;

    public MongoTestSupport(Path dir) {
        server = EmbeddedMongo.start(dir, 0);
        client = MongoClients.create(server.connectionString());
    }

    public MongoDatabase database() {
        return client.getDatabase("test");
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}

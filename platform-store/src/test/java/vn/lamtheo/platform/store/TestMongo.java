package vn.lamtheo.platform.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import vn.lamtheo.platform.store.EmbeddedMongo;

import java.nio.file.Path;

/** An embedded MongoDB in a temporary folder for projection tests; close it after the test class. */
public final class TestMongo implements AutoCloseable {

    private final EmbeddedMongo server;
    private final MongoClient client;
    private final MongoDatabase database;

    public TestMongo(Path dir) {
        server = EmbeddedMongo.start(dir, 0);
        client = MongoClients.create(server.connectionString());
        database = client.getDatabase("test");
    }

    public MongoDatabase database() {
        return database;
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}

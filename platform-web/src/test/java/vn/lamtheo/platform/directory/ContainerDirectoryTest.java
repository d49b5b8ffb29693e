package vn.lamtheo.platform.directory;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import java.util.UUID;

/** The same directory contract on a real MongoDB 7 replica set; skipped where Docker is not available. */
@Testcontainers(disabledWithoutDocker = true)
class ContainerDirectoryTest extends DirectoryContract {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7");
    static MongoClient client;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(MONGO.getReplicaSetUrl());
    }

    @AfterAll
    static void disconnect() {
        if (client != null) {
            client.close();
        }
    }

    @Override
    protected MongoDatabase freshDatabase() {
        return client.getDatabase("t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    }
}

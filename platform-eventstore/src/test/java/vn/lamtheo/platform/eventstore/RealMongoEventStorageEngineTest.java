package vn.lamtheo.platform.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same contract on a real MongoDB 7 replica set; skipped where Docker is missing. */
@Testcontainers(disabledWithoutDocker = true)
class RealMongoEventStorageEngineTest extends EventStorageEngineContract {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");
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
    protected MongoClient client() {
        return client;
    }
}

package vn.lamtheo.platform.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.AssociationValuesImpl;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lamtheo.platform.store.EmbeddedMongo;

import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AssociationKeyedSagaStoreTest {

    public record Reminder(String pledgeId, int sent) { }

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

    @Test
    void sagasAreFoundByTheirAssociationsUpdatedAndDeleted() {
        MongoDatabase database = client.getDatabase("sagas");
        AssociationKeyedSagaStore store = new AssociationKeyedSagaStore(database, JacksonSerializer.defaultSerializer());
        AssociationValue pledge = new AssociationValue("pledgeId", "p-1");
        AssociationValue branch = new AssociationValue("branchId", "b-1");

        store.insertSaga(Reminder.class, "s-1", new Reminder("p-1", 0), Set.of(pledge));
        store.insertSaga(Reminder.class, "s-2", new Reminder("p-1", 0), Set.of(pledge));
        assertThat(store.findSagas(Reminder.class, pledge)).containsExactlyInAnyOrder("s-1", "s-2");
        assertThat(store.findSagas(Object.class, pledge)).as("another saga type").isEmpty();

        AssociationValuesImpl values = new AssociationValuesImpl(Set.of(pledge));
        values.add(branch);
        values.remove(pledge);
        store.updateSaga(Reminder.class, "s-1", new Reminder("p-1", 1), values);

        assertThat(store.findSagas(Reminder.class, pledge)).containsExactly("s-2");
        assertThat(store.findSagas(Reminder.class, branch)).containsExactly("s-1");
        var loaded = store.<Reminder>loadSaga(Reminder.class, "s-1");
        assertThat(loaded.saga()).isEqualTo(new Reminder("p-1", 1));
        assertThat(loaded.associationValues()).containsExactly(branch);

        store.deleteSaga(Reminder.class, "s-1", Set.of(branch));
        assertThat(store.findSagas(Reminder.class, branch)).isEmpty();
        assertThat(store.<Reminder>loadSaga(Reminder.class, "s-1")).isNull();
    }
}

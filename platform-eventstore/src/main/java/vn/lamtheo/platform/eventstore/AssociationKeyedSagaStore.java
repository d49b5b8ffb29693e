package vn.lamtheo.platform.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.AssociationValues;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.pull;

/**
 * Sagas in MongoDB, found by exact {@code _id} lookups only. The extension's {@code MongoSagaStore} finds sagas by
 * matching inside an array of associations, which the embedded server answers with a scan of every saga; here each
 * (saga type, key, value) has a document of its own listing the sagas associated with it.
 */
public final class AssociationKeyedSagaStore implements SagaStore<Object> {

    static final String SAGAS = "sagas";
    static final String ASSOCIATIONS = "saga_associations";
    private static final String SAGA_IDS = "sagaIds";

    private final MongoCollection<Document> sagas;
    private final MongoCollection<Document> associations;
    private final Serializer serializer;

    public AssociationKeyedSagaStore(MongoDatabase database, Serializer serializer) {
        this.sagas = database.getCollection(SAGAS);
        this.associations = database.getCollection(ASSOCIATIONS);
        this.serializer = serializer;
    }

    /** Length prefixes keep the parts apart whatever characters they contain. */
    static String associationId(Class<?> sagaType, AssociationValue value) {
        return part(sagaType.getName()) + part(value.getKey()) + value.getValue();
    }

    private static String part(String text) {
        return text.length() + ":" + text + "|";
    }

    @Override
    public Set<String> findSagas(Class<?> sagaType, AssociationValue associationValue) {
        Document index = associations.find(eq("_id", associationId(sagaType, associationValue))).first();
        return index == null ? Set.of() : new HashSet<>(index.getList(SAGA_IDS, String.class));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <S> Entry<S> loadSaga(Class<S> sagaType, String sagaIdentifier) {
        Document document = sagas.find(eq("_id", sagaIdentifier)).first();
        if (document == null) {
            return null;
        }
        SerializedObject<String> serialized = new SimpleSerializedObject<>(document.getString("saga"), String.class,
                document.getString("sagaPayloadType"), document.getString("sagaRevision"));
        S saga = (S) serializer.deserialize(serialized);
        Set<AssociationValue> values = document.getList("associations", Document.class).stream()
                .map(a -> new AssociationValue(a.getString("key"), a.getString("value")))
                .collect(Collectors.toSet());
        return new Entry<>() {
            @Override
            public Set<AssociationValue> associationValues() {
                return values;
            }

            @Override
            public S saga() {
                return saga;
            }
        };
    }

    @Override
    public void insertSaga(Class<?> sagaType, String sagaIdentifier, Object saga, Set<AssociationValue> associationValues) {
        associationValues.forEach(v -> index(sagaType, v, addToSet(SAGA_IDS, sagaIdentifier), true));
        sagas.replaceOne(eq("_id", sagaIdentifier), sagaDocument(sagaType, sagaIdentifier, saga, associationValues),
                new ReplaceOptions().upsert(true));
    }

    @Override
    public void updateSaga(Class<?> sagaType, String sagaIdentifier, Object saga, AssociationValues associationValues) {
        associationValues.addedAssociations().forEach(v -> index(sagaType, v, addToSet(SAGA_IDS, sagaIdentifier), true));
        sagas.replaceOne(eq("_id", sagaIdentifier), sagaDocument(sagaType, sagaIdentifier, saga, associationValues.asSet()),
                new ReplaceOptions().upsert(true));
        associationValues.removedAssociations().forEach(v -> index(sagaType, v, pull(SAGA_IDS, sagaIdentifier), false));
    }

    @Override
    public void deleteSaga(Class<?> sagaType, String sagaIdentifier, Set<AssociationValue> associationValues) {
        sagas.deleteOne(eq("_id", sagaIdentifier));
        associationValues.forEach(v -> index(sagaType, v, pull(SAGA_IDS, sagaIdentifier), false));
    }

    private void index(Class<?> sagaType, AssociationValue value, Bson update, boolean upsert) {
        Bson id = eq("_id", associationId(sagaType, value));
        try {
            associations.updateOne(id, update, new UpdateOptions().upsert(upsert));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            associations.updateOne(id, update); // two upserts raced to create the document: it exists now
        }
    }

    private Document sagaDocument(Class<?> sagaType, String sagaIdentifier, Object saga, Set<AssociationValue> values) {
        SerializedObject<String> serialized = serializer.serialize(saga, String.class);
        List<Document> associationList = values.stream()
                .map(v -> new Document("key", v.getKey()).append("value", v.getValue())).toList();
        return new Document("_id", sagaIdentifier)
                .append("sagaType", sagaType.getName())
                .append("sagaPayloadType", serialized.getType().getName())
                .append("sagaRevision", serialized.getType().getRevision())
                .append("saga", serialized.getData())
                .append("associations", associationList);
    }
}

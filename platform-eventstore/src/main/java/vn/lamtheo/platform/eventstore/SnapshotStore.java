package vn.lamtheo.platform.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;

/** One document per aggregate ({@code _id} = aggregate id) holding its latest snapshot. */
final class SnapshotStore {

    private final MongoCollection<Document> snapshots;

    SnapshotStore(MongoCollection<Document> snapshots) {
        this.snapshots = snapshots;
    }

    void store(DomainEventMessage<?> snapshot, Serializer serializer) {
        String aggregateId = snapshot.getAggregateIdentifier();
        Document existing = snapshots.find(eq(EventDocument.ID, aggregateId)).first();
        if (existing != null && ((Number) existing.get(EventDocument.SEQUENCE)).longValue() >= snapshot.getSequenceNumber()) {
            return; // a newer snapshot is already there
        }
        Document document = EventDocument.content(snapshot, serializer).append(EventDocument.ID, aggregateId);
        try {
            snapshots.replaceOne(eq(EventDocument.ID, aggregateId), document, new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e; // else another snapshotter created it at the same moment: either snapshot is valid
            }
        }
    }

    Optional<DomainEventData<?>> latest(String aggregateId) {
        return Optional.ofNullable(snapshots.find(eq(EventDocument.ID, aggregateId)).first())
                .map(EventDocument::toEntry);
    }
}

package vn.lamtheo.platform.eventstore;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

import java.time.Instant;

/**
 * How one event (or one snapshot) is laid out as a MongoDB document.
 *
 * <p>{@code _id} is the global index. {@code key} ({@code aggregateId#sequence}) is the single-field unique key:
 * it gives optimistic concurrency and lets an aggregate be loaded with an exact {@code $in}, which the embedded
 * server answers from its index (a compound key with a range would be a full scan there).
 */
final class EventDocument {

    static final String ID = "_id";
    static final String KEY = "key";
    static final String AGGREGATE_ID = "aggregateId";
    static final String SEQUENCE = "seq";
    static final String TYPE = "type";
    static final String EVENT_ID = "eventId";
    static final String TIMESTAMP = "timestamp";
    static final String PAYLOAD_TYPE = "payloadType";
    static final String PAYLOAD_REVISION = "payloadRevision";
    static final String PAYLOAD = "payload";
    static final String META_DATA = "metaData";
    /** Writer's clock when the document was inserted, after its index was allocated: the witness for gap timeouts. */
    static final String STORED_AT = "storedAt";

    private EventDocument() {
    }

    static String key(String aggregateId, long sequenceNumber) {
        // Sequence numbers are digits only, so "a#1" + "#2" can never equal another aggregate's key.
        return aggregateId + "#" + sequenceNumber;
    }

    /** The fields shared by events and snapshots; the caller adds _id and what else it needs. */
    static Document content(DomainEventMessage<?> event, Serializer serializer) {
        SerializedObject<String> payload = event.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
        return new Document()
                .append(AGGREGATE_ID, event.getAggregateIdentifier())
                .append(SEQUENCE, event.getSequenceNumber())
                .append(TYPE, event.getType())
                .append(EVENT_ID, event.getIdentifier())
                .append(TIMESTAMP, event.getTimestamp().toString())
                .append(PAYLOAD_TYPE, payload.getType().getName())
                .append(PAYLOAD_REVISION, payload.getType().getRevision())
                .append(PAYLOAD, payload.getData())
                .append(META_DATA, metaData.getData());
    }

    static DomainEventData<String> toEntry(Document document) {
        return new GenericDomainEventEntry<>(
                document.getString(TYPE),
                document.getString(AGGREGATE_ID),
                ((Number) document.get(SEQUENCE)).longValue(),
                document.getString(EVENT_ID),
                document.getString(TIMESTAMP),
                document.getString(PAYLOAD_TYPE),
                document.getString(PAYLOAD_REVISION),
                document.getString(PAYLOAD),
                document.getString(META_DATA));
    }

    static long globalIndex(Document document) {
        return ((Number) document.get(ID)).longValue();
    }

    static Instant timestamp(Document document) {
        return Instant.parse(document.getString(TIMESTAMP));
    }
}

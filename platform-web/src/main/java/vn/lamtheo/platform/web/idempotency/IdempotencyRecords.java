package vn.lamtheo.platform.web.idempotency;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One document per (account, key) in {@value #COLLECTION}, {@code _id = account|key}. The insert of that
 * {@code _id} is the atomic reservation (a unique key: the embedded server and a replica set both refuse a second
 * one), so of parallel requests with one key exactly one runs; the others find it IN_PROGRESS and wait, then replay
 * its DONE answer. A reservation whose owner died is taken over after the lease, by compare-and-set on its owner.
 */
final class IdempotencyRecords {

    static final String COLLECTION = "idempotency_keys";

    /** What the reservation attempt found. */
    sealed interface Claim {
        /** This request runs; {@code token} proves it owns the reservation. */
        record Owned(String token) implements Claim {
        }

        record Done(RecordedAnswer answer) implements Claim {
        }

        /** The same request is running elsewhere. */
        record Busy() implements Claim {
        }

        /** The key was used for a different request. */
        record Mismatch() implements Claim {
        }
    }

    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String DONE = "DONE";

    private final MongoCollection<Document> records;
    private final Clock clock;
    private final Duration lease;

    IdempotencyRecords(MongoDatabase database, Clock clock, Duration lease) {
        this.records = database.getCollection(COLLECTION);
        this.clock = clock;
        this.lease = lease;
    }

    Claim claim(String id, String fingerprint) {
        for (;;) {
            String token = UUID.randomUUID().toString();
            Date now = Date.from(clock.instant());
            try {
                records.insertOne(new Document("_id", id).append("fingerprint", fingerprint).append("state", IN_PROGRESS)
                        .append("owner", token).append("startedAt", now));
                return new Claim.Owned(token);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            Document found = records.find(Filters.eq("_id", id)).first();
            if (found == null) {
                continue; // released between the insert and the read: reserve again
            }
            if (!fingerprint.equals(found.getString("fingerprint"))) {
                return new Claim.Mismatch();
            }
            if (DONE.equals(found.getString("state"))) {
                return new Claim.Done(answerOf(found));
            }
            if (found.getDate("startedAt").toInstant().plus(lease).isAfter(now.toInstant())) {
                return new Claim.Busy();
            }
            // Its owner has not finished within the lease: it died. Take over the very reservation found.
            long taken = records.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("owner", found.getString("owner"))),
                    Updates.combine(Updates.set("owner", token), Updates.set("startedAt", now))).getModifiedCount();
            if (taken == 1) {
                return new Claim.Owned(token);
            }
        }
    }

    void complete(String id, String token, RecordedAnswer answer) {
        Document headers = new Document();
        answer.headers().forEach(headers::append);
        records.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("owner", token)), Updates.combine(
                Updates.set("state", DONE), Updates.set("status", answer.status()), Updates.set("headers", headers),
                Updates.set("body", new Binary(answer.body())), Updates.set("doneAt", Date.from(clock.instant()))));
    }

    /** Nothing to keep (the request changed nothing): the key is free for the next attempt. */
    void release(String id, String token) {
        records.deleteOne(Filters.and(Filters.eq("_id", id), Filters.eq("owner", token), Filters.eq("state", IN_PROGRESS)));
    }

    private static RecordedAnswer answerOf(Document done) {
        Map<String, String> headers = new LinkedHashMap<>();
        Document stored = done.get("headers", Document.class);
        if (stored != null) {
            stored.forEach((name, value) -> headers.put(name, String.valueOf(value)));
        }
        Binary body = done.get("body", Binary.class);
        return new RecordedAnswer(done.getInteger("status"), headers, body == null ? new byte[0] : body.getData());
    }
}

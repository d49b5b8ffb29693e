package vn.lamtheo.pledge.application;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.lamtheo.kernel.events.pledge.TemplateKind;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One pledge per (member, year, form), held by the store itself, without transactions, on the embedded server as
 * on a replica set with several instances:
 * <ul>
 * <li>a drafted pledge's id is derived from the key ({@link #draftId}), so drafts racing for one key name the same
 *     pledge and the event store's unique (aggregate, sequence) key lets exactly one of them create it;</li>
 * <li>imported pledges keep their own ids, so before any pledge is created its key is reserved in a collection
 *     with {@code _id = memberId|year|kind}: that insert succeeds once. A reservation is never handed to another
 *     id while its pledge may still be under way: only one older than the lease whose pledge was never created (the
 *     process died between the two writes, or the command was refused) is taken over, by compare-and-set.</li>
 * </ul>
 */
@Component
public class PledgeKeys {

    public static final String COLLECTION = "pledge_keys";

    private final MongoCollection<Document> keys;
    private final PledgeEvents events;
    private final Clock clock;
    private final Duration lease;

    public PledgeKeys(MongoDatabase database, PledgeEvents events, Clock clock, PledgeProperties settings) {
        this.keys = database.getCollection(COLLECTION);
        this.events = events;
        this.clock = clock;
        this.lease = settings.keyLease();
    }

    public static String key(String memberId, int year, TemplateKind kind) {
        return memberId + "|" + year + "|" + kind;
    }

    /**
     * The id a new draft for this key gets, in the corpus style ({@code pl-} and hex): the first 80 bits of the key's
     * SHA-256, so that ids of different keys do not collide in any realistic number of pledges.
     */
    public static String draftId(String memberId, int year, TemplateKind kind) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key(memberId, year, kind).getBytes(StandardCharsets.UTF_8));
            return "pl-" + HexFormat.of().formatHex(hash, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /**
     * Reserves the key for {@code pledgeId}, or finds who holds it. Answers the holder: {@code pledgeId} when the
     * caller may create it (reserved now, reserved before for the same id, or taken over from an abandoned
     * reservation), otherwise the pledge that exists or is being created under this key.
     */
    public String claim(String memberId, int year, TemplateKind kind, String pledgeId) {
        String key = key(memberId, year, kind);
        Date now = Date.from(clock.instant());
        try {
            keys.insertOne(new Document("_id", key).append("pledgeId", pledgeId).append("reservedAt", now));
            return pledgeId;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        Document held = keys.find(Filters.eq("_id", key)).first();
        if (held == null) {
            return claim(memberId, year, kind, pledgeId); // deleted in between (by hand): try again
        }
        String holder = held.getString("pledgeId");
        if (holder.equals(pledgeId) || events.exists(holder) || !abandoned(held, now)) {
            return holder;
        }
        // Compare-and-set on the very reservation judged abandoned: of several takers, one wins.
        Bson same = Filters.and(Filters.eq("_id", key), Filters.eq("pledgeId", holder),
                held.getDate("reservedAt") == null ? Filters.exists("reservedAt", false) : Filters.eq("reservedAt", held.getDate("reservedAt")));
        if (keys.updateOne(same, Updates.combine(Updates.set("pledgeId", pledgeId), Updates.set("reservedAt", now))).getModifiedCount() == 1) {
            return pledgeId;
        }
        return find(memberId, year, kind).orElse(holder);
    }

    /** Older than the lease (reservations from before leases have no time: they are old). */
    private boolean abandoned(Document held, Date now) {
        Date reservedAt = held.getDate("reservedAt");
        return reservedAt == null || Instant.ofEpochMilli(reservedAt.getTime()).plus(lease).isBefore(now.toInstant());
    }

    public Optional<String> find(String memberId, int year, TemplateKind kind) {
        Document d = keys.find(Filters.eq("_id", key(memberId, year, kind))).first();
        return Optional.ofNullable(d).map(x -> x.getString("pledgeId"));
    }
}

package vn.lamtheo.pledge.application;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.lamtheo.kernel.events.pledge.TemplateKind;

import java.util.Optional;

/**
 * One pledge per (member, year, form): the key is reserved in a collection with {@code _id = memberId|year|kind}
 * before the pledge is created. Imported pledges keep their own ids, so the id cannot be derived from the key.
 */
@Component
public class PledgeKeys {

    public static final String COLLECTION = "pledge_keys";

    private final MongoCollection<Document> keys;

    public PledgeKeys(MongoDatabase database) {
        this.keys = database.getCollection(COLLECTION);
    }

    public static String key(String memberId, int year, TemplateKind kind) {
        return memberId + "|" + year + "|" + kind;
    }

    /** Reserves the key for {@code pledgeId}; answers the pledge id that holds it (this one when reserved now). */
    public String reserve(String memberId, int year, TemplateKind kind, String pledgeId) {
        String key = key(memberId, year, kind);
        try {
            keys.insertOne(new Document("_id", key).append("pledgeId", pledgeId));
            return pledgeId;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return find(memberId, year, kind).orElse(pledgeId);
        }
    }

    /** Gives the key to another pledge id: only for a reservation whose pledge was never created. */
    public void reassign(String memberId, int year, TemplateKind kind, String fromPledgeId, String toPledgeId) {
        keys.updateOne(Filters.and(Filters.eq("_id", key(memberId, year, kind)), Filters.eq("pledgeId", fromPledgeId)),
                new Document("$set", new Document("pledgeId", toPledgeId)));
    }

    public void release(String memberId, int year, TemplateKind kind, String pledgeId) {
        keys.deleteOne(Filters.and(Filters.eq("_id", key(memberId, year, kind)), Filters.eq("pledgeId", pledgeId)));
    }

    public Optional<String> find(String memberId, int year, TemplateKind kind) {
        Document d = keys.find(Filters.eq("_id", key(memberId, year, kind))).first();
        return Optional.ofNullable(d).map(x -> x.getString("pledgeId"));
    }
}

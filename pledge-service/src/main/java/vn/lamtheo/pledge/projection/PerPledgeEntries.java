package vn.lamtheo.pledge.projection;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Updates the entry of one pledge inside a per-screen document ({@code <field>.<pledgeId>}) so that an event is
 * applied at most once: the entry keeps the sequence number of the last event applied, and an update only
 * matches while that number is lower. A redelivered or replayed event therefore changes nothing. Each update
 * touches one document by {@code _id}: atomic on the embedded server and on a replica set alike.
 */
public final class PerPledgeEntries {

    /** Pledge ids become field names: they must not contain '.' or start with '$'. */
    public static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private final MongoCollection<Document> collection;
    private final String field;

    public PerPledgeEntries(MongoCollection<Document> collection, String field) {
        this.collection = collection;
        this.field = field;
    }

    /**
     * Sets (null values: unsets) fields of the pledge's entry, and {@code push}es entries onto arrays, if
     * {@code sequence} is newer than the entry's last applied event; creates the document with its
     * {@code fixedFields} when it does not exist yet. One update by {@code _id}: when the document exists but the
     * event was applied already, the upsert meets the existing {@code _id} and that duplicate is the answer
     * "nothing to do". Returns whether the event was applied.
     */
    public boolean apply(String id, Map<String, Object> fixedFields, String pledgeId, long sequence,
                         Map<String, Object> set, Map<String, Object> push) {
        if (!SAFE_ID.matcher(pledgeId).matches()) {
            throw new IllegalArgumentException("Pledge id not usable as a field name");
        }
        String prefix = field + "." + pledgeId + ".";
        Bson notYetApplied = Filters.or(Filters.exists(prefix + "seq", false), Filters.lt(prefix + "seq", sequence));
        List<Bson> updates = new ArrayList<>();
        fixedFields.forEach((k, v) -> updates.add(Updates.setOnInsert(k, v)));
        updates.add(Updates.set(prefix + "seq", sequence));
        set.forEach((k, v) -> updates.add(v == null ? Updates.unset(prefix + k) : Updates.set(prefix + k, v)));
        push.forEach((k, v) -> updates.add(Updates.push(prefix + k, v)));
        try {
            UpdateResult result = collection.updateOne(Filters.and(Filters.eq("_id", id), notYetApplied),
                    Updates.combine(updates), new UpdateOptions().upsert(true));
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false; // the document exists and already has this event
            }
            throw e;
        }
    }
}

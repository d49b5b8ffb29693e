package vn.lamtheo.pledge.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
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

    /** Creates the document with its fixed fields if it does not exist yet. */
    public void ensure(String id, Map<String, Object> fixedFields) {
        collection.updateOne(Filters.eq("_id", id), Updates.combine(fixedFields.entrySet().stream()
                        .map(e -> Updates.setOnInsert(e.getKey(), e.getValue())).toList()),
                new UpdateOptions().upsert(true));
    }

    /**
     * Sets (null values: unsets) fields of the pledge's entry, and {@code push} entries onto arrays, if
     * {@code sequence} is newer than the entry's last applied event. Returns whether it was applied.
     */
    public boolean apply(String id, String pledgeId, long sequence, Map<String, Object> set, Map<String, Object> push) {
        if (!SAFE_ID.matcher(pledgeId).matches()) {
            throw new IllegalArgumentException("Pledge id not usable as a field name");
        }
        String prefix = field + "." + pledgeId + ".";
        Bson notYetApplied = Filters.or(Filters.exists(prefix + "seq", false), Filters.lt(prefix + "seq", sequence));
        List<Bson> updates = new ArrayList<>();
        updates.add(Updates.set(prefix + "seq", sequence));
        set.forEach((k, v) -> updates.add(v == null ? Updates.unset(prefix + k) : Updates.set(prefix + k, v)));
        push.forEach((k, v) -> updates.add(Updates.push(prefix + k, v)));
        return collection.updateOne(Filters.and(Filters.eq("_id", id), notYetApplied), Updates.combine(updates))
                .getModifiedCount() > 0;
    }
}

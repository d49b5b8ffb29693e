package vn.lamtheo.model.registry;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import vn.lamtheo.model.api.ModelCalendar;
import vn.lamtheo.model.store.Documents;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The registry index: the cards of all models, partitioned by the year a model was created
 * ({@code model_registry}, {@code _id} = "y2026", field {@code cards.<modelId>}).
 *
 * <p>Why this shape: a district has hundreds to a few thousand models, so a year's partition holds a few hundred
 * cards of about half a kilobyte, well below MongoDB's 16 MB limit, and the whole registry is read with one
 * {@code $in} on about a dozen {@code _id}s; every filter (field, status, unit, year, text) then runs in memory.
 * The embedded server scans for anything but {@code _id} and unique keys, so per-model card documents would need
 * either a scan or an id list anyway. The creation year never changes, so a card never moves.
 */
@Repository
public class RegistryIndex {

    static final String COLLECTION = "model_registry";
    static final int FIRST_YEAR = 2015;

    private final MongoCollection<Document> collection;
    private final Clock clock;

    public RegistryIndex(MongoDatabase database, Clock clock) {
        this.collection = database.getCollection(COLLECTION);
        this.clock = clock;
    }

    static String partitionFor(Instant createdAt) {
        return "y" + ModelCalendar.yearOf(createdAt);
    }

    /** All cards, whatever their status; callers filter by visibility. */
    public List<RegistryCard> all() {
        int last = ModelCalendar.yearOf(clock.instant()) + 1;
        List<String> partitions = IntStream.rangeClosed(Math.min(FIRST_YEAR, last), last).mapToObj(y -> "y" + y).toList();
        List<RegistryCard> cards = new ArrayList<>();
        for (Document partition : collection.find(Filters.in("_id", partitions))) {
            Document byId = partition.get("cards", Document.class);
            if (byId != null) {
                byId.values().forEach(card -> cards.add(Documents.fromDocument((Document) card, RegistryCard.class)));
            }
        }
        return cards;
    }

    /** Writes the card except its adopters, which the adoption projection owns. */
    void save(String partition, RegistryCard card) {
        Document doc = Documents.toDocument(card);
        doc.remove("adopters");
        Document set = new Document();
        doc.forEach((key, value) -> set.append("cards." + card.id() + "." + key, value));
        collection.updateOne(Filters.eq("_id", partition), new Document("$set", set), new UpdateOptions().upsert(true));
    }

    public void setAdopters(String partition, String modelId, int adopters) {
        collection.updateOne(Filters.eq("_id", partition), Updates.set("cards." + modelId + ".adopters", adopters));
    }

    void drop() {
        collection.drop();
    }
}

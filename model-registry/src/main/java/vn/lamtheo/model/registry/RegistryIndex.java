package vn.lamtheo.model.registry;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import vn.lamtheo.model.api.ModelCalendar;
import vn.lamtheo.model.store.Documents;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The registry index: one card document per model ({@code model_cards}, {@code _id} = the model id), listed by
 * year in pages of at most {@value #PAGE_SIZE} ids ({@code model_card_pages}: {@code _id} "y2026" counts the
 * year's models, "y2026-p0", "y2026-p1", … hold their ids). The year is the one the model was created in, which
 * never changes, so a card is listed once and never moves.
 *
 * <p>Why this shape: every read is an exact match on {@code _id} ({@code $in} for batches), which the embedded
 * server answers without a scan, and no document grows with the number of models. The first layout kept every
 * card of a year in one document; a few huge titles pushed it past MongoDB's 16 MB and the store could not read
 * it back (issue #23). The whole registry is still read in a few round trips (counters, pages, cards), and every
 * filter runs in memory.
 */
@Repository
public class RegistryIndex {

    static final String COLLECTION = "model_cards";
    static final String PAGES = "model_card_pages";
    /** The first layout's collection: rebuilt from the model screens on start ({@link RegistryIndexMigration}). */
    static final String OLD_LAYOUT = "model_registry";
    static final int FIRST_YEAR = 2015;
    static final int PAGE_SIZE = 500;
    /** Ids per {@code $in} when reading cards. */
    private static final int READ_BATCH = 1_000;
    private static final String PAGE_FIELD = "page";

    private final MongoCollection<Document> cards;
    private final MongoCollection<Document> pages;
    private final Clock clock;

    public RegistryIndex(MongoDatabase database, Clock clock) {
        this.cards = database.getCollection(COLLECTION);
        this.pages = database.getCollection(PAGES);
        this.clock = clock;
    }

    static String partitionFor(Instant createdAt) {
        return "y" + ModelCalendar.yearOf(createdAt);
    }

    /** All cards, whatever their status; callers filter by visibility. */
    public List<RegistryCard> all() {
        int last = ModelCalendar.yearOf(clock.instant()) + 1;
        List<String> years = IntStream.rangeClosed(Math.min(FIRST_YEAR, last), last).mapToObj(y -> "y" + y).toList();
        List<String> pageIds = new ArrayList<>();
        for (Document year : pages.find(Filters.in("_id", years))) {
            int count = ((Number) year.get("count")).intValue();
            for (int page = 0; page * PAGE_SIZE < count; page++) {
                pageIds.add(pageId(year.getString("_id"), page));
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Document page : pages.find(Filters.in("_id", pageIds))) {
            ids.addAll(page.getList("ids", String.class, List.of()));
        }
        List<String> all = List.copyOf(ids);
        List<RegistryCard> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += READ_BATCH) {
            for (Document card : cards.find(Filters.in("_id", all.subList(from, Math.min(all.size(), from + READ_BATCH))))) {
                card.remove("_id");
                card.remove(PAGE_FIELD);
                found.add(Documents.fromDocument(card, RegistryCard.class));
            }
        }
        return found;
    }

    /** Writes the card except its adopters, which the adoption projection owns; lists a new card in its year. */
    void save(String partition, RegistryCard card) {
        Document doc = Documents.toDocument(card);
        doc.remove("adopters");
        Document before = cards.findOneAndUpdate(Filters.eq("_id", card.id()), new Document("$set", doc),
                new FindOneAndUpdateOptions().upsert(true).projection(Projections.include(PAGE_FIELD)));
        if (before == null || before.getString(PAGE_FIELD) == null) {
            list(partition, card.id());
        }
    }

    /**
     * Takes the next place of the year and adds the id to its page. A crash between the two leaves an unused
     * place or, on redelivery, the id on two pages: reads keep each id once.
     */
    private void list(String partition, String modelId) {
        Document year = pages.findOneAndUpdate(Filters.eq("_id", partition), Updates.inc("count", 1),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        int place = ((Number) year.get("count")).intValue() - 1;
        String page = pageId(partition, place / PAGE_SIZE);
        pages.updateOne(Filters.eq("_id", page), Updates.addToSet("ids", modelId), new UpdateOptions().upsert(true));
        cards.updateOne(Filters.eq("_id", modelId), Updates.set(PAGE_FIELD, page));
    }

    private static String pageId(String partition, int page) {
        return partition + "-p" + page;
    }

    public void setAdopters(String partition, String modelId, int adopters) {
        cards.updateOne(Filters.eq("_id", modelId), Updates.set("adopters", adopters));
    }

    void drop() {
        cards.drop();
        pages.drop();
    }
}

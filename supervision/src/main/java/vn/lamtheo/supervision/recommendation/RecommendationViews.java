package vn.lamtheo.supervision.recommendation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;
import vn.lamtheo.supervision.store.ViewDocuments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The {@code supervision_recommendations} collection, read by owner units (indexed). Due dates are stored as ISO
 * dates, whose text order is their time order.
 */
@Repository
public class RecommendationViews {

    private final MongoCollection<Document> collection;
    private final ViewDocuments documents;

    public RecommendationViews(MongoDatabase database, ViewDocuments documents) {
        this.collection = database.getCollection("supervision_recommendations");
        this.documents = documents;
        createIndexes();
    }

    private void createIndexes() {
        collection.createIndex(Indexes.ascending("ownerUnitId", "status"));
        collection.createIndex(Indexes.ascending("visitId"));
    }

    public Optional<RecommendationView> find(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first())
                .map(d -> documents.fromDocument(d, RecommendationView.class));
    }

    /**
     * @param status      null for every status
     * @param overdueAsOf when given, only those still open with a due date before it
     */
    public List<RecommendationView> find(Collection<String> ownerUnitIds, RecommendationStatus status, LocalDate overdueAsOf) {
        List<RecommendationView> result = new ArrayList<>();
        List<String> ids = List.copyOf(ownerUnitIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<Bson> filters = new ArrayList<>(List.of(Filters.in("ownerUnitId", ids.subList(from, Math.min(ids.size(), from + 500)))));
            if (status != null) {
                filters.add(Filters.eq("status", status.name()));
            }
            if (overdueAsOf != null) {
                filters.add(Filters.eq("status", RecommendationStatus.OPEN.name()));
                filters.add(Filters.lt("dueDate", overdueAsOf.toString()));
            }
            collection.find(Filters.and(filters)).forEach(d -> result.add(documents.fromDocument(d, RecommendationView.class)));
        }
        result.sort(Comparator.comparing(RecommendationView::dueDate).thenComparing(RecommendationView::id));
        return result;
    }

    /** The recommendations of some visits (a campaign's). */
    public List<RecommendationView> ofVisits(Collection<String> visitIds) {
        List<RecommendationView> result = new ArrayList<>();
        collection.find(Filters.in("visitId", List.copyOf(visitIds))).sort(Sorts.ascending("dueDate", "_id"))
                .forEach(d -> result.add(documents.fromDocument(d, RecommendationView.class)));
        return result;
    }

    void save(RecommendationView view) {
        collection.replaceOne(Filters.eq("_id", view.id()), documents.toDocument(view.id(), view), new ReplaceOptions().upsert(true));
    }

    void drop() {
        collection.drop();
        createIndexes();
    }
}

package vn.lamtheo.supervision.visit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import vn.lamtheo.supervision.store.ViewDocuments;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code supervision_visits} collection: one document per visit, read by id or by year (indexed). */
@Repository
public class VisitViews {

    private final MongoCollection<Document> collection;
    private final ViewDocuments documents;

    public VisitViews(MongoDatabase database, ViewDocuments documents) {
        this.collection = database.getCollection("supervision_visits");
        this.documents = documents;
        collection.createIndex(Indexes.ascending("year"));
    }

    public Optional<VisitView> find(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first())
                .map(d -> documents.fromDocument(d, VisitView.class));
    }

    /** The visits of a year, by date: a district makes tens of visits a year. */
    public List<VisitView> ofYear(int year) {
        List<VisitView> result = new ArrayList<>();
        collection.find(Filters.eq("year", year)).sort(Sorts.ascending("date", "_id"))
                .forEach(d -> result.add(documents.fromDocument(d, VisitView.class)));
        return result;
    }

    void save(VisitView view) {
        collection.replaceOne(Filters.eq("_id", view.id()), documents.toDocument(view.id(), view), new ReplaceOptions().upsert(true));
    }

    void drop() {
        collection.drop();
        collection.createIndex(Indexes.ascending("year"));
    }
}

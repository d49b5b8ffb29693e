package vn.lamtheo.supervision.checklist;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import vn.lamtheo.supervision.store.ViewDocuments;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code supervision_checklists} collection: one document per template version (a handful in all). */
@Repository
public class ChecklistViews {

    private final MongoCollection<Document> collection;
    private final ViewDocuments documents;

    public ChecklistViews(MongoDatabase database, ViewDocuments documents) {
        this.collection = database.getCollection("supervision_checklists");
        this.documents = documents;
    }

    public Optional<ChecklistView> find(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first())
                .map(d -> documents.fromDocument(d, ChecklistView.class));
    }

    public List<ChecklistView> published() {
        List<ChecklistView> result = new ArrayList<>();
        collection.find(Filters.eq("status", ChecklistStatus.PUBLISHED.name()))
                .sort(Sorts.ascending("templateKey", "version"))
                .forEach(d -> result.add(documents.fromDocument(d, ChecklistView.class)));
        return result;
    }

    void save(ChecklistView view) {
        collection.replaceOne(Filters.eq("_id", view.id()), documents.toDocument(view.id(), view), new ReplaceOptions().upsert(true));
    }

    void drop() {
        collection.drop();
    }
}

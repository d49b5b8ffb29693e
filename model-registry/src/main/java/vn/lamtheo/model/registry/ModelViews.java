package vn.lamtheo.model.registry;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import vn.lamtheo.model.store.Documents;

import java.util.Optional;

/** The {@code model_views} collection: one document per model, read and written by {@code _id} only. */
@Repository
public class ModelViews {

    static final String COLLECTION = "model_views";

    private final MongoCollection<Document> collection;

    public ModelViews(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
    }

    public Optional<ModelView> find(String modelId) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", modelId)).first())
                .map(d -> Documents.fromDocument(d.append("id", d.get("_id")), ModelView.class));
    }

    /** Writes everything but the adopters, which the adoption projection owns. */
    void save(ModelView view) {
        Document doc = Documents.toDocument(view);
        doc.remove("id");
        doc.remove("adopters");
        collection.updateOne(Filters.eq("_id", view.id), new Document("$set", doc), new UpdateOptions().upsert(true));
    }

    /** Sets the adopters of an existing model (does nothing for an unknown one). */
    public void setAdopters(String modelId, ModelView.Adopters adopters) {
        collection.updateOne(Filters.eq("_id", modelId), Updates.set("adopters", Documents.toDocument(adopters)));
    }

    void drop() {
        collection.drop();
    }
}

package vn.lamtheo.supervision.propaganda;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;
import vn.lamtheo.kernel.events.model.ModelStatus;
import vn.lamtheo.supervision.propaganda.RecordModelPost.PostedModel;
import vn.lamtheo.supervision.store.ViewDocuments;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Two collections: {@code supervision_propaganda_models} (each model's owner unit and status, from the model
 * registry's published events) and {@code supervision_model_posts} (one document per posting). Every write sets
 * values, so a redelivered event writes the same thing again.
 */
@Repository
public class PropagandaViews {

    private final MongoCollection<Document> models;
    private final MongoCollection<Document> posts;
    private final ViewDocuments documents;

    public PropagandaViews(MongoDatabase database, ViewDocuments documents) {
        this.models = database.getCollection("supervision_propaganda_models");
        this.posts = database.getCollection("supervision_model_posts");
        this.documents = documents;
        createIndexes();
    }

    private void createIndexes() {
        models.createIndex(Indexes.ascending("ownerUnitId"));
        posts.createIndex(Indexes.ascending("modelId"));
    }

    public Optional<PostedModel> model(String modelId) {
        return Optional.ofNullable(models.find(Filters.eq("_id", modelId)).first())
                .map(d -> new PostedModel(modelId, d.getString("ownerUnitId"), isPublic(d)));
    }

    public List<ModelPostView> postsOf(String modelId) {
        List<ModelPostView> result = new ArrayList<>();
        posts.find(Filters.eq("modelId", modelId)).sort(Sorts.ascending("date", "_id"))
                .forEach(d -> result.add(documents.fromDocument(d, ModelPostView.class)));
        return result;
    }

    /** Registered (or featured) models owned within the given units, and how many of them were never posted anywhere. */
    public record Reach(int registeredModels, int neverPropagated) {
    }

    public Reach reach(Collection<String> ownerUnitIds) {
        Set<String> registered = new HashSet<>();
        List<String> ids = List.copyOf(ownerUnitIds);
        for (int from = 0; from < ids.size(); from += 500) {
            models.find(Filters.and(Filters.in("ownerUnitId", ids.subList(from, Math.min(ids.size(), from + 500))),
                            Filters.in("status", ModelStatus.REGISTERED.name(), ModelStatus.FEATURED.name())))
                    .forEach(d -> registered.add(d.getString("_id")));
        }
        Set<String> posted = new HashSet<>();
        List<String> modelIds = List.copyOf(registered);
        for (int from = 0; from < modelIds.size(); from += 500) {
            posts.find(Filters.in("modelId", modelIds.subList(from, Math.min(modelIds.size(), from + 500))))
                    .forEach(d -> posted.add(d.getString("modelId")));
        }
        return new Reach(registered.size(), registered.size() - posted.size());
    }

    /** A null owner or status (an event that does not carry or change it) leaves the stored one. */
    void saveModel(String modelId, String ownerUnitId, ModelStatus status) {
        List<Bson> sets = new ArrayList<>();
        if (ownerUnitId != null) {
            sets.add(Updates.set("ownerUnitId", ownerUnitId));
        }
        if (status != null) {
            sets.add(Updates.set("status", status.name()));
        }
        if (!sets.isEmpty()) {
            models.updateOne(Filters.eq("_id", modelId), Updates.combine(sets), new UpdateOptions().upsert(true));
        }
    }

    void savePost(ModelPostView view) {
        posts.replaceOne(Filters.eq("_id", view.id()), documents.toDocument(view.id(), view), new ReplaceOptions().upsert(true));
    }

    void drop() {
        models.drop();
        posts.drop();
        createIndexes();
    }

    private static boolean isPublic(Document model) {
        String status = model.getString("status");
        return status != null && ModelStatus.valueOf(status).isPublic();
    }
}

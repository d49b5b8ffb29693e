package vn.lamtheo.model.dvk;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import vn.lamtheo.model.store.Documents;

import java.util.Optional;

/** The imported Dân vận khéo list ({@code dvk_models}, {@code _id} = the list's id). */
@Repository
public class DvkCatalog {

    private final MongoCollection<Document> collection;

    public DvkCatalog(MongoDatabase database) {
        this.collection = database.getCollection("dvk_models");
    }

    public Optional<DvkEntry> find(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first())
                .map(d -> Documents.fromDocument(d.append("id", d.get("_id")), DvkEntry.class));
    }

    /** @return true when the entry is new or changed */
    public boolean save(DvkEntry entry) {
        Optional<DvkEntry> existing = find(entry.id());
        if (existing.isPresent() && existing.get().equals(entry)) {
            return false;
        }
        Document doc = Documents.toDocument(entry);
        doc.remove("id");
        doc.put("_id", entry.id());
        collection.replaceOne(Filters.eq("_id", entry.id()), doc, new ReplaceOptions().upsert(true));
        return true;
    }
}

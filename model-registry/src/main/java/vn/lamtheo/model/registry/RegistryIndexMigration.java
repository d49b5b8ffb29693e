package vn.lamtheo.model.registry;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.lamtheo.model.store.Documents;

/**
 * Rebuilds the registry index from the model screens when the store still has the first layout (every card of a
 * year in one {@code model_registry} document), then drops that collection. Runs while the application context is
 * created, before the event processors start, so no projection writes a card meanwhile.
 *
 * <p>Why from the screens and not from the old documents: those are what could not be read back once they grew past
 * 16 MB, and each screen ({@code model_views}, one per model) holds everything a card shows, adopters included.
 * Reading every screen is a scan, done once.
 */
@Component
public class RegistryIndexMigration {

    private static final Logger log = LoggerFactory.getLogger(RegistryIndexMigration.class);

    public RegistryIndexMigration(MongoDatabase database, RegistryIndex index) {
        if (!database.listCollectionNames().into(new java.util.ArrayList<>()).contains(RegistryIndex.OLD_LAYOUT)) {
            return;
        }
        int models = 0;
        for (Document stored : database.getCollection(ModelViews.COLLECTION).find()) {
            ModelView view = Documents.fromDocument(stored.append("id", stored.get("_id")), ModelView.class);
            RegistryCard card = view.card();
            index.save(view.partition, card);
            index.setAdopters(view.partition, view.id, card.adopters());
            models++;
        }
        database.getCollection(RegistryIndex.OLD_LAYOUT).drop();
        log.info("Registry index rebuilt as one card per model from {} model screens; the old per-year documents were dropped",
                models);
    }
}

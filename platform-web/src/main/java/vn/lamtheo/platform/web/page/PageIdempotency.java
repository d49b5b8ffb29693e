package vn.lamtheo.platform.web.page;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Date;
import java.util.Optional;

/**
 * Makes a page form safe to post twice (double click, reload after a slow answer, a retry over a flaky line):
 * each rendered form carries a key; once its command succeeded, the key's answer (where to go, what to say) is kept
 * ({@code _id = username|key}, an exact-match lookup) and a repeated post gets the same answer without acting again.
 */
@Component
public class PageIdempotency {

    static final String COLLECTION = "page_idempotency";

    /** @param redirect where the first post went; @param flash the message key it showed, or null */
    public record Answer(String redirect, String flash) {
    }

    private final MongoDatabase database;

    public PageIdempotency(MongoDatabase database) {
        this.database = database;
    }

    public Optional<Answer> earlier(String username, String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        Document found = collection().find(Filters.eq("_id", id(username, key))).first();
        return Optional.ofNullable(found).map(d -> new Answer(d.getString("redirect"), d.getString("flash")));
    }

    public void remember(String username, String key, Answer answer) {
        if (key == null || key.isBlank()) {
            return;
        }
        try {
            collection().insertOne(new Document("_id", id(username, key)).append("redirect", answer.redirect())
                    .append("flash", answer.flash()).append("at", new Date()));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    private MongoCollection<Document> collection() {
        return database.getCollection(COLLECTION);
    }

    private static String id(String username, String key) {
        return username + "|" + (key.length() > 100 ? key.substring(0, 100) : key);
    }
}

package vn.lamtheo.cabinet.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One collection of the cabinet's screens: Java shapes stored through Jackson (ISO dates, enum names), read and
 * written by {@code _id} only, so every read is an exact-match lookup whatever the size of the collection.
 */
final class CabinetDocuments<T> {

    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private final MongoCollection<Document> collection;
    private final Class<T> type;

    CabinetDocuments(MongoDatabase database, String name, Class<T> type) {
        this.collection = database.getCollection(name);
        this.type = type;
    }

    Optional<T> find(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first()).map(this::read);
    }

    /** Every document; only for collections with one small document per cabinet (a district has tens). */
    List<T> all() {
        List<T> out = new ArrayList<>();
        for (Document d : collection.find()) {
            out.add(read(d));
        }
        return out;
    }

    void save(String id, T value) {
        try {
            Document doc = Document.parse(MAPPER.writeValueAsString(value));
            doc.put("_id", id);
            collection.replaceOne(Filters.eq("_id", id), doc, new ReplaceOptions().upsert(true));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store " + type.getSimpleName(), e);
        }
    }

    void drop() {
        collection.drop();
    }

    private T read(Document d) {
        d.remove("_id");
        try {
            return MAPPER.readValue(d.toJson(RELAXED), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read " + type.getSimpleName(), e);
        }
    }
}

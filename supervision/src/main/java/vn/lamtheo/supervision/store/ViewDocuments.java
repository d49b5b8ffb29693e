package vn.lamtheo.supervision.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Maps the supervision projections' records to MongoDB documents and back through the application's Jackson
 * mapper (ISO dates, enum names), so a view's shape change needs no hand-written mapping.
 */
@Component
public class ViewDocuments {

    private final ObjectMapper mapper;

    public ViewDocuments(ObjectMapper mapper) {
        this.mapper = mapper.copy().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @SuppressWarnings("unchecked")
    public Document toDocument(String id, Object view) {
        Document document = new Document(mapper.convertValue(view, Map.class));
        document.put("_id", id);
        return document;
    }

    public <T> T fromDocument(Document document, Class<T> type) {
        Document copy = new Document(document);
        copy.remove("_id");
        return mapper.convertValue(copy, type);
    }
}

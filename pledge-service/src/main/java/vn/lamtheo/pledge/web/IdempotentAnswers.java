package vn.lamtheo.pledge.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.web.ProblemException;

import java.time.Clock;
import java.util.Date;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key}: the successful answer of a command is kept ({@code _id = key|username}) so that a
 * retry with the same key is not applied twice and gets the same answer. Rejections are not kept: nothing was
 * applied, so a retry is decided again.
 */
@Component
class IdempotentAnswers {

    static final String COLLECTION = "pledge_idempotency";

    private final MongoCollection<Document> answers;
    private final ObjectMapper json;
    private final Clock clock;

    IdempotentAnswers(MongoDatabase database, ObjectMapper json, Clock clock) {
        this.answers = database.getCollection(COLLECTION);
        this.json = json;
        this.clock = clock;
    }

    ResponseEntity<?> run(String key, Actor actor, String request, Supplier<ResponseEntity<?>> command) {
        if (key == null || key.isBlank()) {
            return command.get();
        }
        if (key.length() > 200) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "Idempotency-Key is too long (200 characters at most)");
        }
        String id = key + "|" + actor.username();
        Document earlier = answers.find(Filters.eq("_id", id)).first();
        if (earlier != null) {
            return replay(earlier, request);
        }
        ResponseEntity<?> answer = command.get();
        if (answer.getStatusCode().is2xxSuccessful()) {
            try {
                answers.insertOne(new Document("_id", id).append("request", request)
                        .append("status", answer.getStatusCode().value())
                        .append("etag", answer.getHeaders().getETag())
                        .append("location", answer.getHeaders().getLocation() == null ? null : answer.getHeaders().getLocation().toString())
                        .append("body", json.writeValueAsString(answer.getBody()))
                        .append("at", Date.from(clock.instant())));
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot keep the answer for the idempotency key", e);
            }
        }
        return answer;
    }

    private static ResponseEntity<?> replay(Document earlier, String request) {
        if (!request.equals(earlier.getString("request"))) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY,
                    "This Idempotency-Key was already used for another request");
        }
        HttpHeaders headers = new HttpHeaders();
        if (earlier.getString("etag") != null) {
            headers.setETag(earlier.getString("etag"));
        }
        if (earlier.getString("location") != null) {
            headers.set(HttpHeaders.LOCATION, earlier.getString("location"));
        }
        headers.set("Idempotent-Replayed", "true");
        return ResponseEntity.status(earlier.getInteger("status")).headers(headers)
                .contentType(MediaType.APPLICATION_JSON).body(earlier.getString("body"));
    }
}

package vn.lamtheo.pledge.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A short fuzz of the pledge endpoints over real HTTP (issue #22, {@link PledgeFuzz}): no answer is a 5xx, and a
 * rejected request changes nothing in the event store. {@code bench/fuzz-pledges.sh} runs it longer
 * ({@code -Dlamtheo.fuzz.random}, {@code -Dlamtheo.fuzz.seed}) and prints the answers counted by status.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lamtheo.store.data-dir=target/test-data/pledge-fuzz-${random.uuid}")
class PledgeFuzzHttpTest {

    /** Events the system adds on its own (the copy check after a submission) are not the request's doing. */
    static final Pattern SYSTEM_EVENTS = Pattern.compile("Cop(y|ied)");

    @LocalServerPort
    int port;
    @Autowired
    MongoDatabase database;

    @Test
    void noBadRequestToThePledgeEndpointsAnswers5xxOrChangesAnything() throws Exception {
        Http http = new Http(port);
        Http.Answer draft = http.post("member1", "/api/pledges", PledgeBodies.complete(2026));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        String id = draft.text("/id");
        JsonNode pledge = Http.JSON.valueToTree(PledgeBodies.complete(2026));
        List<PledgeFuzz.Endpoint> endpoints = List.of(
                new PledgeFuzz.Endpoint("member1", "POST", "/api/pledges", pledge),
                new PledgeFuzz.Endpoint("member1", "PUT", "/api/pledges/" + id, pledge),
                new PledgeFuzz.Endpoint("member1", "POST", "/api/pledges/" + id + "/submit", null),
                new PledgeFuzz.Endpoint("member1", "POST", "/api/pledges/" + id + "/self-assess", body(Map.of("text", "Tự đánh giá"))),
                new PledgeFuzz.Endpoint("secretary1", "POST", "/api/pledges/" + id + "/approve", body(Map.of("note", "Đạt"))),
                new PledgeFuzz.Endpoint("secretary1", "POST", "/api/pledges/" + id + "/request-revision",
                        body(Map.of("reason", "Sửa", "sectionComments", Map.of("trachNhiemNeuGuong", "Cụ thể hơn")))),
                new PledgeFuzz.Endpoint("secretary1", "POST", "/api/pledges/" + id + "/flag-copied",
                        body(Map.of("sourcePledgeIds", List.of("other"), "note", "Chép"))),
                new PledgeFuzz.Endpoint("secretary1", "POST", "/api/pledges/" + id + "/dismiss-copy-suspicion", body(Map.of("note", "Không"))),
                new PledgeFuzz.Endpoint("secretary1", "POST", "/api/pledges/" + id + "/evaluate",
                        body(Map.of("result", "COMPLETED", "note", "Tốt"))),
                new PledgeFuzz.Endpoint("secretary1", "POST", "/api/pledges/" + id + "/retire", body(Map.of("reason", "Nghỉ"))),
                new PledgeFuzz.Endpoint("secretary1", "GET", "/api/pledges/" + id, null),
                new PledgeFuzz.Endpoint("member1", "GET", "/api/pledges/" + id + "/history", null),
                new PledgeFuzz.Endpoint("member1", "GET", "/api/pledges/" + id + "/copy-report", null),
                new PledgeFuzz.Endpoint("secretary1", "GET",
                        "/api/review-queue?branchId=cau-ngang/nhi-truong/ap-la-bang-chop&year=2026", null));
        List<PledgeFuzz.Case> cases = PledgeFuzz.cases(endpoints, id, Integer.getInteger("lamtheo.fuzz.random", 200),
                Long.getLong("lamtheo.fuzz.seed", 22));

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        Map<String, Map<Integer, Integer>> byKind = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();
        List<String> changedByRejection = new ArrayList<>();
        int unsendable = 0;
        for (PledgeFuzz.Case c : cases) {
            HttpRequest request;
            try {
                request = request(http, c);
            } catch (IllegalArgumentException refusedByTheClient) {
                unsendable++; // e.g. a header value the HTTP client itself will not send
                continue;
            }
            List<Object> before = userEvents();
            int status = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).statusCode();
            byStatus.merge(status, 1, Integer::sum);
            byKind.computeIfAbsent(c.kind(), k -> new TreeMap<>()).merge(status, 1, Integer::sum);
            if (status >= 500) {
                serverErrors.add(status + " " + c);
            }
            if (status >= 400 && !userEvents().equals(before)) {
                changedByRejection.add(status + " " + c);
            }
        }
        System.out.println("FUZZ cases=" + cases.size() + " unsendable=" + unsendable + " byStatus=" + byStatus);
        byKind.forEach((kind, counts) -> System.out.println("FUZZ kind " + kind + " " + counts));

        assertThat(serverErrors).as("5xx answers").isEmpty();
        assertThat(changedByRejection).as("rejected requests that changed the event store").isEmpty();
        assertThat(byStatus.keySet()).as("the fuzz reached the endpoints' validation").contains(400, 404, 405, 415);
    }

    /** The events people's requests made, in order: global index and type. */
    private List<Object> userEvents() {
        List<Object> events = new ArrayList<>();
        for (Document d : database.getCollection("events").find().sort(Sorts.ascending("_id"))) {
            String type = String.valueOf(d.get("payloadType"));
            if (!SYSTEM_EVENTS.matcher(type).find()) {
                events.add(d.get("_id") + " " + type);
            }
        }
        return events;
    }

    private static HttpRequest request(Http http, PledgeFuzz.Case c) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(http.uri("").toString() + c.path()))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((c.user() + ":demo").getBytes(StandardCharsets.UTF_8)))
                .method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(c.body()));
        if (c.contentType() != null) {
            builder.header("Content-Type", c.contentType());
        }
        c.headers().forEach(builder::header);
        return builder.build();
    }

    private static JsonNode body(Map<String, Object> fields) {
        return Http.JSON.valueToTree(fields);
    }
}

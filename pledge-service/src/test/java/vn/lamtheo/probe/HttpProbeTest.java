package vn.lamtheo.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lamtheo.kernel.events.pledge.TestPledges;
import vn.lamtheo.pledge.web.Http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The probes of issue #23 repeated against the running application over real HTTP: fuzzed JSON bodies to the pledge
 * and model endpoints, header values and URLs that Tomcat or the firewall refuse, a chunked body over the limit,
 * oversized fields, and parallel creates with and without an Idempotency-Key. Prints its counts by status.
 * <p>
 * Asserted: no 5xx anywhere; the refusals of malformed headers, URLs and bodies are problem+json 400 / 413; oversized
 * fields are 422; parallel creates make one pledge (one 201, the rest 409; with one key, the same 201 for all).
 * Scale: {@code -Dlamtheo.probe.scale} (default 1; {@code bench/probe.sh} runs 20).
 */
@Tag("probe")
@SpringBootTest(classes = vn.lamtheo.LamtheoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lamtheo.store.data-dir=target/test-data/probe-${random.uuid}")
class HttpProbeTest {

    static final int SCALE = Integer.getInteger("lamtheo.probe.scale", 1);
    static final String MODEL = """
            {"title":"Tổ tự quản đường hoa","field":"NONG_THON_MOI","kind":"COLLECTIVE","startYear":2026,
             "description":{"reason":"Đường ấp nhiều đoạn cỏ dại.","goals":"Hai km đường hoa.","content":"Chia đường thành đoạn.",
              "scope":"Ấp Là Bang Chóp.","forces":"Chi bộ ấp.","resources":"Người dân góp công.","timeline":"Từ tháng 3.",
              "expectedResults":"2 km đường hoa.","replication":"Các ấp khác."}}""";

    @LocalServerPort
    int port;

    /** status → count, per probe; 5xx are listed with their bodies. */
    final Map<String, Map<Integer, AtomicInteger>> counts = new TreeMap<>();
    final List<String> faults = new ArrayList<>();

    @Test
    void probesAnswerWithoutAnyServerError() throws Exception {
        Http http = new Http(port);
        fuzzedBodies(http, "member1", "POST", "/api/pledges", pledgeBody(), 50 * SCALE);
        fuzzedBodies(http, "committee1", "POST", "/api/models", (ObjectNode) Http.JSON.readTree(MODEL), 25 * SCALE);
        malformedRequests();
        oversizedFields(http);
        parallelCreates(http);

        counts.forEach((probe, byStatus) -> System.out.printf("probe %-34s %s%n", probe, byStatus));
        assertThat(faults).as("5xx answers").isEmpty();
    }

    /** Valid bodies with one or two fields replaced by a value of another type, removed, or nested deeply. */
    private void fuzzedBodies(Http http, String user, String method, String path, ObjectNode valid, int n) {
        Random random = new Random(23);
        List<String> fields = new ArrayList<>();
        valid.fieldNames().forEachRemaining(fields::add);
        valid.path("description").fieldNames().forEachRemaining(f -> fields.add("description." + f));
        valid.path("sections").fieldNames().forEachRemaining(f -> fields.add("sections." + f));
        valid.path("header").fieldNames().forEachRemaining(f -> fields.add("header." + f));
        for (int i = 0; i < n; i++) {
            ObjectNode body = valid.deepCopy();
            for (int k = 0; k <= random.nextInt(2); k++) {
                String field = fields.get(random.nextInt(fields.size()));
                JsonNode at = field.contains(".") ? body.path(field.substring(0, field.indexOf('.'))) : body;
                String name = field.substring(field.indexOf('.') + 1);
                if (!(at instanceof ObjectNode parent)) {
                    continue; // the enclosing object was itself replaced
                }
                parent.set(name, oddValue(random));
            }
            String text = body.toString();
            if (random.nextInt(10) == 0) {
                text = text.substring(0, random.nextInt(text.length())); // cut off
            }
            Http.Answer answer = http.call(user, method, path, text, Map.of("Content-Type", "application/json"));
            count("fuzz " + method + " " + path, answer.status(), answer.raw().body());
        }
    }

    private static JsonNode oddValue(Random random) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (random.nextInt(9)) {
            case 0 -> f.nullNode();
            case 1 -> f.numberNode(random.nextLong());
            case 2 -> f.numberNode(1e308 * 10);
            case 3 -> f.booleanNode(true);
            case 4 -> f.arrayNode().add("x").add(1);
            case 5 -> f.objectNode().put("x", "y");
            case 6 -> f.textNode("\u0000\r\n\uFEFF" + "Trình duyệt");
            case 7 -> f.textNode("");
            default -> {
                ObjectNode deep = f.objectNode();
                ObjectNode at = deep;
                for (int d = 0; d < 200; d++) {
                    at = at.putObject("d");
                }
                yield deep;
            }
        };
    }

    /** What Tomcat and Spring Security's firewall refuse: a refusal is a 400 or 413 problem, never a 5xx or HTML. */
    private void malformedRequests() {
        String body = "{\"year\":2026}";
        List<String> requests = List.of(
                "GET /api/me HTTP/1.1\r\nUser-Agent: Trình duyệt\r\n",
                "POST /api/pledges HTTP/1.1\r\nUser-Agent: Trình duyệt\r\nContent-Type: application/json\r\nContent-Length: "
                        + body.length() + "\r\n\r\n" + body,
                "POST /api/models HTTP/1.1\r\nX-Note: Ghi chú \u0001\r\nContent-Type: application/json\r\nContent-Length: "
                        + body.length() + "\r\n\r\n" + body,
                "GET /api/pledges/a%2fb HTTP/1.1\r\n",
                "GET /api/pledges/a%00b HTTP/1.1\r\n",
                "GET /api/pledges/a%ffb HTTP/1.1\r\n",
                "GET /api/pledges/" + "x".repeat(9 * 1024) + " HTTP/1.1\r\n");
        for (String request : requests) {
            Raw answer = raw(request);
            String probe = "malformed " + request.substring(0, Math.min(24, request.indexOf("\r\n"))).replaceAll("x{20,}", "x…");
            count(probe, answer.status(), answer.text());
            // a header the application never reads may pass (GET /api/me answers 200); a refusal is a 400 problem
            if (answer.status() >= 400) {
                assertThat(answer.status()).as(request.substring(0, Math.min(80, request.length())) + " → " + answer.text()).isEqualTo(400);
                assertThat(answer.contentType()).as(answer.text()).startsWith("application/problem+json");
            }
        }
        // a chunked body has no Content-Length: it is counted while read, and refused as 413 once over the limit
        Raw chunked = rawChunked("/api/pledges", 3 * 1024 * 1024);
        count("chunked body over the limit", chunked.status(), chunked.text());
        assertThat(chunked.status()).as(chunked.text()).isEqualTo(413);
        assertThat(chunked.contentType()).startsWith("application/problem+json");
    }

    /** Fields far longer than any real pledge: a name over 300 characters, a section over 10,000, refused with 422. */
    private void oversizedFields(Http http) {
        for (int size : new int[] {10_000, 200_000, 1_500_000}) {
            ObjectNode body = pledgeBody();
            ((ObjectNode) body.path("header")).put("fullName", "Nguyễn ".repeat(size / 7));
            int name = http.post("member2", "/api/pledges", body.toString()).status();
            count("oversized header.fullName", name, "");
            assertThat(name).as("a name of %d characters", size).isEqualTo(422);
            body = pledgeBody();
            ((ObjectNode) body.path("sections")).put("tuTuongChinhTri", "Rèn luyện ".repeat(size / 10));
            int section = http.post("member2", "/api/pledges", body.toString()).status();
            count("oversized sections.tuTuongChinhTri", section, "");
            if (size > 10_000) {
                assertThat(section).as("a section of %d characters", size).isEqualTo(422);
            }
        }
    }

    /** The same create sent by several clients at once: one pledge; with one key every client gets its 201. */
    private void parallelCreates(Http http) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            String key = UUID.randomUUID().toString();
            ObjectNode body = pledgeBody();
            body.put("year", 2031);
            List<Future<Integer>> withKey = new ArrayList<>();
            List<Future<Integer>> withoutKey = new ArrayList<>();
            for (int i = 0; i < 8 * SCALE; i++) {
                withKey.add(pool.submit(() -> http.post("member3", "/api/pledges", body.toString(), Map.of("Idempotency-Key", key)).status()));
            }
            for (Future<Integer> f : withKey) {
                int status = f.get();
                count("parallel create, one key", status, "");
                assertThat(status).as("one key, the first answer replayed").isEqualTo(201);
            }
            body.put("year", 2032);
            for (int i = 0; i < 8 * SCALE; i++) {
                withoutKey.add(pool.submit(() -> http.post("member3", "/api/pledges", body.toString()).status()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : withoutKey) {
                statuses.add(f.get());
                count("parallel create, no key", statuses.get(statuses.size() - 1), "");
            }
            assertThat(statuses).as("one pledge per member, year and form").containsOnlyOnce(201)
                    .allMatch(status -> status == 201 || status == 409);
        } finally {
            pool.shutdown();
        }
    }

    private static ObjectNode pledgeBody() {
        ObjectNode body = Http.JSON.createObjectNode();
        body.put("year", 2030);
        body.put("templateKind", "PARTY_MEMBER");
        body.set("header", Http.JSON.valueToTree(TestPledges.header()));
        body.set("sections", Http.JSON.valueToTree(TestPledges.sections().asMap()));
        body.putArray("followsModelIds");
        return body;
    }

    private synchronized void count(String probe, int status, String body) {
        counts.computeIfAbsent(probe, p -> new TreeMap<>()).computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        if (status >= 500) {
            faults.add(probe + " → " + status + " " + body.substring(0, Math.min(300, body.length())));
        }
    }

    record Raw(int status, String contentType, String text) {
    }

    /** A request written byte for byte (as curl would send it), which Java's HTTP client would refuse to send. */
    private Raw raw(String head) {
        String auth = "Authorization: Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
        String[] parts = head.split("\r\n\r\n", 2);
        String headers = parts[0].endsWith("\r\n") ? parts[0] : parts[0] + "\r\n";
        String request = headers + "Host: 127.0.0.1\r\n" + auth + "\r\nConnection: close\r\n\r\n" + (parts.length > 1 ? parts[1] : "");
        return exchange(request.getBytes(StandardCharsets.UTF_8), null);
    }

    private Raw rawChunked(String path, int bytes) {
        String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic "
                + Base64.getEncoder().encodeToString("member1:demo".getBytes(StandardCharsets.UTF_8))
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
        // one JSON string that never ends: the body stays well-formed up to the limit, so only the limit can refuse it
        byte[] opening = "{\"year\":2026,\"sections\":{\"tuTuongChinhTri\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] chunk = "a".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
        return exchange(head.getBytes(StandardCharsets.UTF_8), out -> {
            for (int sent = 0; sent < bytes; sent += chunk.length) {
                byte[] part = sent == 0 ? java.nio.ByteBuffer.allocate(opening.length + chunk.length).put(opening).put(chunk).array() : chunk;
                out.write((Integer.toHexString(part.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(part);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        });
    }

    interface BodyWriter {
        void write(OutputStream out) throws IOException;
    }

    private Raw exchange(byte[] head, BodyWriter body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head);
            if (body != null) {
                try {
                    body.write(out);
                } catch (IOException e) {
                    // the server answered and closed before the whole body was sent: read its answer
                }
            }
            out.flush();
            String response = new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            String contentType = response.lines().takeWhile(l -> !l.isEmpty())
                    .filter(l -> l.toLowerCase().startsWith("content-type:")).map(l -> l.substring(13).trim()).findFirst().orElse("");
            return new Raw(status, contentType, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return new ByteArrayInputStream(new byte[0]).readAllBytes();
        }
    }
}

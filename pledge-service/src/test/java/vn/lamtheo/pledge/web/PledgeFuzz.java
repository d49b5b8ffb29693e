package vn.lamtheo.pledge.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Bad requests for the pledge endpoints, generated from valid ones (issue #22): malformed JSON, wrong types, huge and
 * deeply nested bodies, invalid UTF-8, odd Unicode, huge years and ids, wrong methods and content types, bad
 * {@code If-Match} and {@code Idempotency-Key}. Deterministic for a seed: the fixed list, then {@code random} more
 * drawn from it with random cut points and fields.
 */
final class PledgeFuzz {

    /** One request to send; {@code body} null for none, {@code contentType} null for no header. */
    record Case(String kind, String user, String method, String path, byte[] body, String contentType, Map<String, String> headers) {
        @Override
        public String toString() {
            return kind + " " + method + " " + (path.length() > 80 ? path.substring(0, 80) + "…" : path);
        }
    }

    /** A valid request to start from: who sends it, where, and its body (null: none). */
    record Endpoint(String user, String method, String path, JsonNode body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<JsonNode> WRONG_VALUES = List.of(JSON.valueToTree(5), JSON.valueToTree("x"), JSON.createArrayNode(),
            JSON.createObjectNode(), JSON.valueToTree(true), JSON.nullNode(), JSON.valueToTree(1.5));
    private static final List<String> ODD_TEXTS = List.of("\u0000", "\\ud800", "\u202Eabc", "\uFEFF", "a\u0301\u0302\u0303",
            "\uD83D\uDE00", "\u200B\u200C\u200D", "\\udfff\\ud800");
    private static final List<String> HUGE_NUMBERS = List.of("99999999999999999999", "1e400", "-2147483649", "2026.5", "-0", "NaN");
    private static final List<String> BAD_IF_MATCH = List.of("abc", "\"abc\"", "\"-1\"", "W/\"0\"", "\"99999999999999999999\"", "*",
            "\"1\", \"2\"", "\"\"", "\"1");
    private static final List<String> BAD_KEYS = List.of("k".repeat(201), " ", "a b\tc");
    private static final List<String> BAD_IDS = List.of("x".repeat(3000), "..%2F..%2Fetc", "%00", "%FF", "%C4%91", "%20", "a%2Fb",
            "{id}", "1e400");
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/json; charset=ISO-8859-1", "*/*", "garbage");

    private PledgeFuzz() {
    }

    static List<Case> cases(List<Endpoint> endpoints, String pledgeId, int random, long seed) {
        List<Case> cases = new ArrayList<>();
        for (Endpoint e : endpoints) {
            cases.addAll(forEndpoint(e, pledgeId, new Random(seed)));
        }
        Random draw = new Random(seed);
        List<Case> fixed = List.copyOf(cases);
        for (int i = 0; i < random; i++) {
            Endpoint e = endpoints.get(draw.nextInt(endpoints.size()));
            if (e.body() == null) {
                cases.add(fixed.get(draw.nextInt(fixed.size())));
                continue;
            }
            String valid = e.body().toString();
            cases.add(json("random-truncated", e, valid.substring(0, 1 + draw.nextInt(valid.length() - 1))));
            List<String> fields = fieldNames(e.body());
            ObjectNode flipped = e.body().deepCopy();
            flipped.set(fields.get(draw.nextInt(fields.size())), WRONG_VALUES.get(draw.nextInt(WRONG_VALUES.size())));
            cases.add(json("random-wrong-type", e, flipped.toString()));
        }
        return cases;
    }

    private static List<Case> forEndpoint(Endpoint e, String pledgeId, Random random) {
        List<Case> cases = new ArrayList<>();
        String valid = e.body() == null ? null : e.body().toString();
        if (valid != null) {
            for (int cut : new int[]{1, valid.length() / 3, valid.length() / 2, valid.length() - 1}) {
                cases.add(json("malformed", e, valid.substring(0, cut)));
            }
            cases.add(json("malformed", e, valid + " trailing"));
            cases.add(json("malformed", e, valid.replaceFirst(":", "::")));
            for (String empty : List.of("", "null", "[]", "\"text\"", "0", "{", "}")) {
                cases.add(json("empty-or-scalar", e, empty));
            }
            for (String field : fieldNames(e.body())) {
                for (JsonNode wrong : WRONG_VALUES) {
                    ObjectNode changed = e.body().deepCopy();
                    changed.set(field, wrong);
                    cases.add(json("wrong-type", e, changed.toString()));
                }
                for (String odd : ODD_TEXTS) {
                    cases.add(json("odd-unicode", e, replaceField(e.body(), field, "\"" + odd + "\"")));
                }
                for (String number : HUGE_NUMBERS) {
                    cases.add(json("huge-number", e, replaceField(e.body(), field, number)));
                }
                cases.add(json("deep-nesting", e, replaceField(e.body(), field, "[".repeat(5000) + "]".repeat(5000))));
            }
            // over the 2 MB body limit (3 MB of two-byte characters), in the first field
            cases.add(json("huge-body", e, replaceField(e.body(), fieldNames(e.body()).get(0), "\"" + "đ".repeat(1_500_000) + "\"")));
            cases.add(json("deep-nesting", e, "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000)));
            cases.add(raw("invalid-utf8", e, invalidUtf8(valid, random), "application/json", Map.of()));
            cases.add(raw("invalid-utf8", e, new byte[]{'{', '"', (byte) 0xFF, (byte) 0xFE, '"', ':', '1', '}'}, "application/json", Map.of()));
            for (String type : CONTENT_TYPES) {
                cases.add(raw("content-type", e, valid.getBytes(StandardCharsets.UTF_8), type, Map.of()));
            }
            cases.add(raw("content-type", e, valid.getBytes(StandardCharsets.UTF_8), null, Map.of()));
        }
        for (String method : List.of("DELETE", "PATCH", "PUT", "POST", "GET")) {
            if (!method.equals(e.method())) {
                cases.add(raw("wrong-method", new Endpoint(e.user(), method, e.path(), e.body()),
                        valid == null ? null : valid.getBytes(StandardCharsets.UTF_8), valid == null ? null : "application/json", Map.of()));
            }
        }
        if (!e.method().equals("GET")) {
            for (String ifMatch : BAD_IF_MATCH) {
                cases.add(raw("bad-if-match", e, bytes(valid), valid == null ? null : "application/json", Map.of("If-Match", ifMatch)));
            }
            for (String key : BAD_KEYS) {
                cases.add(raw("bad-idempotency-key", e, bytes(valid), valid == null ? null : "application/json",
                        Map.of("Idempotency-Key", key)));
            }
        }
        if (e.path().contains(pledgeId)) {
            for (String id : BAD_IDS) {
                cases.add(raw("bad-id", new Endpoint(e.user(), e.method(), e.path().replace(pledgeId, id), e.body()),
                        bytes(valid), valid == null ? null : "application/json", Map.of()));
            }
        }
        if (e.path().contains("year=")) {
            for (String year : List.of("abc", "99999999999999999999", "-1", "2026.5", "", "1e3", "%00")) {
                cases.add(raw("bad-year", new Endpoint(e.user(), e.method(), e.path().replaceAll("year=[^&]*", "year=" + year), null),
                        null, null, Map.of()));
            }
        }
        return cases;
    }

    private static List<String> fieldNames(JsonNode body) {
        List<String> names = new ArrayList<>();
        body.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String replaceField(JsonNode body, String field, String rawJsonValue) {
        Map<String, String> parts = new LinkedHashMap<>();
        body.fields().forEachRemaining(f -> parts.put(f.getKey(), f.getKey().equals(field) ? rawJsonValue : f.getValue().toString()));
        StringBuilder out = new StringBuilder("{");
        parts.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return out.append('}').toString();
    }

    private static byte[] invalidUtf8(String valid, Random random) {
        byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
        int quote = valid.lastIndexOf("\":\"");
        int at = quote < 0 ? bytes.length / 2 : valid.substring(0, quote + 3).getBytes(StandardCharsets.UTF_8).length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.write(new byte[]{(byte) 0xC3, (byte) 0x28, (byte) 0xA0, (byte) (0x80 + random.nextInt(0x40)), (byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0, 7);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static Case json(String kind, Endpoint e, String body) {
        return raw(kind, e, body.getBytes(StandardCharsets.UTF_8), "application/json", Map.of());
    }

    private static Case raw(String kind, Endpoint e, byte[] body, String contentType, Map<String, String> headers) {
        return new Case(kind, e.user(), e.method(), e.path(), body, contentType, headers);
    }

    private static byte[] bytes(String body) {
        return body == null ? null : body.getBytes(StandardCharsets.UTF_8);
    }
}

package vn.lamtheo.pledge.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every pledge endpoint × every demo role, over HTTP. member1's pledge lives in secretary1's branch of Nhị
 * Trường (committee1's commune); secretary2 and member3 are elsewhere. Outsiders get 404 (the pledge is not
 * confirmed to exist), insiders without the part 403, the owner or reviewer 2xx. A successful call gets a fresh
 * pledge in the right state, so one role's success does not change what the next role sees.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lamtheo.store.data-dir=target/test-data/pledge-matrix-${random.uuid}")
class PledgeAuthorizationMatrixHttpTest {

    static final List<String> ROLES = List.of("member1", "member2", "secretary1", "committee1", "secretary2", "member3",
            "curator", "supervisor", "admin");
    static final String BRANCH = "cau-ngang/nhi-truong/ap-la-bang-chop";

    /** Who reads member1's pledge, apart from member1. */
    static final List<String> READERS = List.of("secretary1", "committee1", "curator", "supervisor", "admin");

    @LocalServerPort
    int port;
    Http http;
    final AtomicInteger years = new AtomicInteger(2040);

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    enum State { DRAFT, SUBMITTED, FLAGGED, APPROVED, SELF_ASSESSED }

    /** A pledge of {@code owner} (in a year of its own) brought to the state. */
    String pledge(String owner, State state) {
        int year = years.getAndIncrement();
        Http.Answer draft = http.post(owner, "/api/pledges", PledgeBodies.complete(year));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        String id = draft.text("/id");
        String reviewer = owner.startsWith("secretary") ? "committee1" : "secretary1";
        if (state.ordinal() >= State.SUBMITTED.ordinal()) {
            assertThat(http.post(owner, "/api/pledges/" + id + "/submit", null).status()).isEqualTo(200);
        }
        if (state == State.FLAGGED) {
            assertThat(http.post(reviewer, "/api/pledges/" + id + "/flag-copied",
                    Map.of("sourcePledgeIds", List.of("pl-0000000000"), "note", "x")).status()).isEqualTo(200);
        }
        if (state.ordinal() >= State.APPROVED.ordinal() && state != State.FLAGGED) {
            assertThat(http.post(reviewer, "/api/pledges/" + id + "/approve", null).status()).isEqualTo(200);
        }
        if (state == State.SELF_ASSESSED) {
            assertThat(http.post(owner, "/api/pledges/" + id + "/self-assess", Map.of("text", "x")).status()).isEqualTo(200);
        }
        return id;
    }

    record Endpoint(String name, State needs, Function<String, String[]> request, Map<String, Integer> expected) {
    }

    static Map<String, Integer> expect(int owner, int reviewer, int otherReaders, int outsiders) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String role : ROLES) {
            m.put(role, switch (role) {
                case "member1" -> owner;
                case "secretary1" -> reviewer;
                case "committee1", "curator", "supervisor", "admin" -> otherReaders;
                default -> outsiders;
            });
        }
        return m;
    }

    @Test
    void every_pledge_endpoint_for_every_demo_role() {
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.add(new Endpoint("GET pledge", State.SUBMITTED, id -> new String[]{"GET", "/api/pledges/" + id, null}, expect(200, 200, 200, 404)));
        endpoints.add(new Endpoint("GET history", State.SUBMITTED, id -> new String[]{"GET", "/api/pledges/" + id + "/history", null}, expect(200, 200, 200, 404)));
        endpoints.add(new Endpoint("GET copy-report", State.SUBMITTED, id -> new String[]{"GET", "/api/pledges/" + id + "/copy-report", null}, expect(200, 200, 200, 404)));
        endpoints.add(new Endpoint("PUT pledge", State.DRAFT, id -> new String[]{"PUT", "/api/pledges/" + id, json(PledgeBodies.complete(2040))}, expect(200, 403, 403, 404)));
        endpoints.add(new Endpoint("submit", State.DRAFT, id -> new String[]{"POST", "/api/pledges/" + id + "/submit", null}, expect(200, 403, 403, 404)));
        endpoints.add(new Endpoint("approve", State.SUBMITTED, id -> new String[]{"POST", "/api/pledges/" + id + "/approve", "{}"}, expect(403, 200, 403, 404)));
        endpoints.add(new Endpoint("request-revision", State.SUBMITTED, id -> new String[]{"POST", "/api/pledges/" + id + "/request-revision", "{\"reason\":\"r\"}"}, expect(403, 200, 403, 404)));
        endpoints.add(new Endpoint("flag-copied", State.SUBMITTED, id -> new String[]{"POST", "/api/pledges/" + id + "/flag-copied", "{\"sourcePledgeIds\":[\"pl-0000000001\"]}"}, expect(403, 200, 403, 404)));
        endpoints.add(new Endpoint("dismiss-copy-suspicion", State.FLAGGED, id -> new String[]{"POST", "/api/pledges/" + id + "/dismiss-copy-suspicion", "{}"}, expect(403, 200, 403, 404)));
        endpoints.add(new Endpoint("self-assess", State.APPROVED, id -> new String[]{"POST", "/api/pledges/" + id + "/self-assess", "{\"text\":\"t\"}"}, expect(200, 403, 403, 404)));
        endpoints.add(new Endpoint("evaluate", State.SELF_ASSESSED, id -> new String[]{"POST", "/api/pledges/" + id + "/evaluate", "{\"result\":\"PARTLY\"}"}, expect(403, 200, 403, 404)));
        Map<String, Integer> retire = expect(403, 200, 403, 404);
        retire.put("admin", 200);
        endpoints.add(new Endpoint("retire", State.SUBMITTED, id -> new String[]{"POST", "/api/pledges/" + id + "/retire", "{\"reason\":\"moved\"}"}, retire));

        List<String> mismatches = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            String shared = pledge("member1", endpoint.needs());
            for (String role : ROLES) {
                int expected = endpoint.expected().get(role);
                boolean mutating = !endpoint.request().apply(shared)[0].equals("GET");
                String id = expected / 100 == 2 && mutating ? pledge("member1", endpoint.needs()) : shared;
                String[] r = endpoint.request().apply(id);
                Http.Answer answer = http.call(role, r[0], r[1], r[2], Map.of());
                if (answer.status() != expected) {
                    mismatches.add(endpoint.name() + " as " + role + ": expected " + expected + " got " + answer);
                }
            }
            Http.Answer anonymous = http.call(null, endpoint.request().apply(shared)[0], endpoint.request().apply(shared)[1],
                    endpoint.request().apply(shared)[2], Map.of());
            if (anonymous.status() != 401) {
                mismatches.add(endpoint.name() + " anonymous: expected 401 got " + anonymous.status());
            }
        }

        // a secretary's own pledge: the committee officer reviews it, the secretary may not
        String secretarysOwn = pledge("secretary1", State.SUBMITTED);
        Map<String, Integer> approveOwn = new LinkedHashMap<>();
        for (String role : ROLES) {
            approveOwn.put(role, switch (role) {
                case "committee1" -> 200;
                case "secretary1", "curator", "supervisor", "admin" -> 403;
                default -> 404;
            });
        }
        for (String role : ROLES) {
            String id = approveOwn.get(role) == 200 ? pledge("secretary1", State.SUBMITTED) : secretarysOwn;
            Http.Answer answer = http.post(role, "/api/pledges/" + id + "/approve", Map.of());
            if (answer.status() != approveOwn.get(role)) {
                mismatches.add("approve secretary's own as " + role + ": expected " + approveOwn.get(role) + " got " + answer);
            }
        }

        // creating a pledge: members and secretaries write pledges, nobody else
        for (String role : ROLES) {
            int expected = role.startsWith("member") || role.startsWith("secretary") ? 201 : 403;
            Http.Answer answer = http.post(role, "/api/pledges", PledgeBodies.complete(years.getAndIncrement()));
            if (answer.status() != expected) {
                mismatches.add("POST /api/pledges as " + role + ": expected " + expected + " got " + answer);
            }
        }

        // the branch's review queue and one's own list
        for (String role : ROLES) {
            int expected = READERS.contains(role) ? 200 : 404;
            Http.Answer answer = http.get(role, "/api/review-queue?branchId=" + BRANCH + "&year=2026");
            if (answer.status() != expected) {
                mismatches.add("GET review-queue as " + role + ": expected " + expected + " got " + answer);
            }
            Http.Answer mine = http.get(role, "/api/me/pledges");
            if (mine.status() != 200) {
                mismatches.add("GET me/pledges as " + role + ": expected 200 got " + mine);
            }
            int importExpected = role.equals("admin") ? 200 : 403;
            Http.Answer imported = http.call(role, "POST", "/api/admin/import/pledges", "",
                    Map.of("Content-Type", "application/x-ndjson"));
            if (imported.status() != importExpected) {
                mismatches.add("POST import as " + role + ": expected " + importExpected + " got " + imported);
            }
        }
        assertThat(http.get(null, "/api/review-queue").status()).isEqualTo(401);
        assertThat(http.get(null, "/api/me/pledges").status()).isEqualTo(401);

        assertThat(mismatches).isEmpty();
    }

    private static String json(Object body) {
        try {
            return Http.JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

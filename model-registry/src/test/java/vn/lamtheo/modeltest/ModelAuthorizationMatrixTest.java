package vn.lamtheo.modeltest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may read and act on a model in each state, over HTTP. A model the person may not see answers 404
 * (indistinguishable from an unknown one); one they see but may not act on answers 403.
 * Each row: state of the model, person, request, expected status.
 */
@SpringBootTest(classes = ModelTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelAuthorizationMatrixTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("lamtheo.store.data-dir", ModelRestFlowTest::tempDir);
        registry.add("lamtheo.store.uri", () -> "");
    }

    @LocalServerPort
    int port;

    static final String FORM = """
            {"title":"Chi bộ ấp với phong trào thắp sáng đường quê","field":"NONG_THON_MOI","kind":"COLLECTIVE","startYear":2026,
             "description":{"reason":"Đường ấp tối.","goals":"Lắp đèn toàn tuyến.","content":"Đảng viên vận động hộ dân góp tiền điện.",
              "scope":"Ấp Là Bàng Chợp.","timeline":"Năm 2026.","expectedResults":"60 bóng đèn.","replication":"Các ấp khác."}}""";

    /** One model per state, owned by committee1's commune. */
    Map<String, String> models;

    @BeforeAll
    void models() {
        Api committee1 = new Api(port, "committee1");
        Api curator = new Api(port, "curator");
        String draft = create(committee1);
        String submitted = create(committee1);
        committee1.post("/api/models/" + submitted + "/submit", null);
        String registered = create(committee1);
        committee1.post("/api/models/" + registered + "/submit", null);
        assertThat(curator.post("/api/models/" + registered + "/register", null).status()).isEqualTo(200);
        models = Map.of("DRAFT", draft, "SUBMITTED", submitted, "REGISTERED", registered);
        committee1.eventually("/api/models/" + draft, r -> r.status() == 200);
        committee1.eventually("/api/models/" + submitted, r -> r.status() == 200 && r.json().get("status").asText().equals("SUBMITTED"));
        committee1.eventually("/api/models/" + registered, r -> r.status() == 200 && r.json().get("status").asText().equals("REGISTERED"));
    }

    private static String create(Api api) {
        Api.Response r = api.post("/api/models", FORM);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    @ParameterizedTest(name = "{0} model, {1}: {2} {3} → {4}")
    @CsvSource({
            // reading
            "DRAFT,      committee1, GET,  '',                200",
            "DRAFT,      secretary1, GET,  '',                404",
            "DRAFT,      supervisor, GET,  '',                200",
            "DRAFT,      curator,    GET,  '',                404",
            "DRAFT,      member1,    GET,  '',                404",
            "DRAFT,      secretary2, GET,  '',                404",
            "DRAFT,      secretary2, GET,  /history,          404",
            "SUBMITTED,  curator,    GET,  '',                200",
            "SUBMITTED,  curator,    GET,  /overlap-report,   200",
            "SUBMITTED,  member1,    GET,  '',                404",
            "SUBMITTED,  secretary2, GET,  '',                404",
            "REGISTERED, member1,    GET,  '',                200",
            "REGISTERED, member3,    GET,  '',                200",
            "REGISTERED, secretary2, GET,  /history,          200",
            "REGISTERED, admin,      GET,  '',                200",
            // acting
            "DRAFT,      secretary2, POST, /submit,           404",
            "DRAFT,      member1,    POST, /submit,           404",
            "DRAFT,      curator,    POST, /register,         404",
            "SUBMITTED,  committee1, POST, /register,         403",
            "SUBMITTED,  supervisor, POST, /register,         403",
            "SUBMITTED,  committee1, POST, /submit,           409",
            "SUBMITTED,  member1,    POST, /register,         404",
            "REGISTERED, member1,    POST, /feature,          403",
            "REGISTERED, secretary2, POST, /feature,          403",
            "REGISTERED, committee1, POST, /retire,           403",
            "REGISTERED, secretary2, PUT,  '',                403",
            "REGISTERED, committee1, PUT,  '',                409",
            "REGISTERED, member1,    POST, /adoptions,        403",
            "REGISTERED, curator,    POST, /request-revision, 409",
            "REGISTERED, admin,      POST, /reassess,         403",
    })
    void matrix(String state, String person, String method, String suffix, int expected) {
        Api api = new Api(port, person);
        String path = "/api/models/" + models.get(state) + suffix;
        Api.Response r = switch (method) {
            case "GET" -> api.get(path);
            case "PUT" -> api.put(path, FORM, null);
            default -> api.post(path, suffix.equals("/adoptions") ? "{\"unitId\":\"cau-ngang/nhi-truong/ap-la-bang-chop\",\"year\":2026}"
                    : suffix.equals("/request-revision") ? "{\"reason\":\"Bổ sung số liệu\"}" : "{\"reason\":\"OUTDATED\"}");
        };
        assertThat(r.status()).as(r.toString()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} may not propose for {1} → {2}")
    @CsvSource({
            "member1,    cau-ngang/nhi-truong/ap-la-bang-chop, 403",
            "committee1, cau-ngang/hiep-hoa,                   403",
            "curator,    cau-ngang/nhi-truong,                 403",
            "secretary1, cau-ngang/nhi-truong/ap-la-bang-chop, 201",
    })
    void proposing(String person, String ownerUnitId, int expected) {
        Api.Response r = new Api(port, person).post("/api/models", FORM.replaceFirst("\\{", "{\"ownerUnitId\":\"" + ownerUnitId + "\","));
        assertThat(r.status()).as(r.toString()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET,  /api/registry",
            "POST, /api/models",
    })
    void nobodySignedInGetsNothing(String method, String path) {
        Api anonymous = new Api(port, null);
        Api.Response r = method.equals("GET") ? anonymous.get(path) : anonymous.post(path, FORM);
        assertThat(r.status()).isEqualTo(401);
    }

    @org.junit.jupiter.api.Test
    void theFeedIsPublicAndListsOnlyPublicModels() {
        Api.Response feed = new Api(port, null).get("/api/registry/feed.atom");
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.body()).contains(models.get("REGISTERED")).doesNotContain(models.get("SUBMITTED")).doesNotContain(models.get("DRAFT"));
    }

    @org.junit.jupiter.api.Test
    void theFeedLinksToThePublicPagesOnTheAddressItWasAskedAt() throws Exception {
        com.rometools.rome.feed.synd.SyndFeed feed = new com.rometools.rome.io.SyndFeedInput().build(
                new java.io.StringReader(new Api(port, null).get("/api/registry/feed.atom").body()));
        String registered = models.get("REGISTERED");
        assertThat(feed.getEntries()).anySatisfy(entry ->
                assertThat(entry.getLink()).isEqualTo("http://localhost:" + port + "/registry/" + registered));
        assertThat(feed.getLinks()).anySatisfy(link -> assertThat(link.getHref()).isEqualTo("http://localhost:" + port + "/registry"));
        // the page a link leads to opens for anybody, with no password
        Api.Response page = new Api(port, null).get("/registry/" + registered);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Chi bộ ấp với phong trào thắp sáng đường quê");
        // and, shared, shows a card whose address is the one asked at (no lamtheo.public-url here)
        assertThat(PublicModelCardTest.og(org.jsoup.Jsoup.parse(page.body()), "og:url"))
                .isEqualTo("http://localhost:" + port + "/registry/" + registered);
    }

    @org.junit.jupiter.api.Test
    void thePublicRegistryOpensWithoutSigningInAndShowsOnlyPublishedModels() {
        Api anonymous = new Api(port, null);
        Api.Response registry = anonymous.get("/registry");
        assertThat(registry.status()).isEqualTo(200);
        assertThat(registry.body()).contains("/registry/" + models.get("REGISTERED"))
                .doesNotContain(models.get("SUBMITTED")).doesNotContain(models.get("DRAFT"));
        // asking for another status does not reveal unpublished models
        assertThat(anonymous.get("/registry?status=SUBMITTED").body()).doesNotContain(models.get("SUBMITTED"));
        assertThat(anonymous.get("/registry/" + models.get("SUBMITTED")).status()).isEqualTo(404);
        assertThat(anonymous.get("/registry/" + models.get("DRAFT")).status()).isEqualTo(404);
        assertThat(anonymous.get("/registry/no-such-model").status()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0} imports the Dân vận khéo list → {1}")
    @CsvSource({"admin, 200", "curator, 403", "committee1, 403"})
    void onlyTheAdministratorImports(String person, int expected) {
        assertThat(new Api(port, person).postRaw("/api/admin/import/dvk-models", "application/x-ndjson", "").status()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} on the curator''s screens → {1}")
    @CsvSource({
            "committee1, 403",
            "member1,    403",
            "curator,    200",
    })
    void curatorScreens(String person, int expected) {
        Api api = new Api(port, person);
        assertThat(api.get("/api/registry/curator-queue").status()).isEqualTo(expected);
        assertThat(api.post("/api/registry/screening?year=2026", null).status()).isEqualTo(expected);
    }
}

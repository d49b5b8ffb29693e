package vn.lamtheo.platform;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform as a client sees it over real HTTP: health, sign-in, who-am-I, scopes, the problem+json error
 * contract, the directory import and the public pages. Runs on the embedded store, in demo mode.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lamtheo.store.data-dir=target/test-data/platform-${random.uuid}")
class PlatformHttpTest {

    static final String BRANCH = "cau-ngang/nhi-truong/ap-la-bang-chop";

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.on(port);
    }

    @Test
    void healthIsUpWithMongoDb() {
        HttpResponse<String> anonymous = api.get("/actuator/health", null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(anonymous).path("status").asText()).isEqualTo("UP");

        JsonNode detailed = ApiClient.json(api.get("/actuator/health", "admin"));
        assertThat(detailed.at("/components/mongo/status").asText()).isEqualTo("UP");
    }

    @Test
    void meAnswersWithTheMembersUnitAndRole() {
        HttpResponse<String> response = api.get("/api/me", "member1");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode me = ApiClient.json(response);
        assertThat(me.path("personId").asText()).isEqualTo("member1");
        assertThat(me.at("/unit/id").asText()).isEqualTo(BRANCH);
        assertThat(me.at("/unit/name").asText()).isEqualTo("Chi bộ ấp Là Bang Chóp");
        assertThat(texts(me.path("roles"))).containsExactly("MEMBER");
        assertThat(texts(me.path("scope"), "id")).containsExactly(BRANCH);
    }

    @Test
    void theSecretaryIsAlsoAMember() {
        JsonNode me = ApiClient.json(api.get("/api/me", "secretary1"));
        assertThat(texts(me.path("roles"))).containsExactlyInAnyOrder("BRANCH_SECRETARY", "MEMBER");
        assertThat(me.at("/unit/id").asText()).isEqualTo(BRANCH);
    }

    @Test
    void withoutCredentialsTheApiAnswers401AsProblem() {
        HttpResponse<String> response = api.get("/api/me", null);
        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));

        assertProblem(api.get("/api/me", "member1:wrong-password"), 401);
        assertProblem(api.get("/api/no-such-route", null), 401);
    }

    @Test
    void aMemberOnAdminEndpointsGets403AsProblem() {
        assertProblem(api.postJson("/api/admin/import/directory", "member1", "{}"), 403);
        assertProblem(api.get("/actuator/metrics", "member1"), 403);
    }

    @Test
    void malformedJsonIs400() {
        HttpResponse<String> response = api.postJson("/api/admin/import/directory", "admin", "{\"units\": [");
        assertProblem(response, 400);
        assertThat(ApiClient.json(response).path("detail").asText()).contains("JSON");
    }

    @Test
    void aWrongTypeIs400NamingTheField() {
        HttpResponse<String> response = api.postJson("/api/admin/import/directory", "admin", "{\"units\": 5}");
        assertProblem(response, 400);
        assertThat(texts(ApiClient.json(response).path("errors"), "field")).containsExactly("units");
    }

    @Test
    void aBadQueryParameterIs400() {
        HttpResponse<String> response = api.get("/api/directory/units?view=sideways", "member1");
        assertProblem(response, 400);
        assertThat(texts(ApiClient.json(response).path("errors"), "field")).containsExactly("view");
    }

    @Test
    void anUnknownRouteIs404() {
        HttpResponse<String> response = api.get("/api/no-such-route", "member1");
        assertProblem(response, 404);
        assertThat(ApiClient.json(response).path("detail").asText()).contains("/api/no-such-route");
    }

    @Test
    void aBrowserAskingForHtmlUnderApiStillGetsAProblem() {
        HttpResponse<String> response = api.send(api.request("/api/no-such-route", "member1").header("Accept", "text/html").GET().build());
        assertProblem(response, 404);
        assertThat(response.body()).doesNotContain("<html", "Whitelabel");
    }

    @Test
    void aWrongMethodIs405AndAWrongMediaTypeIs415() {
        HttpResponse<String> wrongMethod = api.send(api.request("/api/me", "member1").DELETE().build());
        assertProblem(wrongMethod, 405);
        assertThat(wrongMethod.headers().firstValue("Allow")).contains("GET");

        assertProblem(api.post("/api/admin/import/directory", "admin", "text/plain", "units"), 415);
    }

    @Test
    void anOversizeBodyIs413() {
        String huge = "{\"units\":[],\"x\":\"" + "a".repeat(3 * 1024 * 1024) + "\"}";
        assertProblem(api.postJson("/api/me", "member1", huge), 413);
    }

    @Test
    void directoryImportIsIdempotentAndReportsBadEntries() {
        String body = """
                {"units": [
                   {"id": "cau-ngang/nhi-truong/chi-doan-test", "type": "CHAPTER", "name": "Chi đoàn Thử nghiệm", "parentId": "cau-ngang/nhi-truong"},
                   {"id": "orphan", "type": "BRANCH", "name": "Mồ côi", "parentId": "nowhere"}],
                 "people": [
                   {"id": "import-p1", "fullName": "Thạch Thị Thử", "unitId": "cau-ngang/nhi-truong/chi-doan-test", "roles": ["MEMBER"]},
                   {"id": "import-p2", "fullName": "Sai Vai Trò", "unitId": "cau-ngang", "roles": ["EMPEROR"]}],
                 "accounts": [
                   {"username": "import1", "personId": "import-p1", "password": "mat-khau-dai"}]}
                """;
        JsonNode first = ApiClient.json(ok(api.postJson("/api/admin/import/directory", "admin", body)));
        assertThat(first.at("/units/created").asInt()).isEqualTo(1);
        assertThat(first.at("/people/created").asInt()).isEqualTo(1);
        assertThat(first.at("/accounts/created").asInt()).isEqualTo(1);
        assertThat(texts(first.path("errors"), "id")).containsExactlyInAnyOrder("orphan", "import-p2");

        JsonNode second = ApiClient.json(ok(api.postJson("/api/admin/import/directory", "admin", body)));
        assertThat(second.at("/units/unchanged").asInt()).isEqualTo(1);
        assertThat(second.at("/people/unchanged").asInt()).isEqualTo(1);
        assertThat(second.at("/accounts/unchanged").asInt()).isEqualTo(1);
        assertThat(second.at("/units/created").asInt() + second.at("/people/created").asInt()
                + second.at("/accounts/created").asInt()).isZero();

        JsonNode me = ApiClient.json(ok(api.get("/api/me", "import1:mat-khau-dai")));
        assertThat(me.at("/unit/id").asText()).isEqualTo("cau-ngang/nhi-truong/chi-doan-test");
    }

    @Test
    void movingAPersonChangesTheirScope() {
        ok(api.postJson("/api/admin/import/directory", "admin", """
                {"people": [{"id": "mover", "fullName": "Người Chuyển", "unitId": "cau-ngang/nhi-truong/ap-bong-ven", "roles": ["MEMBER"]}],
                 "accounts": [{"username": "mover", "personId": "mover", "password": "chuyen-di-xa"}]}
                """));
        assertThat(ApiClient.json(api.get("/api/me", "mover:chuyen-di-xa")).at("/unit/id").asText()).isEqualTo("cau-ngang/nhi-truong/ap-bong-ven");

        ok(api.postJson("/api/admin/import/directory", "admin", """
                {"people": [{"id": "mover", "fullName": "Người Chuyển", "unitId": "cau-ngang/vinh-kim/ap-ba-nhi", "roles": ["MEMBER"]}]}
                """));
        assertThat(ApiClient.json(api.get("/api/me", "mover:chuyen-di-xa")).at("/unit/id").asText()).isEqualTo("cau-ngang/vinh-kim/ap-ba-nhi");
    }

    @Test
    void unitsAreListedWithinTheCallersScope() {
        assertThat(texts(ApiClient.json(ok(api.get("/api/directory/units", "member1"))), "id")).containsExactly(BRANCH);

        List<String> commune = texts(ApiClient.json(ok(api.get("/api/directory/units", "committee1"))), "id");
        assertThat(commune).first().isEqualTo("cau-ngang/nhi-truong");
        assertThat(commune).contains(BRANCH).allMatch(id -> id.startsWith("cau-ngang/nhi-truong"));

        List<String> district = texts(ApiClient.json(ok(api.get("/api/directory/units", "curator"))), "id");
        assertThat(district).hasSizeGreaterThan(200).contains("cau-ngang/thi-tran-my-long", "cau-ngang/truong-tho/co-quan");

        JsonNode tree = ApiClient.json(ok(api.get("/api/directory/units?view=tree", "admin")));
        assertThat(tree.at("/0/id").asText()).isEqualTo("cau-ngang");
        assertThat(tree.at("/0/children").size()).isEqualTo(15);
    }

    @Test
    void pagesUseFormLoginWithCsrf() {
        HttpResponse<String> home = api.get("/", null);
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        HttpResponse<String> login = api.get("/login", null);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("_csrf");
        HttpResponse<String> forged = api.send(api.request("/login", null).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=member1&password=demo")).build());
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void openApiAndSwaggerUiArePublic() {
        HttpResponse<String> docs = api.get("/v3/api-docs", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(docs).path("paths").has("/api/me")).isTrue();
        assertThat(api.get("/swagger-ui.html", null).statusCode()).isIn(200, 302);
        assertThat(api.get("/swagger-ui/index.html", null).statusCode()).isEqualTo(200);
    }

    @Test
    void metricsAreForAdmins() {
        HttpResponse<String> metrics = api.get("/actuator/metrics", "admin");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(texts(ApiClient.json(metrics).path("names"))).contains("jvm.memory.used", "http.server.requests");
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = ApiClient.json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).contains(" / ");
        assertThat(problem.path("detail").asText()).isNotBlank().doesNotContain("Exception");
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.path(field).asText()));
        return values;
    }
}

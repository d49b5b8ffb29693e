package vn.lamtheo.supervision.visit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lamtheo.pledge.web.Http;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Checklists, visits, recommendations and branch meetings over real HTTP on the demo directory: the paths and fields of
 * issue 20, each role's reach, problem+json refusals naming the field, and an answer sent twice stored once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lamtheo.store.data-dir=target/test-data/visit-http-${random.uuid}")
class VisitHttpTest {

    static final String NHI_TRUONG = "cau-ngang/nhi-truong";
    static final String BRANCH = "cau-ngang/nhi-truong/ap-la-bang-chop";
    static final String TRUONG_THO = "cau-ngang/truong-tho";
    static final String CHECKLIST = "kl01-sach-v1";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void the_default_checklist_is_published_with_versioned_sections_of_keyed_items() {
        JsonNode checklist = publishedChecklist();
        assertThat(checklist.path("version").asInt()).isEqualTo(1);
        assertThat(checklist.path("title").asText()).isEqualTo("Giám sát thực hiện Kết luận 01-KL/TW và Đề án trang bị sách cho cơ sở");
        assertThat(checklist.at("/sections/0/items/0/key").asText()).isEqualTo("kl01.ke-hoach");
        assertThat(checklist.path("sections").findValues("critical")).anyMatch(JsonNode::asBoolean);
        assertProblem(http.get(null, "/api/supervision/checklists"), 401);
    }

    @Test
    void a_visit_is_planned_answered_findings_recorded_and_closed_by_the_lead() {
        publishedChecklist();
        assertProblem(http.post("curator", "/api/supervision/visits", plan(NHI_TRUONG)), 403);
        assertProblem(http.post("committee1", "/api/supervision/visits", plan(NHI_TRUONG)), 404);
        Http.Answer badChecklist = http.post("supervisor", "/api/supervision/visits", Map.of("unitId", NHI_TRUONG, "date", TODAY.toString(), "checklistId", "nope"));
        assertProblem(badChecklist, 422);
        assertThat(badChecklist.json().findValuesAsText("field")).containsExactly("checklistId");

        Http.Answer planned = http.post("supervisor", "/api/supervision/visits", plan(NHI_TRUONG));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        String id = planned.text("/id");
        String path = "/api/supervision/visits/" + id;

        JsonNode visit = awaitVisit(id, v -> v.path("status").asText().equals("PLANNED"));
        assertThat(visit.path("answers").size()).isZero();
        assertThat(visit.path("findings").size()).isZero();
        assertThat(visit.at("/facts/branches").findValuesAsText("unitId")).contains(BRANCH);
        assertThat(visit.at("/facts/branches/0").has("submitted")).isTrue();
        assertThat(visit.at("/facts/bookCabinet/available").asBoolean()).isFalse();
        assertThat(visit.at("/facts/bookCabinet/note").asText()).startsWith("Chưa có số liệu tủ sách");
        assertThat(http.get("curator", path).status()).isEqualTo(200);
        assertProblem(http.get("committee1", path), 404);
        assertProblem(http.get("secretary1", path), 404);

        // The same body twice: the second changes nothing.
        Map<String, Object> pass = Map.of("value", "PASS");
        assertThat(http.put("supervisor", path + "/answers/kl01.ke-hoach", pass, Map.of()).status()).isEqualTo(200);
        long version = awaitVisit(id, v -> v.has("answers") && v.path("answers").has("kl01.ke-hoach")).path("version").asLong();
        assertThat(http.put("supervisor", path + "/answers/kl01.ke-hoach", pass, Map.of()).status()).isEqualTo(200);
        Http.Answer number = http.put("supervisor", path + "/answers/sinh-hoat.so-buoi", Map.of("value", 3), Map.of());
        assertThat(number.status()).as(number.toString()).isEqualTo(200);
        JsonNode answered = awaitVisit(id, v -> v.path("answers").has("sinh-hoat.so-buoi"));
        assertThat(answered.path("version").asLong()).as("the repeated answer recorded nothing").isEqualTo(version + 1);
        assertThat(answered.at("/answers/kl01.ke-hoach/value").asText()).isEqualTo("PASS");
        assertThat(answered.at("/answers/sinh-hoat.so-buoi/value").asText()).isEqualTo("3");
        assertThat(answered.path("status").asText()).isEqualTo("IN_PROGRESS");

        assertFields(http.put("supervisor", path + "/answers/bang.tinh-trang", Map.of("value", "FAIL"), Map.of()), 422, "note");
        assertFields(http.put("supervisor", path + "/answers/bang.tinh-trang", Map.of("value", "MAYBE"), Map.of()), 422, "value");
        assertFields(http.put("supervisor", path + "/answers/no-such-item", pass, Map.of()), 422, "itemKey");
        assertProblem(http.put("curator", path + "/answers/kl01.ke-hoach", pass, Map.of()), 403);
        assertProblem(http.put("supervisor", "/api/supervision/visits/no-such-visit/answers/kl01.ke-hoach", pass, Map.of()), 404);
        assertThat(http.put("supervisor", path + "/answers/bang.tinh-trang",
                Map.of("value", "FAIL", "note", "Bảng chuẩn mực đạo đức phai mờ"), Map.of()).status()).isEqualTo(200);

        Map<String, Object> finding = Map.of("itemKey", "bang.tinh-trang", "text", "Bảng chuẩn mực đạo đức phai mờ, còn nội dung Chỉ thị 05",
                "recommendation", "Thay bảng theo Kết luận 01-KL/TW", "ownerUnitId", BRANCH, "dueDate", TODAY.plusMonths(2).toString());
        Http.Answer recorded = http.post("supervisor", path + "/findings", finding, Map.of("Idempotency-Key", "finding-" + id));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        Http.Answer replayed = http.post("supervisor", path + "/findings", finding, Map.of("Idempotency-Key", "finding-" + id));
        assertThat(replayed.text("/id")).isEqualTo(recorded.text("/id"));
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertFields(http.post("supervisor", path + "/findings", Map.of("itemKey", "bang.tinh-trang", "text", "x", "recommendation", "y",
                "ownerUnitId", TRUONG_THO, "dueDate", TODAY.minusDays(1).toString())), 422, "ownerUnitId", "dueDate");

        assertProblem(http.post("curator", path + "/close", null), 403);
        assertFields(http.post("supervisor", path + "/close", null), 422,
                "answers.sinh-hoat.long-ghep", "answers.dang-ky.day-du", "answers.tu-sach.trang-bi");
        for (String critical : List.of("sinh-hoat.long-ghep", "dang-ky.day-du", "tu-sach.trang-bi")) {
            assertThat(http.put("supervisor", path + "/answers/" + critical, pass, Map.of()).status()).isEqualTo(200);
        }
        Http.Answer closing = http.post("supervisor", path + "/close", null);
        assertThat(closing.status()).as(closing.toString()).isEqualTo(200);
        JsonNode closed = awaitVisit(id, v -> v.path("status").asText().equals("CLOSED"));
        assertThat(closed.path("findings").findValuesAsText("id")).containsExactly(recorded.text("/id"));
        assertProblem(http.put("supervisor", path + "/answers/kl01.quan-triet", pass, Map.of()), 409);
        assertProblem(http.post("supervisor", path + "/close", null), 409);
    }

    @Test
    void a_recommendation_is_listed_for_its_commune_and_marked_done_by_its_committee_officer() {
        publishedChecklist();
        String visit = http.post("supervisor", "/api/supervision/visits", plan(NHI_TRUONG)).text("/id");
        awaitVisit(visit, v -> true);
        LocalDate due = TODAY.plusDays(10);
        Http.Answer finding = http.post("supervisor", "/api/supervision/visits/" + visit + "/findings", Map.of("itemKey", "dang-ky.han-che",
                "text", "Nhiều bản đăng ký không nêu hạn chế năm trước", "recommendation", "Bổ sung hạn chế và biện pháp khắc phục",
                "ownerUnitId", BRANCH, "dueDate", due.toString()));
        String id = finding.text("/id");

        String list = "/api/supervision/recommendations?unitId=" + NHI_TRUONG;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(http.get("committee1", list).json().findValuesAsText("id")).contains(id));
        assertThat(http.get("supervisor", list + "&status=OPEN").json().findValuesAsText("id")).contains(id);
        assertThat(http.get("curator", list + "&overdueAsOf=" + due.plusDays(1)).json().findValuesAsText("id")).contains(id);
        assertThat(http.get("curator", list + "&overdueAsOf=" + due).json().findValuesAsText("id")).doesNotContain(id);
        assertThat(http.get("committee1", "/api/supervision/recommendations").json().findValuesAsText("id")).contains(id);
        assertProblem(http.get("committee1", "/api/supervision/recommendations?unitId=" + TRUONG_THO), 404);
        assertProblem(http.get("secretary1", list), 403);
        assertProblem(http.get("supervisor", list + "&status=MAYBE"), 400);
        assertProblem(http.get("supervisor", list + "&overdueAsOf=yesterday"), 400);

        String done = "/api/supervision/recommendations/" + id + "/done";
        assertProblem(http.post("supervisor", done, Map.of("evidence", "x")), 403);
        assertProblem(http.post("secretary2", done, Map.of("evidence", "x")), 404);
        assertFields(http.post("committee1", done, Map.of("evidence", " ")), 422, "evidence");
        Http.Answer answered = http.post("committee1", done, Map.of("evidence", "Các chi bộ đã bổ sung; biên bản kèm theo"));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertProblem(http.post("committee1", done, Map.of("evidence", "lại")), 409);
        assertProblem(http.post("committee1", "/api/supervision/recommendations/no-such/done", Map.of("evidence", "x")), 404);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(http.get("committee1", list + "&status=DONE").json().findValuesAsText("id")).contains(id));
        assertThat(http.get("committee1", list + "&overdueAsOf=" + due.plusYears(1)).json().findValuesAsText("id")).doesNotContain(id);
    }

    @Test
    void a_later_visit_shows_earlier_recommendations_and_verifies_or_reopens_the_done_ones() {
        publishedChecklist();
        String first = http.post("supervisor", "/api/supervision/visits", plan(NHI_TRUONG)).text("/id");
        awaitVisit(first, v -> true);
        LocalDate due = TODAY.plusDays(5);
        String verified = recommend(first, "Thay bảng chuẩn mực đạo đức", due);
        String reopened = recommend(first, "Trưng bày tủ sách nơi dễ thấy", due);
        String list = "/api/supervision/recommendations?unitId=" + NHI_TRUONG;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(http.get("committee1", list).json().findValuesAsText("id")).contains(verified, reopened));
        assertThat(http.post("committee1", "/api/supervision/recommendations/" + verified + "/done",
                Map.of("evidence", "Đã treo bảng mới")).status()).isEqualTo(200);
        assertThat(http.post("committee1", "/api/supervision/recommendations/" + reopened + "/done",
                Map.of("evidence", "Đã chuyển tủ sách")).status()).isEqualTo(200);

        String later = http.post("supervisor", "/api/supervision/visits", plan(NHI_TRUONG)).text("/id");
        JsonNode shown = awaitVisit(later, v -> v.path("recommendations").findValuesAsText("status").contains("DONE"));
        assertThat(shown.path("recommendations").findValuesAsText("id")).contains(verified, reopened);
        assertThat(awaitVisit(first, v -> true).path("recommendations").findValuesAsText("id"))
                .as("a visit does not check its own findings").doesNotContain(verified, reopened);

        String verify = "/api/supervision/recommendations/" + verified + "/verify";
        assertFields(http.post("supervisor", verify, Map.of("visitId", first, "verified", true)), 422, "visitId");
        assertFields(http.post("supervisor", verify, Map.of("visitId", later)), 422, "verified");
        assertProblem(http.post("committee1", verify, Map.of("visitId", later, "verified", true)), 403);
        assertProblem(http.post("curator", verify, Map.of("visitId", later, "verified", true)), 403);
        assertProblem(http.post("secretary2", verify, Map.of("visitId", later, "verified", true)), 404);
        assertProblem(http.post("supervisor", "/api/supervision/recommendations/no-such/verify", Map.of("visitId", later, "verified", true)), 404);
        Http.Answer ok = http.post("supervisor", verify, Map.of("visitId", later, "verified", true, "note", "Bảng mới, đúng nội dung"));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertProblem(http.post("supervisor", verify, Map.of("visitId", later, "verified", false)), 409);
        Http.Answer back = http.post("supervisor", "/api/supervision/recommendations/" + reopened + "/verify",
                Map.of("visitId", later, "verified", false, "note", "Tủ sách vẫn để trong kho"));
        assertThat(back.status()).as(back.toString()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(http.get("supervisor", list + "&status=VERIFIED").json().findValuesAsText("id")).contains(verified);
            assertThat(http.get("supervisor", list + "&status=OPEN").json().findValuesAsText("id")).contains(reopened);
        });
        List<String> overdue = http.get("curator", list + "&overdueAsOf=" + due.plusDays(1)).json().findValuesAsText("id");
        assertThat(overdue).contains(reopened).doesNotContain(verified);
        JsonNode rechecked = awaitVisit(later, v -> !v.path("recommendations").findValuesAsText("id").contains(verified));
        assertThat(rechecked.path("recommendations").findValuesAsText("id")).contains(reopened);
    }

    private String recommend(String visit, String recommendation, LocalDate due) {
        Http.Answer finding = http.post("supervisor", "/api/supervision/visits/" + visit + "/findings", Map.of("itemKey", "bang.tinh-trang",
                "text", "Chưa đạt", "recommendation", recommendation, "ownerUnitId", BRANCH, "dueDate", due.toString()));
        assertThat(finding.status()).as(finding.toString()).isEqualTo(201);
        return finding.text("/id");
    }

    @Test
    void a_secretary_records_the_branchs_meetings_and_those_above_read_them() {
        String meetings = "/api/units/" + BRANCH + "/meetings";
        Map<String, Object> meeting = Map.of("date", TODAY.toString(), "kind", "THEMATIC", "topic", "Học tập và làm theo về tinh thần tự lực",
                "present", 18, "total", 20, "summary", "Chi bộ thảo luận, mỗi đảng viên nêu một việc làm cụ thể");
        Http.Answer recorded = http.post("secretary1", meetings, meeting);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertProblem(http.post("secretary2", meetings, meeting), 404);
        assertProblem(http.post("committee1", meetings, meeting), 403);
        assertProblem(http.post("committee1", "/api/units/" + NHI_TRUONG + "/meetings", meeting), 404);
        assertFields(http.post("secretary1", meetings, Map.of("date", TODAY.plusDays(2).toString(), "kind", "THEMATIC", "topic", "x",
                "present", 21, "total", 20)), 422, "date", "present");
        assertProblem(http.post("secretary1", meetings, Map.of("date", TODAY.toString(), "kind", "PICNIC", "topic", "x", "present", 1, "total", 2)), 400);

        String year = meetings + "?year=" + TODAY.getYear();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(http.get("committee1", year).json().findValuesAsText("id")).contains(recorded.text("/id")));
        assertThat(http.get("secretary1", year).json().get(0).path("present").asInt()).isEqualTo(18);
        assertProblem(http.get("secretary2", year), 404);
        assertProblem(http.get("member1", year), 404);
    }

    private JsonNode publishedChecklist() {
        List<JsonNode> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Http.Answer answer = http.get("member1", "/api/supervision/checklists");
            assertThat(answer.status()).isEqualTo(200);
            found.clear();
            answer.json().forEach(c -> {
                if (c.path("id").asText().equals(CHECKLIST)) {
                    found.add(c);
                }
            });
            assertThat(found).hasSize(1);
        });
        return found.get(0);
    }

    private JsonNode awaitVisit(String id, Predicate<JsonNode> ready) {
        List<JsonNode> seen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Http.Answer answer = http.get("supervisor", "/api/supervision/visits/" + id);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            assertThat(ready.test(answer.json())).as(answer.toString()).isTrue();
            seen.add(0, answer.json());
        });
        return seen.get(0);
    }

    private static Map<String, Object> plan(String unitId) {
        return Map.of("unitId", unitId, "date", TODAY.toString(), "checklistId", CHECKLIST);
    }

    static void assertFields(Http.Answer answer, int status, String... fields) {
        assertProblem(answer, status);
        assertThat(answer.json().path("errors").findValuesAsText("field")).containsExactly(fields);
    }

    static void assertProblem(Http.Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().path("detail").asText()).isNotBlank();
    }
}

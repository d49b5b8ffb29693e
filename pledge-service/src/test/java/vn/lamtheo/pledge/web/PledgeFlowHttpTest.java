package vn.lamtheo.pledge.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pledge lifecycle over real HTTP with the demo accounts: draft, a submit refused by the template check,
 * fix, submit, revision requested, revised and resubmitted, approved, year-end, history, queue and "my pledges";
 * an approved pledge that names a registry model makes its member an adopter in the registry (same application).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lamtheo.store.data-dir=target/test-data/pledge-flow-${random.uuid}")
class PledgeFlowHttpTest {

    static final String BRANCH = "cau-ngang/nhi-truong/ap-la-bang-chop";

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    static Map<String, String> ifMatch(Http.Answer answer) {
        return Map.of("If-Match", answer.header("ETag"));
    }

    @Test
    void member_drafts_fixes_submits_is_asked_to_revise_resubmits_and_is_approved() {
        // member1 drafts without "trách nhiệm nêu gương"
        Http.Answer draft = http.post("member1", "/api/pledges", PledgeBodies.without(2026, "trachNhiemNeuGuong"));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        String id = draft.text("/id");
        assertThat(draft.header("Location")).endsWith("/api/pledges/" + id);
        assertThat(draft.text("/memberId")).isEqualTo("member1");
        assertThat(draft.text("/branchId")).isEqualTo(BRANCH);
        assertThat(draft.text("/committeeId")).isEqualTo("cau-ngang/nhi-truong");
        assertThat(draft.json().path("year").asInt()).isEqualTo(2026);
        assertThat(draft.text("/templateKind")).isEqualTo("PARTY_MEMBER");
        assertThat(draft.text("/status")).isEqualTo("DRAFT");
        assertThat(draft.json().path("version").asLong()).isZero();
        assertThat(draft.text("/header/fullName")).isEqualTo("Nguyễn Văn Một");
        assertThat(draft.json().path("sections").has("tuTuongChinhTri")).isTrue();
        assertThat(draft.json().has("findings")).isTrue();

        // a second draft for the same year and form: 409 naming the first
        Http.Answer second = http.post("member1", "/api/pledges", PledgeBodies.complete(2026));
        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(second.raw().body()).contains(id);

        // submit with the missing section: 422 listing it with its heading
        Http.Answer refused = http.post("member1", "/api/pledges/" + id + "/submit", null);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.raw().body()).contains("trachNhiemNeuGuong").contains("Về thực hiện trách nhiệm nêu gương");

        // fix it; a stale If-Match is refused with 412
        Http.Answer fixed = http.put("member1", "/api/pledges/" + id, PledgeBodies.complete(2026), ifMatch(draft));
        assertThat(fixed.status()).as(fixed.toString()).isEqualTo(200);
        assertThat(fixed.json().path("version").asLong()).isEqualTo(1);
        Http.Answer stale = http.put("member1", "/api/pledges/" + id, PledgeBodies.complete(2026), ifMatch(draft));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);

        Http.Answer submitted = http.post("member1", "/api/pledges/" + id + "/submit", null, ifMatch(fixed));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.text("/status")).isEqualTo("SUBMITTED");

        // the secretary sees it waiting first in the branch's queue, member2 as not yet drafted
        JsonNode queue = awaitQueue("secretary1", row -> id.equals(row.path("pledgeId").asText())
                && "SUBMITTED".equals(row.path("status").asText()));
        assertThat(queue.path("rows").get(0).path("pledgeId").asText()).isEqualTo(id);
        assertThat(rowsOf(queue)).anySatisfy(r -> {
            assertThat(r.path("memberId").asText()).isEqualTo("member2");
            assertThat(r.path("displayStatus").asText()).isEqualTo("NOT_DRAFTED");
        });

        // revision requested with a comment; a retry with the same Idempotency-Key is not applied twice
        Map<String, Object> revision = Map.of("reason", "Cần ghi rõ thời hạn",
                "sectionComments", Map.of("noiDungLamTheo", "Thêm thời hạn cho từng việc"));
        Http.Answer asked = http.post("secretary1", "/api/pledges/" + id + "/request-revision", revision,
                Map.of("Idempotency-Key", "rev-" + id));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
        assertThat(asked.text("/status")).isEqualTo("REVISION_REQUESTED");
        assertThat(asked.text("/review/sectionComments/noiDungLamTheo")).isEqualTo("Thêm thời hạn cho từng việc");
        Http.Answer retried = http.post("secretary1", "/api/pledges/" + id + "/request-revision", revision,
                Map.of("Idempotency-Key", "rev-" + id));
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json()).isEqualTo(asked.json());

        // member1 revises and resubmits
        Http.Answer revised = http.put("member1", "/api/pledges/" + id,
                PledgeBodies.changed(2026, "noiDungLamTheo", "Hướng dẫn ít nhất 300 lượt người dân nộp hồ sơ trực tuyến trước ngày 30/11."),
                ifMatch(asked));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        Http.Answer resubmitted = http.post("member1", "/api/pledges/" + id + "/submit", null, ifMatch(revised));
        assertThat(resubmitted.status()).as(resubmitted.toString()).isEqualTo(200);
        assertThat(resubmitted.text("/status")).isEqualTo("SUBMITTED");
        assertThat(resubmitted.json().path("revision").asInt()).isEqualTo(1);

        // approved by the secretary once the copy check of the new text is in: a suspicion it raised would make an
        // If-Match read before it stale (412), so the secretary reads the pledge with its check, as the review page does
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                "DONE".equals(http.get("secretary1", "/api/pledges/" + id + "/copy-report").text("/status")));
        Http.Answer read = http.get("secretary1", "/api/pledges/" + id);
        Http.Answer approved = http.post("secretary1", "/api/pledges/" + id + "/approve", Map.of("note", "Đạt"), ifMatch(read));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.text("/status")).isEqualTo("APPROVED");

        // year end
        Http.Answer assessed = http.post("member1", "/api/pledges/" + id + "/self-assess", Map.of("text", "Đã thực hiện đủ"));
        assertThat(assessed.text("/status")).as(assessed.toString()).isEqualTo("SELF_ASSESSED");
        Http.Answer evaluated = http.post("secretary1", "/api/pledges/" + id + "/evaluate", Map.of("result", "FULFILLED", "note", "Tốt"));
        assertThat(evaluated.text("/status")).as(evaluated.toString()).isEqualTo("EVALUATED");
        assertThat(evaluated.text("/evaluation/result")).isEqualTo("FULFILLED");

        // the history shows all of it, with the content changes of each revision
        Http.Answer history = http.get("member1", "/api/pledges/" + id + "/history");
        assertThat(history.status()).isEqualTo(200);
        // the copy check records its result asynchronously, between any two lifecycle events: leave it out here
        List<com.fasterxml.jackson.databind.JsonNode> lifecycle = new ArrayList<>();
        history.json().forEach(e -> {
            String type = e.path("type").asText();
            if (!type.equals("CopyCheckRecorded") && !type.equals("CopyPairRecorded")) {
                lifecycle.add(e);
            }
        });
        List<String> types = lifecycle.stream().map(e -> e.path("type").asText()).toList();
        assertThat(types).containsExactly("PledgeDrafted", "PledgeEdited", "PledgeSubmitted", "PledgeRevisionRequested",
                "PledgeEdited", "PledgeRevised", "PledgeApproved", "PledgeSelfAssessed", "PledgeEvaluated");
        assertThat(lifecycle.get(1).path("changes").toString()).contains("sections.trachNhiemNeuGuong");
        assertThat(lifecycle.get(4).path("changes").toString()).contains("sections.noiDungLamTheo").contains("300 lượt");
        assertThat(lifecycle.get(3).path("actorId").asText()).isEqualTo("secretary1");
        assertThat(lifecycle.get(3).path("summary").asText()).contains("Cần ghi rõ thời hạn");
        history.json().forEach(e -> assertThat(e.path("at").asText()).isNotBlank());

        // "my pledges" and the queue catch up
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Http.Answer mine = http.get("member1", "/api/me/pledges");
            assertThat(mine.status()).isEqualTo(200);
            assertThat(mine.json().path("pledges").get(0).path("pledgeId").asText()).isEqualTo(id);
            assertThat(mine.json().path("pledges").get(0).path("status").asText()).isEqualTo("EVALUATED");
        });
        awaitQueue("secretary1", row -> id.equals(row.path("pledgeId").asText()) && "EVALUATED".equals(row.path("status").asText()));

        // nobody outside reads it, not even by guessing the id
        assertThat(http.get("member2", "/api/pledges/" + id).status()).isEqualTo(404);
        assertThat(http.get("secretary2", "/api/pledges/" + id + "/history").status()).isEqualTo(404);
        assertThat(http.get("committee1", "/api/pledges/" + id).status()).isEqualTo(200);
        assertThat(http.get("member1", "/api/pledges/pl-doesnotexist").status()).isEqualTo(404);
    }

    static final String MODEL = """
            {"title":"Tổ tự quản đường hoa ấp Là Bang Chóp","field":"NONG_THON_MOI","kind":"COLLECTIVE","startYear":2026,
             "description":{"reason":"Đường ấp nhiều đoạn cỏ dại, thiếu ánh sáng.","goals":"Hai km đường hoa, 100% hộ ven đường tham gia.",
              "content":"Chia đường thành đoạn, mỗi đoạn một tổ 5 hộ phụ trách trồng và chăm hoa.","scope":"Ấp Là Bang Chóp, xã Nhị Trường.",
              "forces":"Chi bộ ấp, Chi hội Phụ nữ.","resources":"Người dân góp công; xã hỗ trợ cây giống.",
              "timeline":"Từ tháng 3 đến tháng 12/2026; đánh giá ngày 15/12/2026.","expectedResults":"2 km đường hoa; 86/86 hộ tham gia.",
              "replication":"Áp dụng cho các ấp có tuyến đường liên ấp."}}""";

    @Test
    void an_approved_pledge_that_names_a_registry_model_makes_its_member_an_adopter() {
        // the model registry runs in this application: committee1 proposes a model, the curator registers it
        Http.Answer model = http.post("committee1", "/api/models", MODEL);
        assertThat(model.status()).as(model.toString()).isEqualTo(201);
        String modelId = model.text("/id");
        Http.Answer submittedModel = http.post("committee1", "/api/models/" + modelId + "/submit", null);
        assertThat(submittedModel.status()).as(submittedModel.toString()).isEqualTo(200);
        Http.Answer registered = http.post("curator", "/api/models/" + modelId + "/register", null);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(200);

        // member3 (another commune) names it in their pledge, which secretary2 approves
        Map<String, Object> body = PledgeBodies.complete(2026);
        body.put("followsModelIds", List.of(modelId));
        Http.Answer draft = http.post("member3", "/api/pledges", body);
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        String id = draft.text("/id");
        Http.Answer submitted = http.post("member3", "/api/pledges/" + id + "/submit", null);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        Http.Answer approved = http.post("secretary2", "/api/pledges/" + id + "/approve", null);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);

        // the registry counts member3 as an adopter in 2026, from the published pledge events
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            Http.Answer registry = http.get("member1", "/api/registry");
            assertThat(registry.status()).as(registry.toString()).isEqualTo(200);
            List<JsonNode> cards = new ArrayList<>();
            registry.json().path("cards").forEach(cards::add);
            assertThat(cards).filteredOn(card -> modelId.equals(card.path("id").asText())).singleElement()
                    .satisfies(card -> assertThat(card.path("adopters").asInt()).isEqualTo(1));
            Http.Answer screen = http.get("member1", "/api/models/" + modelId);
            assertThat(screen.json().path("adopters").path("byYear").path("2026").path("members").asInt()).as(screen.toString()).isEqualTo(1);
        });
    }

    @Test
    void a_secretarys_own_pledge_is_reviewed_by_the_committee_officer() {
        Http.Answer draft = http.post("secretary1", "/api/pledges", PledgeBodies.complete(2025));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        String id = draft.text("/id");
        assertThat(http.post("secretary1", "/api/pledges/" + id + "/submit", null).status()).isEqualTo(200);
        Http.Answer self = http.post("secretary1", "/api/pledges/" + id + "/approve", null);
        assertThat(self.status()).as(self.toString()).isEqualTo(403);
        Http.Answer byCommittee = http.post("committee1", "/api/pledges/" + id + "/approve", null);
        assertThat(byCommittee.status()).as(byCommittee.toString()).isEqualTo(200);
        assertThat(byCommittee.text("/status")).isEqualTo("APPROVED");
    }

    @Test
    void transitions_in_the_wrong_state_answer_409_naming_the_state() {
        Http.Answer draft = http.post("member2", "/api/pledges", PledgeBodies.complete(2026));
        String id = draft.text("/id");
        Http.Answer approve = http.post("secretary1", "/api/pledges/" + id + "/approve", null);
        assertThat(approve.status()).as(approve.toString()).isEqualTo(409);
        assertThat(approve.raw().body()).contains("Cannot approve pledge in status DRAFT");
    }

    private JsonNode awaitQueue(String user, java.util.function.Predicate<JsonNode> rowMatches) {
        JsonNode[] holder = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            Http.Answer queue = http.get(user, "/api/review-queue?branchId=" + BRANCH + "&year=2026");
            assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
            assertThat(rowsOf(queue.json())).anyMatch(rowMatches);
            holder[0] = queue.json();
        });
        return holder[0];
    }

    private static List<JsonNode> rowsOf(JsonNode queue) {
        List<JsonNode> rows = new ArrayList<>();
        queue.path("rows").forEach(rows::add);
        return rows;
    }
}

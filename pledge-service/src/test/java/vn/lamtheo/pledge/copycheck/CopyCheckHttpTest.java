package vn.lamtheo.pledge.copycheck;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lamtheo.kernel.events.pledge.SectionKey;
import vn.lamtheo.kernel.events.pledge.TestPledges;
import vn.lamtheo.pledge.web.Http;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The copy check wired end to end over real HTTP with the demo accounts: member1 submits; member2 (same branch) and
 * member3 (another commune) submit copies of it; the copy reports, what each reader may see of the other side, the
 * review queue, the COPIED_BY link on member1's pledge, and a processor reset that rebuilds the index and changes
 * nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lamtheo.store.data-dir=target/test-data/copycheck-http-${random.uuid}")
class CopyCheckHttpTest {

    static final String BRANCH = "cau-ngang/nhi-truong/ap-la-bang-chop";
    static final Duration PATIENCE = Duration.ofMinutes(3);

    @LocalServerPort
    int port;
    @Autowired
    EventProcessingConfiguration processing;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    static Map<String, Object> body(int year) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", year);
        body.put("templateKind", "PARTY_MEMBER");
        body.put("header", TestPledges.header());
        body.put("sections", TestPledges.sections().asMap());
        body.put("followsModelIds", List.of());
        return body;
    }

    /** A pledge with these nine section texts, in the form's order. */
    static Map<String, Object> written(int year, String... texts) {
        Map<String, String> sections = new LinkedHashMap<>();
        for (SectionKey key : SectionKey.values()) {
            sections.put(key.key(), texts[key.ordinal()]);
        }
        Map<String, Object> body = body(year);
        body.put("sections", sections);
        return body;
    }

    /** A pledge written independently of the test pledge: it matches none of the others. */
    static Map<String, Object> unrelated(int year) {
        return written(year,
                "Tham gia đầy đủ các buổi học tập nghị quyết do đảng ủy xã tổ chức trong năm và viết bài thu hoạch nghiêm túc.",
                "Sống giản dị, hòa nhã với bà con lối xóm, không tham gia cờ bạc, rượu chè trong các dịp lễ tết.",
                "Đóng đảng phí đúng kỳ hạn, báo cáo trung thực với chi bộ khi đi công tác xa nhà nhiều ngày.",
                "Sắp xếp hồ sơ lưu trữ của văn phòng gọn gàng, có sổ theo dõi công văn đi và đến hằng ngày.",
                "Tổ chức họp chi bộ định kỳ mỗi tháng một lần, chuẩn bị nghị quyết chi bộ sát với tình hình ấp.",
                "Vận động gia đình hiến đất làm đường giao thông nông thôn, làm trước để bà con làm theo.",
                "Năm trước việc kiểm tra đảng viên thực hiện nhiệm vụ còn chậm, chưa đúng kế hoạch đề ra.",
                "Phân công từng đồng chí chi ủy theo dõi một nhóm đảng viên và báo cáo vào cuối mỗi quý.",
                "Phát triển ít nhất 2 đảng viên mới trước ngày 30/11; xây dựng 1 tuyến đường hoa dài 500 mét trong quý III.");
    }

    String submit(String user, int year) {
        return submit(user, body(year));
    }

    String submit(String user, Map<String, Object> body) {
        return submitted(user, body).text("/id");
    }

    JsonNode doneReport(String user, String id) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(
                () -> "DONE".equals(http.get(user, "/api/pledges/" + id + "/copy-report").text("/status")));
        return http.get(user, "/api/pledges/" + id + "/copy-report").json();
    }

    @Test
    void copies_are_reported_with_their_source_to_each_reader_as_far_as_they_may_see_it_and_a_reset_changes_nothing() {
        String original = submit("member1", 2026);
        JsonNode first = doneReport("member1", original);
        assertThat(first.path("suspected").asBoolean()).isFalse();
        assertThat(first.path("sources")).isEmpty();

        String copy = submit("member2", 2026);
        String farCopy = submit("member3", 2026);

        // The secretary of the branch reads both pledges: everything, text of both sides included.
        JsonNode bySecretary = doneReport("secretary1", copy);
        assertThat(bySecretary.path("suspected").asBoolean()).as(bySecretary.toString()).isTrue();
        assertThat(bySecretary.path("score").asDouble()).isGreaterThanOrEqualTo(0.3);
        JsonNode best = bySecretary.path("sources").get(0);
        assertThat(best.path("pledgeId").asText()).isEqualTo(original);
        assertThat(best.path("memberId").asText()).isEqualTo("member1");
        assertThat(best.path("kind").asText()).isEqualTo("COPY");
        assertThat(best.path("direction").asText()).isEqualTo("COPIED_FROM");
        assertThat(best.path("suspected").asBoolean()).isTrue();
        assertThat(best.path("containment").path("thisInOther").asDouble()).isGreaterThan(0.9);
        assertThat(best.path("containment").path("otherInThis").asDouble()).isGreaterThan(0.9);
        // the source's text speaks of its author's duties ("tham mưu tổng hợp", "bộ phận tiếp nhận và trả kết quả")
        assertThat(best.path("authorFit").asDouble()).isPositive();
        JsonNode passage = best.path("passages").get(0);
        assertThat(passage.path("sectionKey").asText()).isNotBlank();
        assertThat(passage.path("otherSectionKey").asText()).isNotBlank();
        assertThat(passage.path("end").asInt()).isGreaterThan(passage.path("start").asInt());
        assertThat(passage.path("text").path("match").asText()).isNotBlank();
        assertThat(passage.path("otherText").path("match").asText()).isNotBlank();
        String sectionText = TestPledges.sections().asMap().get(passage.path("sectionKey").asText());
        assertThat(passage.path("text").path("match").asText())
                .isEqualTo(sectionText.substring(passage.path("start").asInt(), passage.path("end").asInt()));

        // member2 sees that a match exists, in their own text; nothing of member1: no id, member, unit, year or text.
        JsonNode byMember = doneReport("member2", copy);
        assertThat(byMember.path("suspected").asBoolean()).isTrue();
        JsonNode seen = byMember.path("sources").get(0);
        assertThat(seen.path("visibility").asText()).isEqualTo("MATCH_ONLY");
        assertThat(seen.has("pledgeId")).isFalse();
        assertThat(seen.has("memberId")).isFalse();
        assertThat(seen.has("unitId")).isFalse();
        assertThat(seen.has("year")).isFalse();
        assertThat(seen.has("authorFit")).isFalse();
        assertThat(seen.path("passages").get(0).has("otherText")).isFalse();
        assertThat(seen.path("passages").get(0).path("text").path("match").asText()).isNotBlank();
        assertThat(byMember.toString()).doesNotContain(original).doesNotContain("member1");

        // secretary2 (another commune) reviews member3's copy: member1's pledge only by unit and year.
        JsonNode far = doneReport("secretary2", farCopy);
        JsonNode farSource = far.path("sources").get(0);
        for (JsonNode s : far.path("sources")) {
            if (original.equals(s.path("pledgeId").asText())) {
                farSource = s;
            }
        }
        assertThat(farSource.path("visibility").asText()).isEqualTo("UNIT_AND_YEAR");
        assertThat(farSource.path("unitId").asText()).isEqualTo(BRANCH);
        assertThat(farSource.path("year").asInt()).isEqualTo(2026);
        assertThat(farSource.has("memberId")).isFalse();
        assertThat(farSource.path("passages").get(0).has("otherText")).isFalse();
        assertThat(far.toString()).doesNotContain("member1");
        // and cannot open the copy report of a pledge of another branch at all
        assertThat(http.get("secretary2", "/api/pledges/" + copy + "/copy-report").status()).isEqualTo(404);
        assertThat(http.get("member3", "/api/pledges/" + copy + "/copy-report").status()).isEqualTo(404);

        // member1's pledge shows that it was copied by the later ones
        await().atMost(PATIENCE).until(() -> http.get("secretary1", "/api/pledges/" + original + "/copy-report")
                .json().path("sources").size() == 2);
        JsonNode copiedBy = http.get("secretary1", "/api/pledges/" + original + "/copy-report").json();
        assertThat(copiedBy.path("suspected").asBoolean()).isFalse();
        assertThat(copiedBy.path("sources").findValuesAsText("direction")).containsOnly("COPIED_BY");
        assertThat(copiedBy.toString()).contains(copy);

        // the review queue shows the suspicion with member1's pledge as source
        JsonNode queue = http.get("secretary1", "/api/review-queue?branchId=" + BRANCH + "&year=2026").json();
        assertThat(queue.toString()).contains(copy);
        JsonNode entry = null;
        for (JsonNode e : queue.findParents("pledgeId")) {
            if (e.path("pledgeId").asText().equals(copy) && e.has("copyCheck")) {
                entry = e;
            }
        }
        assertThat(entry).as(queue.toString()).isNotNull();
        assertThat(entry.path("copyCheck").path("suspected").asBoolean()).isTrue();
        assertThat(entry.path("copyCheck").path("score").asDouble()).isGreaterThanOrEqualTo(0.3);
        assertThat(entry.path("copyCheck").toString()).contains(original);

        // A reset rebuilds the index from the event store: same results, no new events.
        long[] versions = versions(original, copy, farCopy);
        String reportBefore = http.get("secretary1", "/api/pledges/" + copy + "/copy-report").raw().body();
        PooledStreamingEventProcessor processor = processing
                .eventProcessor(CopyCheckProcessor.PROCESSING_GROUP, PooledStreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        // a pledge submitted after the reset is checked after the whole replay: once it is done, so is the replay
        String marker = submit("secretary1", unrelated(2026));
        JsonNode markerReport = doneReport("committee1", marker);
        assertThat(markerReport.path("sources")).as(markerReport.toString()).isEmpty();
        assertThat(versions(original, copy, farCopy)).isEqualTo(versions);
        assertThat(http.get("secretary1", "/api/pledges/" + copy + "/copy-report").raw().body()).isEqualTo(reportBefore);
    }

    /** Another independently written pledge, for the If-Match test: it matches none of the others either. */
    static Map<String, Object> another(int year) {
        return written(year,
                "Mỗi tối thứ năm đọc báo Nhân Dân điện tử, ghi chép những điểm mới về kinh tế tập thể để trao đổi ở tổ.",
                "Giữ vườn nhà sạch sẽ, chia sẻ giống lúa chịu mặn cho các hộ nghèo trong xóm khi vào vụ đông xuân.",
                "Có mặt trước giờ họp mười lăm phút, tắt điện thoại trong suốt buổi sinh hoạt của chi bộ.",
                "Trả lời tin nhắn của người dân trong ngày, hẹn lịch cụ thể khi chưa giải quyết được ngay.",
                "Theo dõi sổ sách hợp tác xã nuôi tôm, đối chiếu thu chi hằng tháng với ban kiểm soát.",
                "Đăng ký cho con em trong nhà đi nghĩa vụ quân sự đúng tuổi, không xin hoãn khi đủ điều kiện.",
                "Năm trước còn nể nang, chưa góp ý thẳng thắn với đồng chí tổ trưởng khi thu quỹ chậm.",
                "Mỗi quý tự ghi lại một lần góp ý đã nêu trong cuộc họp và kết quả tiếp thu của người được góp ý.",
                "Đưa 3 hộ nuôi tôm áp dụng quy trình nuôi hai giai đoạn trước tháng 8; tổ chức 1 buổi trình diễn mô hình vào tháng 9.");
    }

    @Test
    void a_reviewer_who_read_a_pledge_before_its_check_may_act_on_it_unless_the_check_raised_a_suspicion() {
        // member2's pledge (a later year than the other tests' pledges, written independently) is checked clean:
        // the secretary's If-Match from before the check still holds.
        Http.Answer original = submitted("member2", another(2028));
        String originalId = original.text("/id");
        assertThat(doneReport("secretary1", originalId).path("suspected").asBoolean()).isFalse();
        assertThat(http.get("secretary1", "/api/pledges/" + originalId).json().path("version").asLong())
                .as("the check recorded its result after the submission")
                .isGreaterThan(original.json().path("version").asLong());
        Http.Answer approved = http.post("secretary1", "/api/pledges/" + originalId + "/approve", null, ifMatch(original));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);

        // member3 copies it: the check makes the copy suspected, so an approval decided before it is refused ...
        Http.Answer copy = submitted("member3", another(2028));
        String copyId = copy.text("/id");
        assertThat(doneReport("secretary2", copyId).path("suspected").asBoolean()).isTrue();
        Http.Answer blind = http.post("secretary2", "/api/pledges/" + copyId + "/approve", null, ifMatch(copy));
        assertThat(blind.status()).as(blind.toString()).isEqualTo(412);
        assertThat(blind.header("Content-Type")).startsWith("application/problem+json");
        assertThat(http.get("secretary2", "/api/pledges/" + copyId).text("/status")).isEqualTo("SUBMITTED");
        // ... and one made after reading the suspicion goes through
        Http.Answer read = http.get("secretary2", "/api/pledges/" + copyId);
        Http.Answer informed = http.post("secretary2", "/api/pledges/" + copyId + "/request-revision",
                Map.of("reason", "Bản đăng ký trùng với bản của đồng chí khác, cần tự viết lại"), ifMatch(read));
        assertThat(informed.status()).as(informed.toString()).isEqualTo(200);
    }

    private Http.Answer submitted(String user, Map<String, Object> body) {
        Http.Answer draft = http.post(user, "/api/pledges", body);
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        Http.Answer submitted = http.post(user, "/api/pledges/" + draft.text("/id") + "/submit", null);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        return submitted;
    }

    private static Map<String, String> ifMatch(Http.Answer answer) {
        return Map.of("If-Match", answer.header("ETag"));
    }

    private long[] versions(String... ids) {
        long[] versions = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            versions[i] = http.get("admin", "/api/pledges/" + ids[i]).json().path("version").asLong();
        }
        return versions;
    }
}

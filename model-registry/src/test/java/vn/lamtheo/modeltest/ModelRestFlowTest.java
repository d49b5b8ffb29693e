package vn.lamtheo.modeltest;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lamtheo.kernel.events.pledge.PledgeApproved;
import vn.lamtheo.kernel.events.pledge.PledgeContent;
import vn.lamtheo.kernel.events.pledge.PledgeDrafted;
import vn.lamtheo.kernel.events.pledge.PledgeSubmitted;
import vn.lamtheo.kernel.events.pledge.TemplateKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry's story over real HTTP: committee1 drafts and submits, the engine finds the Dân vận khéo twin,
 * the curator flags the overlap, committee1 revises, the curator registers and features; a member's approved
 * pledge makes an adopter; next year's screening carries it over until re-assessed; retired as INEFFECTIVE it
 * leaves the public registry but stays in history.
 */
@SpringBootTest(classes = ModelTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ModelRestFlowTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        registry.add("lamtheo.store.data-dir", () -> tempDir());
        registry.add("lamtheo.store.uri", () -> "");
    }

    static String tempDir() {
        try {
            return Files.createTempDirectory("model-flow").toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    EventStore eventStore;

    static final String COPIED = """
            {"title":"Hũ gạo tình thương giúp hộ nghèo","field":"VAN_HOA_XA_HOI","kind":"COLLECTIVE","startYear":2026,
             "description":{"reason":"Nhiều hội viên nghèo, người già neo đơn thiếu gạo ăn vào mùa giáp hạt.",
              "goals":"Hỗ trợ gạo thường xuyên cho hộ khó khăn.",
              "content":"Mỗi hội viên mỗi ngày bớt lại một nắm gạo bỏ vào hũ gạo tình thương. Cuối tháng chi hội gom gạo trao cho hội viên nghèo, người già neo đơn, trẻ em có hoàn cảnh khó khăn.",
              "scope":"Xã Nhị Trường.","timeline":"Năm 2026, đánh giá tháng 12/2026.",
              "expectedResults":"Mỗi năm trao tặng hơn 1.500 kg gạo cho 60 lượt hộ.","replication":"Nhân rộng ra các chi hội."}}""";

    static final String REVISED = """
            {"title":"Bếp ăn bán trú hữu cơ cho học sinh nghèo","field":"VAN_HOA_XA_HOI","kind":"COLLECTIVE","startYear":2026,
             "description":{"reason":"Học sinh nghèo ở xa trường phải nhịn đói buổi trưa, ảnh hưởng sức khỏe và việc học.",
              "goals":"100% học sinh nghèo của trường tiểu học được ăn trưa miễn phí, đủ dinh dưỡng.",
              "content":"Đảng ủy xã vận động các hộ trồng rau hữu cơ góp rau, hội viên nấu ăn luân phiên tại bếp của trường; ghi sổ thực đơn, công khai thu chi hằng tháng.",
              "scope":"Trường Tiểu học Nhị Trường A; 80 học sinh.","timeline":"Năm học 2026 - 2027, đánh giá tháng 5/2027.",
              "expectedResults":"80 học sinh ăn trưa miễn phí 5 ngày mỗi tuần; tỷ lệ chuyên cần tăng lên 98%.","replication":"Các trường có đông học sinh nghèo."}}""";

    @Test
    void theRegistryStory() throws Exception {
        Api admin = new Api(port, "admin");
        Api committee1 = new Api(port, "committee1");
        Api curator = new Api(port, "curator");
        Api member1 = new Api(port, "member1");

        // The Dân vận khéo list is imported first.
        Api.Response imported = admin.postRaw("/api/admin/import/dvk-models", "application/x-ndjson", resource("/overlap/dvk.jsonl"));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(16);

        // committee1 drafts (owner unit defaults to their commune) and submits.
        Api.Response drafted = committee1.post("/api/models", COPIED);
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        String id = drafted.json().get("id").asText();
        String path = "/api/models/" + id;
        assertThat(drafted.raw().headers().firstValue("Location")).hasValue(path);
        Api.Response justDrafted = committee1.get(path);
        assertThat(justDrafted.status()).as("readable at once, projected or not").isEqualTo(200);
        assertThat(justDrafted.json().get("status").asText()).isEqualTo("DRAFT");
        assertThat(justDrafted.etag()).isEqualTo("\"0\"");
        Api.Response submitted = committee1.post(path + "/submit", null, drafted.etag());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.etag()).isEqualTo("\"1\"");

        // The engine suggests the overlap with the Dân vận khéo "Hũ gạo tình thương" (dvk-02).
        JsonNode report = curator.eventually(path + "/overlap-report", r -> r.status() == 200 && r.json().path("findings").size() > 0).json();
        assertThat(report.get("findings").get(0).get("sourceId").asText()).isEqualTo("dvk-02");
        assertThat(report.get("findings").get(0).get("source").asText()).isEqualTo("DAN_VAN_KHEO");
        assertThat(report.get("findings").get(0).get("passages").size()).isPositive();
        curator.eventually("/api/registry/curator-queue", r -> ids(r.json().get("submitted")).contains(id));

        // The curator flags it; a stale If-Match is refused.
        Api.Response version = curator.eventually(path, r -> r.status() == 200 && r.json().get("findings") != null);
        Api.Response stale = curator.post(path + "/flag-overlap", "{\"overlapsWith\":\"dvk-02\"}", "\"0\"");
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        Api.Response never = curator.post(path + "/flag-overlap", "{\"overlapsWith\":\"dvk-02\"}", "\"99\"");
        assertThat(never.status()).as(never.toString()).isEqualTo(412);
        assertThat(never.body()).as("a version the model never had").contains("expected 99");
        Api.Response flagged = curator.post(path + "/flag-overlap",
                "{\"overlapsWith\":\"dvk-02\",\"note\":\"Trùng mô hình Dân vận khéo của Hội Phụ nữ xã Hiệp Hòa\"}", version.etag());
        assertThat(flagged.status()).as(flagged.toString()).isEqualTo(200);
        assertThat(curator.eventually(path, r -> r.json().get("status").asText().equals("OVERLAP_FLAGGED"))
                .json().get("overlapFlag").get("source").asText()).isEqualTo("DAN_VAN_KHEO");

        // committee1 revises with a model of its own; it is submitted again and checked again.
        Api.Response revised = committee1.put(path, REVISED, flagged.etag());
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        committee1.eventually(path, r -> r.json().get("status").asText().equals("SUBMITTED")
                && r.json().get("title").asText().startsWith("Bếp ăn bán trú"));

        // The curator registers and features it.
        assertThat(curator.post(path + "/register", null).status()).isEqualTo(200);
        Api.Response featured = curator.post(path + "/feature", null);
        assertThat(featured.status()).as(featured.toString()).isEqualTo(200);
        assertThat(curator.post(path + "/feature", null).status()).as("featuring twice").isEqualTo(409);

        // Every signed-in person reads the public registry; the query ignores diacritics.
        JsonNode registry = member1.eventually("/api/registry?q=ban%20tru%20huu%20co",
                r -> ids(r.json().get("cards")).contains(id) && cardOf(r.json(), id).get("status").asText().equals("FEATURED")).json();
        JsonNode card = cardOf(registry, id);
        assertThat(card.get("field").asText()).isEqualTo("VAN_HOA_XA_HOI");
        assertThat(card.get("unitId").asText()).isEqualTo("cau-ngang/nhi-truong");
        assertThat(card.get("yearsActive").get(0).asInt()).isEqualTo(2026);
        assertThat(registry.get("counts").get("cau-ngang/nhi-truong").get("VAN_HOA_XA_HOI").get("FEATURED").asInt()).isEqualTo(1);
        assertThat(ids(member1.get("/api/registry?q=dan%20van%20kheo").json().get("cards"))).doesNotContain(id);
        assertThat(ids(member1.get("/api/registry?field=KINH_TE").json().get("cards"))).doesNotContain(id);

        // The feed announces it, in Vietnamese, as valid Atom.
        Api.Response atom = member1.get("/api/registry/feed.atom");
        assertThat(atom.raw().headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(atom.body()));
        List<SyndEntry> entries = feed.getEntries();
        assertThat(entries).extracting(SyndEntry::getTitle).contains("Mô hình tiêu biểu: Bếp ăn bán trú hữu cơ cho học sinh nghèo");

        // member1's approved pledge names the model: the registry shows 1 adopter. The pledge context is not part of
        // this application, so its published events go through the event store as the pledge aggregate would store them.
        String pledgeId = "pledge-member1-2026";
        PledgeContent follows = new PledgeContent(null, null, List.of(id));
        Instant now = clock.instant();
        eventStore.publish(new GenericDomainEventMessage<>("Pledge", pledgeId, 0, new PledgeDrafted(pledgeId, "member1",
                "cau-ngang/nhi-truong/ap-la-bang-chop", "cau-ngang/nhi-truong", 2026, TemplateKind.PARTY_MEMBER, 1, follows, "member1", now)));
        eventStore.publish(new GenericDomainEventMessage<>("Pledge", pledgeId, 1, new PledgeSubmitted(pledgeId, "member1",
                "cau-ngang/nhi-truong/ap-la-bang-chop", "cau-ngang/nhi-truong", 2026, TemplateKind.PARTY_MEMBER, 1, follows, List.of(), "member1", now)));
        eventStore.publish(new GenericDomainEventMessage<>("Pledge", pledgeId, 2, new PledgeApproved(pledgeId, "member1",
                "cau-ngang/nhi-truong/ap-la-bang-chop", "cau-ngang/nhi-truong", 2026, TemplateKind.PARTY_MEMBER, null, "secretary1", now)));
        member1.eventually("/api/registry", r -> cardOf(r.json(), id).get("adopters").asInt() == 1);
        JsonNode adopters = member1.eventually(path, r -> r.json().path("adopters").path("total").asInt() == 1).json().get("adopters");
        assertThat(adopters.get("members").asInt()).isEqualTo(1);
        assertThat(adopters.get("byYear").get("2026").get("members").asInt()).isEqualTo(1);

        // A recorded replication by another unit counts too.
        Api.Response adoption = new Api(port, "secretary2").post(path + "/adoptions",
                "{\"unitId\":\"cau-ngang/truong-tho/co-quan\",\"year\":2026,\"result\":\"30 học sinh được ăn trưa\"}");
        assertThat(adoption.status()).as(adoption.toString()).isEqualTo(201);
        member1.eventually("/api/registry", r -> cardOf(r.json(), id).get("adopters").asInt() == 2);
        assertThat(member1.get(path).json().get("adopters").get("byYear").get("2026").toString()).isEqualTo("{\"members\":1,\"units\":1}");

        // Next year the screening lists it as carried over, until it is re-assessed with evidence.
        clock.set(Instant.parse("2027-01-20T02:00:00Z"));
        Api.Response screening = curator.post("/api/registry/screening?year=2027", null);
        assertThat(screening.status()).as(screening.toString()).isEqualTo(200);
        assertThat(ids(screening.json().get("carriedOver"))).contains(id);
        curator.eventually("/api/registry/curator-queue?year=2027", r -> ids(r.json().get("carriedOver")).contains(id));
        curator.eventually(path, r -> r.json().get("carriedOverYears").toString().contains("2027"));
        Api.Response reassessed = curator.post(path + "/reassess",
                "{\"year\":2027,\"outcome\":\"KEEP\",\"evidence\":\"Học kỳ I: 80 học sinh ăn trưa, chuyên cần 97%\"}");
        assertThat(reassessed.status()).as(reassessed.toString()).isEqualTo(200);
        curator.eventually("/api/registry/curator-queue?year=2027", r -> !ids(r.json().get("carriedOver")).contains(id));

        // Retired as ineffective: it leaves the public registry but stays in history.
        Api.Response retired = curator.post(path + "/retire", "{\"reason\":\"INEFFECTIVE\",\"note\":\"Không duy trì được\"}");
        assertThat(retired.status()).as(retired.toString()).isEqualTo(200);
        member1.eventually("/api/registry", r -> !ids(r.json().get("cards")).contains(id));
        assertThat(curator.eventually(path, r -> r.json().get("status").asText().equals("RETIRED"))
                .json().get("retirement").get("reason").asText()).isEqualTo("INEFFECTIVE");
        JsonNode history = curator.get(path + "/history").json();
        List<String> types = StreamSupport.stream(history.spliterator(), false).map(e -> e.get("type").asText()).toList();
        assertThat(types).containsSubsequence("ModelDrafted", "ModelSubmitted", "ModelOverlapChecked", "ModelOverlapFlagged",
                "ModelRevised", "ModelRegistered", "ModelFeatured", "ModelAdoptionRecorded", "ModelCarriedOver",
                "ModelReassessed", "ModelRetired");
        assertThat(member1.get(path).status()).as("a retired model is no longer public").isEqualTo(404);
        assertThat(curator.get("/api/registry?status=RETIRED").json().get("cards").toString()).contains(id);
    }

    static List<String> ids(JsonNode cards) {
        return cards == null ? List.of() : StreamSupport.stream(cards.spliterator(), false).map(c -> c.get("id").asText()).toList();
    }

    static JsonNode cardOf(JsonNode registry, String id) {
        for (JsonNode c : registry.get("cards")) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("No card " + id + " in " + registry);
    }

    private String resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

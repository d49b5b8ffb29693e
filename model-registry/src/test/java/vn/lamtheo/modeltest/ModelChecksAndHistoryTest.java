package vn.lamtheo.modeltest;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lamtheo.kernel.events.model.ModelEvent;
import vn.lamtheo.model.command.Model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two promises of the model context that concurrency and snapshots could break: models submitted at the same moment
 * are compared with each other (the overlap check runs one event at a time), and a model's page and history start at
 * its first event even when a snapshot of the aggregate exists.
 */
@SpringBootTest(classes = ModelTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ModelChecksAndHistoryTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("lamtheo.store.data-dir", ModelRestFlowTest::tempDir);
        registry.add("lamtheo.store.uri", () -> "");
    }

    @LocalServerPort
    int port;

    @Autowired
    Snapshotter snapshotter;

    @Autowired
    EventStore eventStore;

    /** Pairs of the same model text, each pair's two submissions sent at the same moment. */
    @Test
    void modelsSubmittedTogetherFindEachOther() throws Exception {
        Api committee1 = new Api(port, "committee1");
        int pairs = 4;
        List<String> ids = new ArrayList<>();
        for (int pair = 0; pair < pairs; pair++) {
            String form = form(pair);
            ids.add(created(committee1.post("/api/models", form)));
            ids.add(created(committee1.post("/api/models", form)));
        }
        CyclicBarrier together = new CyclicBarrier(ids.size());
        List<CompletableFuture<Integer>> submits = ids.stream().map(id -> CompletableFuture.supplyAsync(() -> {
            await(together);
            return committee1.post("/api/models/" + id + "/submit", null).status();
        })).toList();
        for (CompletableFuture<Integer> submit : submits) {
            assertThat(submit.get()).isEqualTo(200);
        }
        for (int pair = 0; pair < pairs; pair++) {
            String a = ids.get(2 * pair);
            String b = ids.get(2 * pair + 1);
            JsonNode reportA = checked(committee1, a);
            JsonNode reportB = checked(committee1, b);
            assertThat(sources(reportA).contains(b) || sources(reportB).contains(a))
                    .as("pair %d: %s and %s submitted together, one must find the other", pair, a, b).isTrue();
        }
    }

    @Test
    void aSnapshotDoesNotCutTheHistoryShortNorHideTheModel() {
        Api committee1 = new Api(port, "committee1");
        String id = created(committee1.post("/api/models", form(9)));
        assertThat(committee1.post("/api/models/" + id + "/submit", null).status()).isEqualTo(200);
        checked(committee1, id); // no command may follow the snapshot: Jackson cannot restore the Model aggregate from it
        snapshotter.scheduleSnapshot(Model.class, id);
        Object first = eventStore.readEvents(id).peek().getPayload();
        assertThat(first).as("the aggregate's stream now starts at a snapshot").isNotInstanceOf(ModelEvent.class);

        Api.Response model = committee1.get("/api/models/" + id);
        assertThat(model.status()).as(model.toString()).isEqualTo(200);
        assertThat(model.json().get("status").asText()).isEqualTo("SUBMITTED");
        JsonNode history = committee1.get("/api/models/" + id + "/history").json();
        List<String> types = StreamSupport.stream(history.spliterator(), false).map(e -> e.get("type").asText()).toList();
        assertThat(types).startsWith("ModelDrafted", "ModelSubmitted");
    }

    private static JsonNode checked(Api api, String id) {
        return api.eventually("/api/models/" + id + "/overlap-report", r -> r.status() == 200 && r.json().hasNonNull("checkedAt")).json();
    }

    private static List<String> sources(JsonNode report) {
        return StreamSupport.stream(report.get("findings").spliterator(), false).map(f -> f.get("sourceId").asText()).toList();
    }

    private static String created(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A model of its own for each number, so that pairs do not match each other. */
    private static String form(int n) {
        String[] places = {"Là Bang Chóp", "Chông Bát", "Nhì", "Ba", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười"};
        String[] works = {"lắp đèn năng lượng mặt trời dọc đường", "nạo vét kênh nội đồng trước mùa mưa",
                "trồng cây xanh quanh trường học", "dựng tủ sách ở nhà văn hóa ấp", "tổ chức lớp học bơi cho trẻ em",
                "thu gom rác nhựa ở chợ ấp", "sửa cầu khỉ thành cầu bê tông", "tặng bò giống cho hộ nghèo",
                "mở lớp tin học cho người cao tuổi", "xây nhà vệ sinh cho hộ khó khăn"};
        String place = places[n % places.length];
        String work = works[n % works.length];
        return """
                {"title":"Ấp %1$s chung tay %2$s","field":"NONG_THON_MOI","kind":"COLLECTIVE","startYear":2026,
                 "description":{"reason":"Người dân ấp %1$s mong muốn %2$s để cuộc sống tốt hơn, nhưng chưa có ai đứng ra tổ chức.",
                  "goals":"Hoàn thành việc %2$s trong năm 2026 với sự tham gia của mọi hộ trong ấp %1$s.",
                  "content":"Chi bộ ấp %1$s họp bàn, phân công đảng viên phụ trách từng tổ hộ, vận động bà con góp công góp của để %2$s; công khai thu chi hằng tháng.",
                  "scope":"Ấp %1$s, xã Nhị Trường.","forces":"Đảng viên, đoàn viên và hội viên ấp %1$s.",
                  "resources":"Người dân đóng góp, xã hỗ trợ một phần.","timeline":"Năm 2026, đánh giá tháng 12/2026.",
                  "expectedResults":"Việc %2$s hoàn thành, mọi hộ ấp %1$s tham gia.","replication":"Các ấp khác trong xã."}}"""
                .formatted(place, work);
    }
}

package vn.lamtheo.cabinettest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The book-cabinet API over real HTTP on the embedded store: a keeper's day (catalogue, readers, lend, refusals
 * naming the copy's state, return, loss, stock-take, figures) and who may see and work a cabinet.
 */
@SpringBootTest(classes = CabinetTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CabinetHttpTest {

    static final String NT = "cau-ngang/nhi-truong";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("lamtheo.store.data-dir", () -> {
            try {
                return Files.createTempDirectory("cabinet-http").toString();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        registry.add("lamtheo.store.uri", () -> "");
    }

    @LocalServerPort
    int port;

    Api committee1;
    Api keeper1;
    Api keeper2;
    String cid;

    @BeforeAll
    void cabinet() {
        committee1 = new Api(port, "committee1");
        keeper1 = new Api(port, "keeper1");
        // A keeper of another commune (Hiệp Hòa), brought in the way an administrator brings people in.
        Api.Response imported = new Api(port, "admin").post("/api/admin/import/directory", """
                {"people":[{"id":"keeper2","fullName":"Lý Thị Hoa","unitId":"cau-ngang/hiep-hoa","roles":["CABINET_KEEPER"]}],
                 "accounts":[{"username":"keeper2","personId":"keeper2","password":"keeper2-secret"}]}""");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        keeper2 = new Api(port, "keeper2", "keeper2-secret");
        Api.Response opened = committee1.post("/api/cabinets",
                "{\"unitId\":\"" + NT + "\",\"name\":\"Tủ sách ấp Là Bang Chóp\",\"place\":\"Nhà văn hóa ấp\",\"reachable\":true}");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        cid = opened.json().get("id").asText();
    }

    String path(String rest) {
        return "/api/cabinets/" + cid + rest;
    }

    List<String> catalogue(String isbn, String title, int copies, String shelf) {
        Api.Response r = keeper1.post(path("/titles"), """
                {"isbn":%s,"title":"%s","author":"Hồ Chí Minh","publisher":"NXB Chính trị quốc gia Sự thật","year":2020,
                 "category":"LY_LUAN_CHINH_TRI","source":"DE_AN","copies":%d,"shelf":"%s"}"""
                .formatted(isbn == null ? "null" : "\"" + isbn + "\"", title, copies, shelf));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        List<String> codes = new ArrayList<>();
        r.json().get("copyCodes").forEach(n -> codes.add(n.asText()));
        return codes;
    }

    String reader(String name) {
        Api.Response r = keeper1.post(path("/readers"), "{\"name\":\"" + name + "\",\"hamlet\":\"Ấp Là Bang Chóp\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    Api.Response lend(String code, String readerId) {
        return keeper1.post(path("/loans"), "{\"copyCode\":\"" + code + "\",\"readerId\":\"" + readerId + "\"}");
    }

    static void problem(Api.Response r, int status, String mentions) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.body()).contains(mentions);
    }

    /** A 409 whose detail names the state in Vietnamese words and whose {@code state} member carries its code. */
    static void refused(Api.Response r, String state, String words) {
        problem(r, 409, words);
        assertThat(r.json().get("detail").asText()).doesNotContain(state);
        assertThat(r.json().get("state").asText()).isEqualTo(state);
    }

    @Test
    void aKeepersDayFromCatalogueToStockTake() {
        List<String> codes = catalogue("0-306-40615-2", "Đường Kách mệnh", 2, "A1");
        assertThat(codes).hasSize(2);
        String reader = reader("Thạch Thị Sa Ly");

        Api.Response badIsbn = keeper1.post(path("/titles"), """
                {"isbn":"978-0-306-40615-8","title":"Sách","author":"Tác giả","category":"KHAC","source":"DONATION","copies":1}""");
        problem(badIsbn, 422, "\"field\":\"isbn\"");

        Api.Response lent = lend(codes.get(0).toLowerCase(), reader);
        assertThat(lent.status()).as(lent.toString()).isEqualTo(201);
        assertThat(lent.json().get("dueDate").asText()).isEqualTo("2026-03-24");
        String loanId = lent.json().get("loanId").asText();
        refused(lend(codes.get(0), reader), "ON_LOAN", "Không thể cho mượn bản sách " + codes.get(0) + ": sách đang cho mượn");

        keeper1.eventually(path("/copies/" + codes.get(0)), r -> r.status() == 200 && r.json().get("state").asText().equals("ON_LOAN"));
        Api.Response overdue = keeper1.eventually(path("/overdue?asOf=2026-03-25"), r -> r.status() == 200 && r.json().size() == 1);
        assertThat(overdue.json().get(0).get("readerName").asText()).isEqualTo("Thạch Thị Sa Ly");
        assertThat(keeper1.get(path("/overdue?asOf=2026-03-24")).json()).isEmpty();

        Api.Response returned = keeper1.post(path("/loans/" + loanId + "/return"), null);
        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
        refused(keeper1.post(path("/loans/" + loanId + "/return"), null), "CLOSED", "lượt mượn đã kết thúc");

        assertThat(keeper1.post(path("/copies/" + codes.get(1) + "/lost"), "{\"note\":\"Bạn đọc làm mất\"}").status()).isEqualTo(200);
        refused(lend(codes.get(1), reader), "LOST", "sách đã mất");

        Api.Response stockTake = keeper1.post(path("/stocktakes"), null);
        assertThat(stockTake.status()).as(stockTake.toString()).isEqualTo(201);
        String sid = stockTake.json().get("id").asText();
        refused(lend(codes.get(0), reader), "STOCK_TAKE_OPEN", "tủ sách đang kiểm kê");
        assertThat(keeper1.post(path("/stocktakes/" + sid + "/counts"), "{\"codes\":[\"" + codes.get(0) + "\",\"TS-99999\"],\"shelf\":\"A1\"}")
                .status()).isEqualTo(200);
        Api.Response closed = keeper1.post(path("/stocktakes/" + sid + "/close"), null);
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().get("found").toString()).isEqualTo("[\"" + codes.get(0) + "\"]");
        assertThat(closed.json().get("missing").toString()).isEqualTo("[]");
        assertThat(closed.json().get("misplaced").toString()).isEqualTo("[]");
        assertThat(closed.json().get("unknown").toString()).isEqualTo("[\"TS-99999\"]");
        assertThat(lend(codes.get(0), reader).status()).isEqualTo(201);

        JsonNode found = keeper1.eventually(path("/titles?q=duong%20kach%20MENH"), r -> r.status() == 200 && r.json().size() == 1).json();
        assertThat(found.get(0).get("isbn").asText()).isEqualTo("9780306406157");
        assertThat(keeper1.get(path("/titles?q=nhat%20ky")).json()).isEmpty();

        JsonNode figures = keeper1.eventually(path("/figures?asOf=2026-03-10"),
                r -> r.status() == 200 && r.json().get("onLoan").asInt() == 1 && r.json().get("daysSinceLastStockTake") != null).json();
        assertThat(figures.get("titles").asInt()).isEqualTo(1);
        assertThat(figures.get("copies").asInt()).isEqualTo(2);
        assertThat(figures.get("lost").asInt()).isEqualTo(1);
        assertThat(figures.get("loansByMonth").get("2026-03").asInt()).isEqualTo(2);
        assertThat(figures.get("readersByMonth").get("2026-03").asInt()).isEqualTo(1);
        assertThat(figures.get("newPoliticalTheoryTitles").asInt()).isEqualTo(1);
        assertThat(figures.get("daysSinceLastStockTake").asInt()).isZero();
    }

    /** A cabinet of its own for a test whose stock-takes or counts must not meet the other tests' copies; its path. */
    String ownCabinet(String name) {
        Api.Response opened = committee1.post("/api/cabinets",
                "{\"unitId\":\"" + NT + "\",\"name\":\"" + name + "\",\"place\":\"Nhà văn hóa ấp\",\"reachable\":true}");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return "/api/cabinets/" + opened.json().get("id").asText();
    }

    /**
     * A stock-take's missing copy stays available until a committee officer approves (a keeper may not); then it is
     * lost, and when it turns up (reported by the keeper, or counted in a later stock-take) it is available again.
     */
    @Test
    void missingCopiesAreLostOnlyOnApprovalAndFoundAgain() {
        String cabinet = ownCabinet("Tủ sách ấp Bào Sen");
        Api.Response titled = keeper1.post(cabinet + "/titles", """
                {"title":"Nhật ký trong tù","author":"Hồ Chí Minh","category":"HOC_TAP_LAM_THEO_BAC","source":"DE_AN","copies":2,"shelf":"B1"}""");
        assertThat(titled.status()).as(titled.toString()).isEqualTo(201);
        String onShelf = titled.json().get("copyCodes").get(0).asText();
        String missing = titled.json().get("copyCodes").get(1).asText();

        String sid = keeper1.post(cabinet + "/stocktakes", null).json().get("id").asText();
        assertThat(keeper1.post(cabinet + "/stocktakes/" + sid + "/counts", "{\"codes\":[\"" + onShelf + "\"]}").status()).isEqualTo(200);
        Api.Response closed = keeper1.post(cabinet + "/stocktakes/" + sid + "/close", null);
        assertThat(closed.json().get("missing").toString()).as(closed.toString()).isEqualTo("[\"" + missing + "\"]");
        assertThat(keeper1.eventually(cabinet + "/copies/" + missing, r -> r.status() == 200).json().get("state").asText()).isEqualTo("AVAILABLE");

        problem(keeper1.post(cabinet + "/stocktakes/" + sid + "/approve", null), 403, "not allowed");
        assertThat(keeper1.get(cabinet + "/copies/" + missing).json().get("state").asText()).isEqualTo("AVAILABLE");
        Api.Response approved = committee1.post(cabinet + "/stocktakes/" + sid + "/approve", null);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get("lost").toString()).isEqualTo("[\"" + missing + "\"]");
        refused(committee1.post(cabinet + "/stocktakes/" + sid + "/approve", null), "APPROVED", "đã được duyệt");
        keeper1.eventually(cabinet + "/copies/" + missing, r -> r.json().get("state").asText().equals("LOST"));

        String reader = keeper1.post(cabinet + "/readers", "{\"name\":\"Sơn Thị Mai\"}").json().get("id").asText();
        refused(keeper1.post(cabinet + "/loans", "{\"copyCode\":\"" + missing + "\",\"readerId\":\"" + reader + "\"}"), "LOST", "sách đã mất");

        Api.Response found = keeper1.post(cabinet + "/copies/" + missing + "/found", null);
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        refused(keeper1.post(cabinet + "/copies/" + missing + "/found", null), "AVAILABLE", "đang có trên giá");
        keeper1.eventually(cabinet + "/copies/" + missing, r -> r.json().get("state").asText().equals("AVAILABLE"));

        // Lost again, then counted in the next stock-take: found there.
        assertThat(keeper1.post(cabinet + "/copies/" + missing + "/lost", "{\"note\":\"Không thấy trên giá\"}").status()).isEqualTo(200);
        String next = keeper1.post(cabinet + "/stocktakes", null).json().get("id").asText();
        keeper1.post(cabinet + "/stocktakes/" + next + "/counts", "{\"codes\":[\"" + onShelf + "\",\"" + missing + "\"]}");
        Api.Response recount = keeper1.post(cabinet + "/stocktakes/" + next + "/close", null);
        assertThat(recount.json().get("found").toString()).as(recount.toString()).contains(missing);
        keeper1.eventually(cabinet + "/copies/" + missing, r -> r.json().get("state").asText().equals("AVAILABLE"));
    }

    /** Writing a lost copy off needs a committee officer: the keeper gets 403 and the copy stays lost. */
    @Test
    void onlyACommitteeOfficerWritesALostCopyOff() {
        String cabinet = ownCabinet("Tủ sách ấp Giồng Lức");
        Api.Response titled = keeper1.post(cabinet + "/titles", """
                {"title":"Di chúc của Chủ tịch Hồ Chí Minh","author":"Hồ Chí Minh","category":"HOC_TAP_LAM_THEO_BAC","source":"DE_AN","copies":1}""");
        assertThat(titled.status()).as(titled.toString()).isEqualTo(201);
        String code = titled.json().get("copyCodes").get(0).asText();
        assertThat(keeper1.post(cabinet + "/copies/" + code + "/lost", "{\"note\":\"Mất khi lũ\"}").status()).isEqualTo(200);
        problem(keeper1.post(cabinet + "/copies/" + code + "/write-off", "{\"note\":\"Thanh lý\"}"), 403, "not allowed");
        assertThat(keeper1.eventually(cabinet + "/copies/" + code, r -> r.status() == 200 && r.json().get("state").asText().equals("LOST"))
                .json().get("state").asText()).isEqualTo("LOST");
        Api.Response written = committee1.post(cabinet + "/copies/" + code + "/write-off", "{\"note\":\"Thanh lý\"}");
        assertThat(written.status()).as(written.toString()).isEqualTo(200);
        keeper1.eventually(cabinet + "/copies/" + code, r -> r.json().get("state").asText().equals("WITHDRAWN"));
        refused(committee1.post(cabinet + "/copies/" + code + "/write-off", "{}"), "WITHDRAWN", "đã thanh lý");
    }

    /** The loan desk page shows a refusal in the keeper's words, naming the copy's state, never its code. */
    @Test
    void theDeskNamesTheCopysStateInWords() {
        String cabinet = ownCabinet("Tủ sách ấp Ba So");
        String cabinetId = cabinet.substring("/api/cabinets/".length());
        Api.Response titled = keeper1.post(cabinet + "/titles", """
                {"title":"Sửa đổi lề lối làm việc","author":"Hồ Chí Minh","category":"LY_LUAN_CHINH_TRI","source":"DE_AN","copies":1}""");
        String code = titled.json().get("copyCodes").get(0).asText();
        String reader = keeper1.post(cabinet + "/readers", "{\"name\":\"Thạch Văn Sang\"}").json().get("id").asText();
        assertThat(keeper1.post(cabinet + "/loans", "{\"copyCode\":\"" + code + "\",\"readerId\":\"" + reader + "\"}").status()).isEqualTo(201);

        PageSession page = new PageSession(port, "keeper1");
        String desk = "/cabinets/" + cabinetId + "?reader=" + reader;
        // The desk once the projection knows the reader (eventually consistent, as a keeper reloading).
        HttpResponse<String> deskPage = Api.until(() -> page.get(desk),
                r -> r.statusCode() == 200 && r.body().contains("id=\"current-reader\""), "the desk " + desk);
        HttpResponse<String> refused = page.post("/cabinets/" + cabinetId + "/lend", deskPage.body(), Map.of("readerId", reader, "code", code));
        assertThat(refused.statusCode()).isEqualTo(302);
        String shown = page.get(refused.headers().firstValue("Location").orElseThrow()).body();
        assertThat(shown).contains("id=\"desk-error\"").contains("Không thể cho mượn bản sách " + code + ": sách đang cho mượn")
                .doesNotContain("ON_LOAN");
    }

    /**
     * A commune's and the district's figures are the sums of the cabinets in the person's scope: compared with the
     * cabinets' own figures read one by one, and refused (404) to people whose scope does not hold the unit.
     */
    @Test
    void aCommunesAndTheDistrictsFiguresSumTheirCabinets() {
        String cabinet = ownCabinet("Tủ sách ấp Chông Bát");
        Api.Response titled = keeper1.post(cabinet + "/titles", """
                {"title":"Những điều đảng viên không được làm","author":"Ban Chấp hành Trung ương","category":"LY_LUAN_CHINH_TRI","source":"DE_AN","copies":3}""");
        List<String> codes = new ArrayList<>();
        titled.json().get("copyCodes").forEach(n -> codes.add(n.asText()));
        String reader = keeper1.post(cabinet + "/readers", "{\"name\":\"Kiên Thị Nương\"}").json().get("id").asText();
        assertThat(keeper1.post(cabinet + "/loans", "{\"copyCode\":\"" + codes.get(0) + "\",\"readerId\":\"" + reader + "\"}").status()).isEqualTo(201);
        assertThat(keeper1.post(cabinet + "/copies/" + codes.get(1) + "/lost", "{}").status()).isEqualTo(200);
        keeper1.eventually(cabinet + "/figures", r -> r.status() == 200 && r.json().get("onLoan").asInt() == 1 && r.json().get("lost").asInt() == 1);

        Api supervisor = new Api(port, "supervisor");
        for (String unit : List.of(NT, "cau-ngang")) {
            int cabinets = 0, titles = 0, copies = 0, onLoan = 0, lost = 0;
            for (JsonNode c : supervisor.get("/api/cabinets").json()) {
                String unitId = c.get("unitId").asText();
                if (unitId.equals(unit) || unitId.startsWith(unit + "/")) {
                    JsonNode f = supervisor.get("/api/cabinets/" + c.get("id").asText() + "/figures").json();
                    cabinets++;
                    titles += f.get("titles").asInt();
                    copies += f.get("copies").asInt();
                    onLoan += f.get("onLoan").asInt();
                    lost += f.get("lost").asInt();
                }
            }
            Api.Response sum = supervisor.get("/api/cabinets/figures?unitId=" + unit);
            assertThat(sum.status()).as(sum.toString()).isEqualTo(200);
            JsonNode f = sum.json();
            assertThat(cabinets).isGreaterThanOrEqualTo(2);
            assertThat(List.of(f.get("cabinets").asInt(), f.get("titles").asInt(), f.get("copies").asInt(), f.get("onLoan").asInt(), f.get("lost").asInt()))
                    .as(unit).isEqualTo(List.of(cabinets, titles, copies, onLoan, lost));
        }
        assertThat(keeper1.get("/api/cabinets/figures?unitId=" + NT).status()).isEqualTo(200);
        for (Api outOfScope : List.of(keeper2, new Api(port, "member1"))) {
            assertThat(outOfScope.get("/api/cabinets/figures?unitId=" + NT).status()).isEqualTo(404);
        }
        assertThat(keeper1.get("/api/cabinets/figures?unitId=cau-ngang").status()).isEqualTo(404);
        problem(supervisor.get("/api/cabinets/figures"), 400, "\"field\":\"unitId\"");
    }

    @Test
    void whoMaySeeAndWorkTheCabinet() {
        List<String> codes = catalogue(null, "Sửa đổi lề lối làm việc", 1, "A2");
        String reader = reader("Kim Văn Rinh");
        Api member1 = new Api(port, "member1");
        Api supervisor = new Api(port, "supervisor");
        Api curator = new Api(port, "curator");

        committee1.eventually(path("/titles"), r -> r.status() == 200 && r.json().size() >= 1);
        for (Api outsider : List.of(member1, keeper2)) {
            assertThat(outsider.get(path("/titles")).status()).isEqualTo(404);
            assertThat(outsider.get(path("/copies/" + codes.get(0))).status()).isEqualTo(404);
            assertThat(outsider.get(path("/figures")).status()).isEqualTo(404);
            assertThat(outsider.post(path("/loans"), "{\"copyCode\":\"" + codes.get(0) + "\",\"readerId\":\"" + reader + "\"}").status()).isEqualTo(404);
            assertThat(outsider.post(path("/readers"), "{\"name\":\"X\"}").status()).isEqualTo(404);
            assertThat(outsider.get("/api/cabinets").body()).doesNotContain(cid);
        }
        problem(member1.post("/api/cabinets", "{\"unitId\":\"" + NT + "\",\"name\":\"Tủ\",\"place\":\"Hội trường\"}"), 403, "committee");
        problem(keeper1.post("/api/cabinets", "{\"unitId\":\"" + NT + "\",\"name\":\"Tủ\",\"place\":\"Hội trường\"}"), 403, "committee");

        for (Api reading : List.of(supervisor, curator)) {
            assertThat(reading.get(path("/titles")).status()).isEqualTo(200);
            assertThat(reading.get(path("/figures")).status()).isEqualTo(200);
            assertThat(reading.get("/api/cabinets").body()).contains(cid);
            problem(reading.post(path("/readers"), "{\"name\":\"X\"}"), 403, "not allowed");
            problem(reading.post(path("/loans"), "{\"copyCode\":\"" + codes.get(0) + "\",\"readerId\":\"" + reader + "\"}"), 403, "not allowed");
        }
        problem(keeper1.post(path("/copies/" + codes.get(0) + "/write-off"), "{}"), 403, "not allowed");
        assertThat(new Api(port, null).get(path("/titles")).status()).isEqualTo(401);
        assertThat(keeper1.get("/api/cabinets/no-such-cabinet/titles").status()).isEqualTo(404);
        assertThat(keeper1.post("/api/cabinets/no-such-cabinet/readers", "{\"name\":\"X\"}").status()).isEqualTo(404);
    }

    @Test
    void ifMatchAndIdempotencyKeyWorkAsElsewhere() {
        Api.Response first = keeper1.post(path("/readers"), "{\"name\":\"Nguyễn Thị Thu\"}", Map.of("Idempotency-Key", "reader-thu-1"));
        assertThat(first.status()).isEqualTo(201);
        Api.Response again = keeper1.post(path("/readers"), "{\"name\":\"Nguyễn Thị Thu\"}", Map.of("Idempotency-Key", "reader-thu-1"));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().get("id").asText()).isEqualTo(first.json().get("id").asText());

        String etag = first.header("ETag");
        Api.Response current = keeper1.post(path("/readers"), "{\"name\":\"Lê Văn Tám\"}", Map.of("If-Match", etag));
        assertThat(current.status()).as(current.toString()).isEqualTo(201);
        problem(keeper1.post(path("/readers"), "{\"name\":\"Lê Văn Tám\"}", Map.of("If-Match", etag)), 412, "version");
        problem(keeper1.post(path("/readers"), "{\"name\":\" \"}"), 422, "\"field\":\"name\"");
    }

    @Test
    void theDemoCabinetOfNhiTruongIsKeptByKeeper1() {
        Api.Response cabinets = keeper1.eventually("/api/cabinets", r -> r.status() == 200 && r.body().contains("demo-nhi-truong"));
        assertThat(cabinets.status()).isEqualTo(200);
        JsonNode titles = keeper1.eventually("/api/cabinets/demo-nhi-truong/titles?q=bac%20ho", r -> r.status() == 200 && r.json().size() >= 2).json();
        assertThat(titles.toString()).contains("Bác Hồ viết Di chúc");
    }
}

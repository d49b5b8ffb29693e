package vn.lamtheo.modeltest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A registered model's public page carries Open Graph tags, so a link shared on the fanpage or in Zalo shows a card;
 * with {@code lamtheo.public-url} set, og:url is on that address whatever address the page was asked at. (Without
 * it, the request's address: {@link ModelAuthorizationMatrixTest}.)
 */
@SpringBootTest(classes = ModelTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicModelCardTest {

    static final String PUBLIC_URL = "https://lamtheo.caungang.gov.vn";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("lamtheo.store.data-dir", ModelRestFlowTest::tempDir);
        registry.add("lamtheo.store.uri", () -> "");
        registry.add("lamtheo.public-url", () -> PUBLIC_URL + "/");
    }

    @LocalServerPort
    int port;

    @Test
    void theSharedLinkShowsTheTitleASummaryAndThePublicAddress() {
        Api committee1 = new Api(port, "committee1");
        Api.Response drafted = committee1.post("/api/models", ModelAuthorizationMatrixTest.FORM);
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        String id = drafted.json().get("id").asText();
        committee1.post("/api/models/" + id + "/submit", null);
        assertThat(new Api(port, "curator").post("/api/models/" + id + "/register", null).status()).isEqualTo(200);

        Api anonymous = new Api(port, null);
        Document page = Jsoup.parse(anonymous.eventually("/registry/" + id, r -> r.status() == 200).body());
        assertThat(og(page, "og:title")).isEqualTo("Chi bộ ấp với phong trào thắp sáng đường quê");
        assertThat(og(page, "og:description")).as("the registry's summary: the goals").isEqualTo("Lắp đèn toàn tuyến.");
        assertThat(og(page, "og:url")).isEqualTo(PUBLIC_URL + "/registry/" + id);
        assertThat(og(page, "og:type")).isEqualTo("article");
        assertThat(Jsoup.parse(anonymous.get("/registry").body()).select("meta[property=og:title]"))
                .as("only a model's page is a card").isEmpty();
    }

    static String og(Document page, String property) {
        return page.select("head meta[property=" + property + "]").attr("content");
    }
}

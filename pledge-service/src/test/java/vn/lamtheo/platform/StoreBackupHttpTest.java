package vn.lamtheo.platform;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lamtheo.platform.store.EmbeddedMongo;
import vn.lamtheo.platform.store.StoreBackup;
import vn.lamtheo.platform.store.StoreKey;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator downloads an online backup of the running service's embedded store; restored into an empty
 * folder it opens with the service's data. Nobody else may download one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lamtheo.store.data-dir=target/test-data/backup-${random.uuid}")
class StoreBackupHttpTest {

    @LocalServerPort
    int port;
    @TempDir
    Path dir;

    @Test
    void an_admin_downloads_a_backup_that_restores_the_running_services_data() throws Exception {
        ApiClient api = ApiClient.on(port);
        Path backup = dir.resolve("backup.zip");
        HttpResponse<Path> answer = HttpClient.newHttpClient()
                .send(api.request("/api/admin/backup", "admin").GET().build(), HttpResponse.BodyHandlers.ofFile(backup));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(answer.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                value -> assertThat(value).matches("attachment; filename=\"lamtheo-backup-\\d{8}-\\d{6}\\.zip\""));

        Path restored = dir.resolve("restored");
        assertThat(StoreBackup.restore(backup, restored, Clock.systemUTC(), StoreKey.NONE)).isNull();

        try (EmbeddedMongo store = EmbeddedMongo.start(restored, 0);
             MongoClient client = MongoClients.create(store.connectionString())) {
            assertThat(client.getDatabase("lamtheo").getCollection("directory_people")
                    .find(Filters.eq("_id", "member1")).first()).isNotNull();
        }
    }

    @Test
    void only_an_admin_may_download_a_backup() {
        HttpResponse<String> answer = ApiClient.on(port).get("/api/admin/backup", "secretary1");
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }
}

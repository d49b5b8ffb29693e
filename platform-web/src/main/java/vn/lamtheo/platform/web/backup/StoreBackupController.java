package vn.lamtheo.platform.web.backup;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.lamtheo.platform.store.EmbeddedMongo;
import vn.lamtheo.platform.store.StoreBackup;
import vn.lamtheo.platform.store.MongoStoreConfiguration.EmbeddedMongoHolder;
import vn.lamtheo.platform.web.ProblemException;

import java.io.IOException;
import java.time.Clock;

/**
 * ADMIN (enforced for all of {@code /api/admin/**}): an online backup of the embedded store, downloaded as a zip
 * while Lamtheo keeps serving ({@code scripts/backup.sh}). With a real MongoDB there is no embedded store: back it
 * up with {@code mongodump} (README).
 */
@RestController
public class StoreBackupController {

    private static final Logger log = LoggerFactory.getLogger(StoreBackupController.class);

    private final EmbeddedMongoHolder embedded;
    private final Clock clock;

    public StoreBackupController(EmbeddedMongoHolder embedded, Clock clock) {
        this.embedded = embedded;
        this.clock = clock;
    }

    @GetMapping("/api/admin/backup")
    @Operation(summary = "Sao lưu kho dữ liệu nhúng / Online backup of the embedded store (a zip; restore with scripts/restore.sh)")
    public void backup(HttpServletResponse response) throws IOException {
        EmbeddedMongo store = embedded.mongo().orElseThrow(() -> new ProblemException(HttpStatus.CONFLICT,
                "Lamtheo dùng MongoDB bên ngoài: hãy sao lưu bằng mongodump / Lamtheo runs on an external MongoDB: "
                        + "back it up with mongodump"));
        String name = "lamtheo-backup-" + StoreBackup.stamp(clock.instant()) + ".zip";
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
        store.backup(response.getOutputStream());
        log.info("Backup {} written", name);
    }
}

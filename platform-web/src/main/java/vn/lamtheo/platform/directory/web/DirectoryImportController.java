package vn.lamtheo.platform.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.lamtheo.platform.directory.DirectoryData;
import vn.lamtheo.platform.directory.DirectoryImporter;
import vn.lamtheo.platform.directory.ImportReport;

/**
 * ADMIN (enforced for all of {@code /api/admin/**}): creates or replaces units, people and accounts.
 * Idempotent; a bad entry is reported in {@code errors} and the others are still saved. Answers after the
 * saved entries are durable.
 */
@RestController
@RequestMapping("/api/admin/import")
public class DirectoryImportController {

    private final DirectoryImporter importer;

    public DirectoryImportController(DirectoryImporter importer) {
        this.importer = importer;
    }

    @PostMapping(path = "/directory", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Nhập danh bạ tổ chức / Import units, people and accounts (JSON; idempotent; per-entry errors)")
    public ImportReport importDirectory(@RequestBody DirectoryData data) {
        return importer.run(data, DirectoryImporter.Mode.UPSERT, false);
    }
}

package vn.lamtheo.model.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.*;
import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.CurrentActor;
import vn.lamtheo.model.dvk.DvkImporter;

/**
 * {@code POST /api/admin/import/dvk-models}: the Dân vận khéo list as JSON Lines (default) or CSV
 * ({@code Content-Type: text/csv}); answers the counts and the errors per line.
 */
@RestController
public class DvkImportController {

    private final CurrentActor currentActor;
    private final DvkImporter importer;

    public DvkImportController(CurrentActor currentActor, DvkImporter importer) {
        this.currentActor = currentActor;
        this.importer = importer;
    }

    @PostMapping(value = "/api/admin/import/dvk-models", consumes = MediaType.ALL_VALUE)
    public DvkImporter.Result importDvk(@RequestBody(required = false) String body,
                                        @RequestHeader(value = "Content-Type", required = false) String contentType) {
        Actor actor = currentActor.get();
        if (!actor.has(Role.ADMIN)) {
            throw new CommandRejected(CommandRejected.Reason.NOT_ALLOWED, "Only an administrator imports the Dân vận khéo list");
        }
        if (body == null) {
            body = "";
        }
        boolean csv = contentType != null && contentType.toLowerCase().contains("csv");
        return csv ? importer.importCsv(body) : importer.importJsonLines(body);
    }
}

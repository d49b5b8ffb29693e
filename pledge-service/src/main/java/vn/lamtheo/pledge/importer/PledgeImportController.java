package vn.lamtheo.pledge.importer;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.lamtheo.platform.security.CurrentActor;

import java.io.IOException;

/** {@code POST /api/admin/import/pledges}: JSON Lines in, counts and line errors out. */
@RestController
public class PledgeImportController {

    private final PledgeImporter importer;
    private final CurrentActor currentActor;

    public PledgeImportController(PledgeImporter importer, CurrentActor currentActor) {
        this.importer = importer;
        this.currentActor = currentActor;
    }

    @PostMapping(value = "/api/admin/import/pledges",
            consumes = {"application/x-ndjson", "application/jsonl", "application/json-lines", "application/json", "text/plain"})
    public ImportReport importPledges(HttpServletRequest request) throws IOException {
        return importer.importPledges(currentActor.get(), request.getInputStream());
    }
}

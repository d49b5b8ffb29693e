package vn.lamtheo.platform.security.personaldata;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.CurrentActor;
import vn.lamtheo.platform.security.MeController;
import vn.lamtheo.platform.security.audit.ReadAudit;
import vn.lamtheo.platform.security.audit.ReadKind;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's copy of their data (Law 91/2025, the data subject's right to access): JSON for programs, a PDF for
 * people. Every export is audited, the person's own included.
 */
@RestController
public class PersonalDataController {

    private final MeController me;
    private final CurrentActor currentActor;
    private final List<PersonalDataSection> sections;
    private final ReadAudit audit;
    private final ObjectMapper json;
    private final Clock clock;

    public PersonalDataController(MeController me, CurrentActor currentActor, List<PersonalDataSection> sections,
                                  ReadAudit audit, ObjectMapper json, Clock clock) {
        this.me = me;
        this.currentActor = currentActor;
        this.sections = sections.stream().sorted(Comparator.comparing(PersonalDataSection::name)).toList();
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping(value = "/api/me/export", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Tải về mọi dữ liệu của tôi / Everything Lamtheo holds about me, as JSON")
    public ResponseEntity<PersonalDataExport> export() {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("lamtheo-du-lieu-ca-nhan.json").build().toString()).body(collect());
    }

    @GetMapping(value = "/api/me/export.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Tải về mọi dữ liệu của tôi / Everything Lamtheo holds about me, as a readable PDF")
    public ResponseEntity<byte[]> exportPdf() {
        PersonalDataExport export = collect();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("lamtheo-du-lieu-ca-nhan.pdf").build().toString())
                .body(new PersonalDataPdf().write(json.valueToTree(export)));
    }

    private PersonalDataExport collect() {
        Actor actor = currentActor.get();
        audit.read(actor, actor.personId(), ReadKind.EXPORT, null);
        Map<String, Object> parts = new LinkedHashMap<>();
        sections.forEach(section -> parts.put(section.name(), section.of(actor)));
        return new PersonalDataExport(clock.instant(), me.me(), parts);
    }
}

package vn.lamtheo.supervision.visit;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import vn.lamtheo.platform.security.CurrentActor;
import vn.lamtheo.supervision.checklist.ChecklistViews;
import vn.lamtheo.supervision.store.SupervisionCommands;
import vn.lamtheo.supervision.visit.VisitCommand.*;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The supervision visit's endpoints under {@code /api/supervision/visits}. */
@RestController
@RequestMapping("/api/supervision/visits")
public class VisitController {

    private static final String VISIT = "cuộc giám sát / visit";

    private final CurrentActor currentActor;
    private final SupervisionCommands commands;
    private final VisitReader reader;
    private final ChecklistViews checklists;

    public VisitController(CurrentActor currentActor, SupervisionCommands commands, VisitReader reader, ChecklistViews checklists) {
        this.currentActor = currentActor;
        this.commands = commands;
        this.reader = reader;
        this.checklists = checklists;
    }

    public record PlanBody(String unitId, LocalDate date, String checklistId) {
    }

    public record AnswerBody(JsonNode value, String note) {
        /** A number or a text as typed; an object or a list is no answer. */
        String valueText() {
            return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
        }
    }

    public record FindingBody(String itemKey, String text, String recommendation, String ownerUnitId, LocalDate dueDate) {
    }

    @PostMapping
    public ResponseEntity<Map<String, String>> plan(@RequestBody PlanBody body) {
        String id = UUID.randomUUID().toString();
        var checklist = body.checklistId() == null ? null : checklists.find(body.checklistId()).orElse(null);
        commands.send(new PlanVisit(id, body.unitId(), body.date(), checklist, currentActor.get()), VISIT);
        return ResponseEntity.created(URI.create("/api/supervision/visits/" + id)).body(Map.of("id", id));
    }

    @GetMapping
    public List<VisitReader.VisitSummary> list(@RequestParam int year) {
        return reader.list(currentActor.get(), year);
    }

    @GetMapping("/{id}")
    public VisitReader.VisitDetails read(@PathVariable String id) {
        return reader.read(currentActor.get(), id);
    }

    @PutMapping("/{id}/answers/{itemKey}")
    public Map<String, String> answer(@PathVariable String id, @PathVariable String itemKey, @RequestBody AnswerBody body) {
        commands.send(new RecordAnswer(id, itemKey, body.valueText(), body.note(), currentActor.get()), VISIT);
        return Map.of("visitId", id, "itemKey", itemKey);
    }

    @PostMapping("/{id}/findings")
    public ResponseEntity<Map<String, String>> finding(@PathVariable String id, @RequestBody FindingBody body) {
        String findingId = UUID.randomUUID().toString();
        commands.send(new RecordFinding(id, findingId, body.itemKey(), body.text(), body.recommendation(), body.ownerUnitId(),
                body.dueDate(), currentActor.get()), VISIT);
        return ResponseEntity.created(URI.create("/api/supervision/recommendations/" + findingId)).body(Map.of("id", findingId));
    }

    @PostMapping("/{id}/close")
    public Map<String, String> close(@PathVariable String id) {
        commands.send(new CloseVisit(id, currentActor.get()), VISIT);
        return Map.of("id", id, "status", VisitStatus.CLOSED.name());
    }
}

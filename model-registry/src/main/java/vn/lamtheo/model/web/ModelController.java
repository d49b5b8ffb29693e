package vn.lamtheo.model.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.directory.Person;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.kernel.events.model.OverlapSource;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.CurrentActor;
import vn.lamtheo.platform.web.Preconditions;
import vn.lamtheo.model.api.*;
import vn.lamtheo.model.application.ModelCommandService;
import vn.lamtheo.model.dvk.DvkCatalog;
import vn.lamtheo.model.registry.ModelHistory;
import vn.lamtheo.model.registry.ModelReader;
import vn.lamtheo.model.registry.ModelView;
import vn.lamtheo.model.registry.ModelViews;
import vn.lamtheo.model.web.TransitionBodies.*;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The model's own endpoints: draft, read, edit, each transition, history and overlap report. */
@RestController
@RequestMapping("/api/models")
public class ModelController {

    private final CurrentActor currentActor;
    private final ModelCommandService commands;
    private final ModelReader reader;
    private final ModelHistory history;
    private final ModelViews views;
    private final DvkCatalog dvk;
    private final ObjectProvider<Directory> directory;

    public ModelController(CurrentActor currentActor, ModelCommandService commands, ModelReader reader, ModelHistory history,
                           ModelViews views, DvkCatalog dvk, ObjectProvider<Directory> directory) {
        this.currentActor = currentActor;
        this.commands = commands;
        this.reader = reader;
        this.history = history;
        this.views = views;
        this.dvk = dvk;
        this.directory = directory;
    }

    @PostMapping
    public ResponseEntity<Accepted> draft(@RequestBody ModelRequest body) {
        Actor actor = currentActor.get();
        String id = UUID.randomUUID().toString();
        String owner = body.ownerUnitId() == null || body.ownerUnitId().isBlank() ? actor.unitId() : body.ownerUnitId();
        commands.send(new DraftModel(id, owner, body.content(), actor));
        return ResponseEntity.created(URI.create("/api/models/" + id)).eTag(etag(0)).body(new Accepted(id, 0));
    }

    @GetMapping("/{id}")
    public ResponseEntity<ModelView> read(@PathVariable String id) {
        ModelView view = reader.read(currentActor.get(), id);
        return ResponseEntity.ok().eTag(etag(view.version)).body(view);
    }

    @PutMapping("/{id}")
    public ResponseEntity<Accepted> edit(@PathVariable String id, @RequestBody ModelRequest body,
                                         @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(id, commands.send(new EditModel(id, body.content(), version(ifMatch), currentActor.get())));
    }

    @PostMapping("/{id}/submit")
    public ResponseEntity<Accepted> submit(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(id, commands.send(new SubmitModel(id, version(ifMatch), currentActor.get())));
    }

    @PostMapping("/{id}/register")
    public ResponseEntity<Accepted> register(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(id, commands.send(new RegisterModel(id, version(ifMatch), currentActor.get())));
    }

    @PostMapping("/{id}/feature")
    public ResponseEntity<Accepted> feature(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(id, commands.send(new FeatureModel(id, version(ifMatch), currentActor.get())));
    }

    @PostMapping("/{id}/request-revision")
    public ResponseEntity<Accepted> requestRevision(@PathVariable String id, @RequestBody RevisionRequest body,
                                                    @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(id, commands.send(new RequestModelRevision(id, body.reason(), version(ifMatch), currentActor.get())));
    }

    @PostMapping("/{id}/flag-overlap")
    public ResponseEntity<Accepted> flagOverlap(@PathVariable String id, @RequestBody FlagOverlap body,
                                                @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(id, commands.send(new FlagModelOverlap(id, sourceOf(body.overlapsWith()), body.overlapsWith(), body.note(),
                version(ifMatch), currentActor.get())));
    }

    @PostMapping("/{id}/reassess")
    public ResponseEntity<Accepted> reassess(@PathVariable String id, @RequestBody Reassess body,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return accepted(id, commands.send(new ReassessModel(id, body.year(), body.outcome(), body.evidence(), version(ifMatch), currentActor.get())));
    }

    @PostMapping("/{id}/retire")
    public ResponseEntity<Accepted> retire(@PathVariable String id, @RequestBody Retire body,
                                           @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        if (body.reason() == vn.lamtheo.kernel.events.model.RetirementReason.MERGED && body.mergedInto() != null
                && !body.mergedInto().isBlank() && views.find(body.mergedInto()).isEmpty()) {
            throw new CommandRejected(CommandRejected.Reason.INVALID, "Không tìm thấy mô hình được hợp nhất vào / unknown model to merge into",
                    List.of(new CommandRejected.Violation("mergedInto", "unknown model")));
        }
        return accepted(id, commands.send(new RetireModel(id, body.reason(), body.note(), body.mergedInto(), version(ifMatch), currentActor.get())));
    }

    /** Records a replication; an {@code Idempotency-Key} header makes a retried request harmless. */
    @PostMapping("/{id}/adoptions")
    public ResponseEntity<Map<String, Object>> adopt(@PathVariable String id, @RequestBody Adoption body,
                                                     @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        Actor actor = currentActor.get();
        String unitId = body.unitId();
        if (body.memberId() != null && !body.memberId().isBlank()) {
            Directory dir = directory.getIfAvailable();
            Person member = dir == null ? null : dir.person(body.memberId()).orElse(null);
            if (member == null) {
                throw new CommandRejected(CommandRejected.Reason.INVALID, "Không tìm thấy đảng viên / unknown member",
                        List.of(new CommandRejected.Violation("memberId", "unknown member")));
            }
            unitId = member.unitId();
        }
        String adoptionId = key == null || key.isBlank() ? UUID.randomUUID().toString() : key.strip();
        long version = commands.send(new RecordAdoption(id, adoptionId, unitId, blankToNull(body.memberId()), body.year(), body.result(), actor));
        return ResponseEntity.status(HttpStatus.CREATED).eTag(etag(version))
                .body(Map.of("id", id, "version", version, "adoptionId", adoptionId));
    }

    @GetMapping("/{id}/history")
    public List<ModelHistory.Entry> history(@PathVariable String id) {
        return history.read(currentActor.get(), id);
    }

    public record OverlapReportBody(String modelId, Double score, java.time.Instant checkedAt, List<vn.lamtheo.kernel.events.model.OverlapFinding> findings,
                                    ModelView.OverlapFlag flag) {
    }

    @GetMapping("/{id}/overlap-report")
    public OverlapReportBody overlapReport(@PathVariable String id) {
        ModelView view = reader.read(currentActor.get(), id);
        ModelView.OverlapReport r = view.findings;
        return new OverlapReportBody(id, r == null ? null : r.score(), r == null ? null : r.checkedAt(),
                r == null ? List.of() : r.findings(), view.overlapFlag);
    }

    /** {@code overlapsWith} names a Dân vận khéo entry or another model; null when it is neither. */
    private OverlapSource sourceOf(String overlapsWith) {
        if (overlapsWith == null || overlapsWith.isBlank()) {
            return OverlapSource.MODEL; // the aggregate rejects the blank id with a clear message
        }
        if (dvk.find(overlapsWith).isPresent()) {
            return OverlapSource.DAN_VAN_KHEO;
        }
        return views.find(overlapsWith).isPresent() ? OverlapSource.MODEL : null;
    }

    private static ResponseEntity<Accepted> accepted(String id, long version) {
        return ResponseEntity.ok().eTag(etag(version)).body(new Accepted(id, version));
    }

    static String etag(long version) {
        return Preconditions.etag(version);
    }

    /** The expected version from If-Match; none (null) when absent or {@code *}. */
    static Long version(String ifMatch) {
        return Preconditions.ifMatchVersion(ifMatch);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

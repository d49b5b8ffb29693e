package vn.lamtheo.pledge.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.CurrentActor;
import vn.lamtheo.platform.web.ProblemException;
import vn.lamtheo.pledge.application.PledgeApplication;
import vn.lamtheo.pledge.application.PledgeHistory;
import vn.lamtheo.pledge.application.PledgeView;
import vn.lamtheo.pledge.mine.MyPledges;
import vn.lamtheo.pledge.mine.MyPledgesQuery;
import vn.lamtheo.pledge.review.ReviewQueue;
import vn.lamtheo.pledge.review.ReviewQueueQuery;
import vn.lamtheo.pledge.web.PledgeRequests.*;

import java.net.URI;
import java.util.List;
import java.util.function.Function;

/**
 * The pledge API. Commands answer after their events are durably stored, with the pledge as it now is and its
 * version as {@code ETag}; {@code If-Match} makes them conditional (412 when stale) and {@code Idempotency-Key}
 * makes a retry safe.
 */
@RestController
@RequestMapping("/api")
public class PledgeController {

    private final PledgeApplication pledges;
    private final ReviewQueueQuery reviewQueue;
    private final MyPledgesQuery myPledges;
    private final CurrentActor currentActor;
    private final IdempotentAnswers idempotent;

    public PledgeController(PledgeApplication pledges, ReviewQueueQuery reviewQueue, MyPledgesQuery myPledges,
                            CurrentActor currentActor, IdempotentAnswers idempotent) {
        this.pledges = pledges;
        this.reviewQueue = reviewQueue;
        this.myPledges = myPledges;
        this.currentActor = currentActor;
        this.idempotent = idempotent;
    }

    @PostMapping("/pledges")
    public ResponseEntity<?> draft(@RequestBody PledgeBody body,
                                   @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        Actor actor = currentActor.get();
        return idempotent.run(key, actor, "POST /api/pledges", () -> {
            PledgeView view = pledges.draft(actor, body.year(), body.templateKind(), body.content());
            return ResponseEntity.created(URI.create("/api/pledges/" + view.id())).eTag(etag(view)).body(view);
        });
    }

    @GetMapping("/pledges/{id}")
    public ResponseEntity<PledgeView> get(@PathVariable String id) {
        PledgeView view = pledges.view(currentActor.get(), id);
        return ResponseEntity.ok().eTag(etag(view)).body(view);
    }

    @PutMapping("/pledges/{id}")
    public ResponseEntity<?> edit(@PathVariable String id, @RequestBody PledgeBody body,
                                  @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                  @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return command("PUT", id, "", key, a -> pledges.edit(a, id, body.content(), version(ifMatch)));
    }

    @PostMapping("/pledges/{id}/submit")
    public ResponseEntity<?> submit(@PathVariable String id,
                                    @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                    @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return command("POST", id, "/submit", key, a -> pledges.submit(a, id, version(ifMatch)));
    }

    @PostMapping("/pledges/{id}/approve")
    public ResponseEntity<?> approve(@PathVariable String id, @RequestBody(required = false) NoteBody body,
                                     @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                     @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return command("POST", id, "/approve", key, a -> pledges.approve(a, id, body == null ? null : body.text(), version(ifMatch)));
    }

    @PostMapping("/pledges/{id}/request-revision")
    public ResponseEntity<?> requestRevision(@PathVariable String id, @RequestBody RevisionBody body,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return command("POST", id, "/request-revision", key,
                a -> pledges.requestRevision(a, id, body.reason(), body.sectionComments(), version(ifMatch)));
    }

    @PostMapping("/pledges/{id}/flag-copied")
    public ResponseEntity<?> flagCopied(@PathVariable String id, @RequestBody FlagBody body,
                                        @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                        @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return command("POST", id, "/flag-copied", key,
                a -> pledges.flagCopied(a, id, body.sourcePledgeIds(), body.note(), version(ifMatch)));
    }

    @PostMapping("/pledges/{id}/dismiss-copy-suspicion")
    public ResponseEntity<?> dismiss(@PathVariable String id, @RequestBody(required = false) NoteBody body,
                                     @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                     @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return command("POST", id, "/dismiss-copy-suspicion", key,
                a -> pledges.dismissCopySuspicion(a, id, body == null ? null : body.text(), version(ifMatch)));
    }

    @PostMapping("/pledges/{id}/self-assess")
    public ResponseEntity<?> selfAssess(@PathVariable String id, @RequestBody SelfAssessBody body,
                                        @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                        @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return command("POST", id, "/self-assess", key, a -> pledges.selfAssess(a, id, body.text(), version(ifMatch)));
    }

    @PostMapping("/pledges/{id}/evaluate")
    public ResponseEntity<?> evaluate(@PathVariable String id, @RequestBody EvaluateBody body,
                                      @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                      @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return command("POST", id, "/evaluate", key,
                a -> pledges.evaluate(a, id, body.result(), body.note(), version(ifMatch)));
    }

    @PostMapping("/pledges/{id}/retire")
    public ResponseEntity<?> retire(@PathVariable String id, @RequestBody(required = false) NoteBody body,
                                    @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                    @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return command("POST", id, "/retire", key,
                a -> pledges.retire(a, id, body == null ? null : body.text(), version(ifMatch)));
    }

    @GetMapping("/pledges/{id}/history")
    public List<PledgeHistory.Entry> history(@PathVariable String id) {
        return pledges.history(currentActor.get(), id);
    }

    @GetMapping("/me/pledges")
    public MyPledges mine() {
        return myPledges.load(currentActor.get());
    }

    @GetMapping("/review-queue")
    public ReviewQueue reviewQueue(@RequestParam(required = false) String branchId,
                                   @RequestParam(required = false) Integer year,
                                   @RequestParam(required = false) String status) {
        return reviewQueue.load(currentActor.get(), branchId, year, status);
    }

    private ResponseEntity<?> command(String method, String id, String action, String key, Function<Actor, PledgeView> run) {
        Actor actor = currentActor.get();
        return idempotent.run(key, actor, method + " /api/pledges/" + id + action, () -> {
            PledgeView view = run.apply(actor);
            return ResponseEntity.ok().eTag(etag(view)).body(view);
        });
    }

    static String etag(PledgeView view) {
        return "\"" + view.version() + "\"";
    }

    /** {@code If-Match: "3"} (or W/"3", or 3) → 3; absent → null (unconditional). */
    static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String v = ifMatch.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "").trim();
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "If-Match must be the pledge version, e.g. \"3\"");
        }
    }
}

package vn.lamtheo.pledge.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.CurrentActor;
import vn.lamtheo.platform.web.Preconditions;
import vn.lamtheo.pledge.application.PledgeApplication;
import vn.lamtheo.pledge.application.PledgeHistory;
import vn.lamtheo.pledge.application.PledgeView;
import vn.lamtheo.pledge.mine.MyPledges;
import vn.lamtheo.pledge.print.PledgePrint;
import vn.lamtheo.pledge.mine.MyPledgesQuery;
import vn.lamtheo.pledge.review.ReviewQueue;
import vn.lamtheo.pledge.review.ReviewQueueQuery;
import vn.lamtheo.pledge.web.PledgeRequests.*;

import java.net.URI;
import java.util.List;
import java.util.function.Function;

/**
 * The pledge API. Commands answer after their events are durably stored, with the pledge as it now is and its
 * version as {@code ETag}; {@code If-Match} makes them conditional (412 when stale); an {@code Idempotency-Key} makes a retry safe
 * ({@link vn.lamtheo.platform.web.idempotency.IdempotentRequestFilter}, for every command of the API).
 */
@RestController
@RequestMapping("/api")
public class PledgeController {

    private final PledgeApplication pledges;
    private final ReviewQueueQuery reviewQueue;
    private final MyPledgesQuery myPledges;
    private final CurrentActor currentActor;
    private final PledgePrint print;

    public PledgeController(PledgeApplication pledges, ReviewQueueQuery reviewQueue, MyPledgesQuery myPledges,
                            CurrentActor currentActor, PledgePrint print) {
        this.pledges = pledges;
        this.print = print;
        this.reviewQueue = reviewQueue;
        this.myPledges = myPledges;
        this.currentActor = currentActor;
    }

    @PostMapping("/pledges")
    public ResponseEntity<PledgeView> draft(@RequestBody PledgeBody body) {
        PledgeView view = pledges.draft(currentActor.get(), body.year(), body.templateKind(), body.content());
        return ResponseEntity.created(URI.create("/api/pledges/" + view.id())).eTag(etag(view)).body(view);
    }

    /** The pledge in the official layout, for whoever may read it. */
    @GetMapping(value = "/pledges/{id}/print.pdf", produces = "application/pdf")
    public ResponseEntity<byte[]> print(@PathVariable String id) {
        return print.response(currentActor.get(), id);
    }

    @GetMapping("/pledges/{id}")
    public ResponseEntity<PledgeView> get(@PathVariable String id) {
        PledgeView view = pledges.view(currentActor.get(), id);
        return ResponseEntity.ok().eTag(etag(view)).body(view);
    }

    @PutMapping("/pledges/{id}")
    public ResponseEntity<PledgeView> edit(@PathVariable String id, @RequestBody PledgeBody body,
                                  @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return command(a -> pledges.edit(a, id, body.content(), version(ifMatch)));
    }

    @PostMapping("/pledges/{id}/submit")
    public ResponseEntity<PledgeView> submit(@PathVariable String id,
                                    @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return command(a -> pledges.submit(a, id, version(ifMatch)));
    }

    /** Back to draft, while no reviewer has acted on the submission (409 otherwise). */
    @PostMapping("/pledges/{id}/withdraw")
    public ResponseEntity<PledgeView> withdraw(@PathVariable String id,
                                      @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return command(a -> pledges.withdraw(a, id, version(ifMatch)));
    }

    @PostMapping("/pledges/{id}/approve")
    public ResponseEntity<PledgeView> approve(@PathVariable String id, @RequestBody(required = false) NoteBody body,
                                     @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return command(a -> pledges.approve(a, id, body == null ? null : body.text(), version(ifMatch)));
    }

    @PostMapping("/pledges/{id}/request-revision")
    public ResponseEntity<PledgeView> requestRevision(@PathVariable String id, @RequestBody RevisionBody body,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return command(a -> pledges.requestRevision(a, id, body.reason(), body.sectionComments(), version(ifMatch)));
    }

    @PostMapping("/pledges/{id}/flag-copied")
    public ResponseEntity<PledgeView> flagCopied(@PathVariable String id, @RequestBody FlagBody body,
                                        @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return command(a -> pledges.flagCopied(a, id, body.sourcePledgeIds(), body.note(), version(ifMatch)));
    }

    @PostMapping("/pledges/{id}/dismiss-copy-suspicion")
    public ResponseEntity<PledgeView> dismiss(@PathVariable String id, @RequestBody(required = false) NoteBody body,
                                     @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return command(a -> pledges.dismissCopySuspicion(a, id, body == null ? null : body.text(), version(ifMatch)));
    }

    @PostMapping("/pledges/{id}/self-assess")
    public ResponseEntity<PledgeView> selfAssess(@PathVariable String id, @RequestBody SelfAssessBody body,
                                        @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return command(a -> pledges.selfAssess(a, id, body.text(), version(ifMatch)));
    }

    @PostMapping("/pledges/{id}/evaluate")
    public ResponseEntity<PledgeView> evaluate(@PathVariable String id, @RequestBody EvaluateBody body,
                                      @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return command(a -> pledges.evaluate(a, id, body.result(), body.note(), version(ifMatch)));
    }

    @PostMapping("/pledges/{id}/retire")
    public ResponseEntity<PledgeView> retire(@PathVariable String id, @RequestBody(required = false) NoteBody body,
                                    @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return command(a -> pledges.retire(a, id, body == null ? null : body.text(), version(ifMatch)));
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

    private ResponseEntity<PledgeView> command(Function<Actor, PledgeView> run) {
        PledgeView view = run.apply(currentActor.get());
        return ResponseEntity.ok().eTag(etag(view)).body(view);
    }

    static String etag(PledgeView view) {
        return "\"" + view.version() + "\"";
    }

    /** {@code If-Match: "3"} (or W/"3") → 3; absent or {@code *} → null (unconditional); anything else 400. */
    static Long version(String ifMatch) {
        return Preconditions.ifMatchVersion(ifMatch);
    }
}

package vn.lamtheo.cabinet.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import vn.lamtheo.cabinet.api.*;
import vn.lamtheo.cabinet.application.CabinetCommandService;
import vn.lamtheo.cabinet.ledger.CabinetCatalogue;
import vn.lamtheo.cabinet.ledger.CabinetQueries;
import vn.lamtheo.cabinet.ledger.CopyCard;
import vn.lamtheo.cabinet.web.CabinetBodies.*;
import vn.lamtheo.platform.security.CurrentActor;
import vn.lamtheo.platform.web.Preconditions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The book cabinets' API. Every write goes to the cabinet's ledger (the aggregate decides and checks access); every
 * read comes from a screen projection after an access check. Writes answer the ledger's version as ETag and accept it
 * back as If-Match; the platform's filter makes any POST with an Idempotency-Key safe to retry.
 */
@RestController
@RequestMapping("/api/cabinets")
public class CabinetController {

    private static final String IF_MATCH = "If-Match";

    private final CurrentActor currentActor;
    private final CabinetCommandService commands;
    private final CabinetQueries queries;
    private final Clock clock;

    public CabinetController(CurrentActor currentActor, CabinetCommandService commands, CabinetQueries queries, Clock clock) {
        this.currentActor = currentActor;
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @PostMapping
    public ResponseEntity<Created> open(@RequestBody NewCabinet body) {
        String id = UUID.randomUUID().toString();
        Outcome<Object> done = commands.send(new OpenCabinet(id, body.unitId(), body.name(), body.place(),
                Boolean.TRUE.equals(body.reachable()), currentActor.get()));
        return created(done.version(), new Created(id));
    }

    @GetMapping
    public List<CabinetQueries.CabinetSummary> cabinets() {
        return queries.cabinets(currentActor.get());
    }

    /** The figures of a commune's or the district's cabinets (those in the person's scope), summed. */
    @GetMapping("/figures")
    public CabinetQueries.UnitFigures unitFigures(@RequestParam String unitId, @RequestParam(required = false) LocalDate asOf) {
        return queries.unitFigures(currentActor.get(), unitId, asOf == null ? today() : asOf);
    }

    @PostMapping("/{cid}/titles")
    public ResponseEntity<TitleCreated> catalogue(@PathVariable String cid, @RequestBody NewTitle body,
                                                  @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
        String titleId = UUID.randomUUID().toString();
        Outcome<List<String>> done = commands.send(new CatalogueTitle(cid, titleId, body.isbn(), body.title(), body.author(),
                body.publisher(), body.year(), body.category(), body.source(), body.shelf(), body.copies(), version(ifMatch), currentActor.get()));
        return created(done.version(), new TitleCreated(titleId, done.value()));
    }

    @GetMapping("/{cid}/titles")
    public List<CabinetCatalogue.Title> titles(@PathVariable String cid, @RequestParam(required = false) String q) {
        return queries.catalogue(currentActor.get(), cid, q);
    }

    @PostMapping("/{cid}/readers")
    public ResponseEntity<Created> register(@PathVariable String cid, @RequestBody NewReader body,
                                            @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
        String id = UUID.randomUUID().toString();
        Outcome<String> done = commands.send(new RegisterReader(cid, id, body.name(), body.hamlet(), body.phone(), version(ifMatch), currentActor.get()));
        return created(done.version(), new Created(id));
    }

    @PostMapping("/{cid}/loans")
    public ResponseEntity<LoanAnswer> lend(@PathVariable String cid, @RequestBody NewLoan body,
                                           @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
        String loanId = UUID.randomUUID().toString();
        Outcome<LocalDate> done = commands.send(new LendCopy(cid, loanId, body.copyCode(), body.readerId(), body.dueDate(), version(ifMatch), currentActor.get()));
        return created(done.version(), new LoanAnswer(loanId, done.value()));
    }

    @PostMapping("/{cid}/loans/{loanId}/renew")
    public ResponseEntity<LoanAnswer> renew(@PathVariable String cid, @PathVariable String loanId,
                                            @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
        Outcome<LocalDate> done = commands.send(new RenewLoan(cid, loanId, version(ifMatch), currentActor.get()));
        return ok(done.version(), new LoanAnswer(loanId, done.value()));
    }

    @PostMapping("/{cid}/loans/{loanId}/return")
    public ResponseEntity<CopyAnswer> giveBack(@PathVariable String cid, @PathVariable String loanId,
                                               @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
        Outcome<String> done = commands.send(new ReturnCopy(cid, loanId, null, version(ifMatch), currentActor.get()));
        return ok(done.version(), new CopyAnswer(done.value(), "AVAILABLE"));
    }

    @GetMapping("/{cid}/overdue")
    public List<CabinetQueries.OverdueLoan> overdue(@PathVariable String cid, @RequestParam(required = false) LocalDate asOf) {
        return queries.overdue(currentActor.get(), cid, asOf == null ? today() : asOf);
    }

    @PostMapping("/{cid}/copies/{code}/lost")
    public ResponseEntity<CopyAnswer> lost(@PathVariable String cid, @PathVariable String code, @RequestBody(required = false) Note body,
                                           @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
        Outcome<String> done = commands.send(new DeclareCopyLost(cid, code, body == null ? null : body.note(), version(ifMatch), currentActor.get()));
        return ok(done.version(), new CopyAnswer(done.value(), "LOST"));
    }

    @PostMapping("/{cid}/copies/{code}/write-off")
    public ResponseEntity<CopyAnswer> writeOff(@PathVariable String cid, @PathVariable String code, @RequestBody(required = false) Note body,
                                               @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
        Outcome<String> done = commands.send(new WriteOffCopy(cid, code, body == null ? null : body.note(), version(ifMatch), currentActor.get()));
        return ok(done.version(), new CopyAnswer(done.value(), "WITHDRAWN"));
    }

    @PostMapping("/{cid}/copies/{code}/found")
    public ResponseEntity<CopyAnswer> found(@PathVariable String cid, @PathVariable String code,
                                            @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
        Outcome<String> done = commands.send(new ReportCopyFound(cid, code, version(ifMatch), currentActor.get()));
        return ok(done.version(), new CopyAnswer(done.value(), "AVAILABLE"));
    }

    @GetMapping("/{cid}/copies/{code}")
    public CopyCard copy(@PathVariable String cid, @PathVariable String code) {
        return queries.copy(currentActor.get(), cid, code);
    }

    @PostMapping("/{cid}/stocktakes")
    public ResponseEntity<Created> openStockTake(@PathVariable String cid,
                                                 @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
        String id = UUID.randomUUID().toString();
        Outcome<String> done = commands.send(new OpenStockTake(cid, id, version(ifMatch), currentActor.get()));
        return created(done.version(), new Created(id));
    }

    @PostMapping("/{cid}/stocktakes/{sid}/counts")
    public ResponseEntity<Counted> count(@PathVariable String cid, @PathVariable String sid, @RequestBody Counts body,
                                         @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
        Outcome<Integer> done = commands.send(new CountCopies(cid, sid, body.codes(), body.shelf(), version(ifMatch), currentActor.get()));
        return ok(done.version(), new Counted(sid, done.value()));
    }

    @PostMapping("/{cid}/stocktakes/{sid}/close")
    public ResponseEntity<StockTakeResult> close(@PathVariable String cid, @PathVariable String sid,
                                                 @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
        Outcome<StockTakeResult> done = commands.send(new CloseStockTake(cid, sid, version(ifMatch), currentActor.get()));
        return ok(done.version(), done.value());
    }

    @PostMapping("/{cid}/stocktakes/{sid}/approve")
    public ResponseEntity<StockTakeApproval> approve(@PathVariable String cid, @PathVariable String sid,
                                                     @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
        Outcome<StockTakeApproval> done = commands.send(new ApproveStockTake(cid, sid, version(ifMatch), currentActor.get()));
        return ok(done.version(), done.value());
    }

    @GetMapping("/{cid}/figures")
    public CabinetQueries.Figures figures(@PathVariable String cid, @RequestParam(required = false) LocalDate asOf) {
        return queries.figures(currentActor.get(), cid, asOf == null ? today() : asOf);
    }

    private LocalDate today() {
        return CabinetRules.dateOf(clock.instant());
    }

    private static Long version(String ifMatch) {
        return Preconditions.ifMatchVersion(ifMatch);
    }

    private static <T> ResponseEntity<T> created(long version, T body) {
        return ResponseEntity.status(HttpStatus.CREATED).eTag(Preconditions.etag(version)).body(body);
    }

    private static <T> ResponseEntity<T> ok(long version, T body) {
        return ResponseEntity.ok().eTag(Preconditions.etag(version)).body(body);
    }
}

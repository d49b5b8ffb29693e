package vn.lamtheo.pledge.application;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.stereotype.Service;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.kernel.directory.Unit;
import vn.lamtheo.kernel.directory.UnitType;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.kernel.domain.CommandRejected.Reason;
import vn.lamtheo.kernel.events.pledge.EvaluationResult;
import vn.lamtheo.kernel.events.pledge.PledgeContent;
import vn.lamtheo.kernel.events.pledge.TemplateKind;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.NotFoundException;
import vn.lamtheo.platform.security.audit.ReadAudit;
import vn.lamtheo.platform.security.audit.ReadKind;
import vn.lamtheo.pledge.api.*;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pledge use cases as the API offers them: each loads the pledge as the actor may see it (404 otherwise),
 * checks the actor's part (owner, reviewer, admin), checks the expected version, sends the command and waits
 * until its events are durably stored, then answers the pledge as it now is.
 */
@Service
public class PledgeApplication {

    private final CommandGateway commands;
    private final PledgeEvents events;
    private final PledgeKeys keys;
    private final PledgeAccess access;
    private final Directory directory;
    private final OtherPledgeVisibility others;
    private final ReadAudit audit;

    public PledgeApplication(CommandGateway commands, PledgeEvents events, PledgeKeys keys, PledgeAccess access,
                             Directory directory, OtherPledgeVisibility others, ReadAudit audit) {
        this.audit = audit;
        this.commands = commands;
        this.events = events;
        this.keys = keys;
        this.access = access;
        this.directory = directory;
        this.others = others;
    }

    public PledgeView draft(Actor actor, Integer year, TemplateKind kind, PledgeContent content) {
        if (!actor.has(Role.MEMBER) && !actor.has(Role.BRANCH_SECRETARY)) {
            throw new CommandRejected(Reason.NOT_ALLOWED, "Only members of a branch or chapter write pledges");
        }
        if (year == null || kind == null) {
            throw new CommandRejected(Reason.INVALID, "A pledge needs a year and a template kind", List.of(
                    new CommandRejected.Violation("year", year == null ? "required" : "ok"),
                    new CommandRejected.Violation("templateKind", kind == null ? "PARTY_MEMBER, YOUTH_UNION or ASSOCIATION" : "ok"))
                    .stream().filter(v -> !v.message().equals("ok")).toList());
        }
        String pledgeId = PledgeKeys.draftId(actor.personId(), year, kind);
        String holder = keys.claim(actor.personId(), year, kind, pledgeId);
        if (!holder.equals(pledgeId) || events.exists(pledgeId)) {
            throw alreadyExists(holder, year, kind);
        }
        try {
            send(new CreatePledge(pledgeId, actor.personId(), actor.unitId(), committeeOf(actor.unitId()), year, kind,
                    content, actor.personId()));
        } catch (CommandRejected e) {
            // A draft racing for the same key names the same id: the event store let only one of them create it.
            boolean lostTheRace = e.reason() == Reason.DUPLICATE || e.reason() == Reason.STALE;
            throw lostTheRace && events.exists(pledgeId) ? alreadyExists(pledgeId, year, kind) : e;
        }
        return events.view(pledgeId).orElseThrow();
    }

    /** The refusal of a second pledge for one key; it names the pledge that holds the key (existing or being created). */
    private CommandRejected alreadyExists(String holder, int year, TemplateKind kind) {
        if (events.exists(holder)) {
            return new CommandRejected(Reason.DUPLICATE, "Đã có bản đăng ký " + holder + " cho năm " + year + " (" + kind
                    + ") / A pledge already exists for this year and form: " + holder);
        }
        return new CommandRejected(Reason.DUPLICATE, "Bản đăng ký " + holder + " cho năm " + year + " (" + kind
                + ") đang được tạo / A pledge for this year and form is being created: " + holder);
    }

    /** The commune committee above a unit: the nearest ancestor of type COMMITTEE, else the parent. */
    public String committeeOf(String unitId) {
        String parent = directory.unit(unitId).map(Unit::parentId).orElse(null);
        String current = unitId;
        for (int depth = 0; depth < 16 && current != null; depth++) {
            Optional<Unit> unit = directory.unit(current);
            if (unit.isEmpty()) {
                break;
            }
            if (unit.get().type() == UnitType.COMMITTEE) {
                return unit.get().id();
            }
            current = unit.get().parentId();
        }
        return parent;
    }

    /** The pledge as the actor may see it; a read of another person's pledge is audited (before it is answered). */
    public PledgeView view(Actor actor, String pledgeId) {
        PledgeView pledge = visible(actor, pledgeId);
        audit.read(actor, pledge.memberId(), ReadKind.PLEDGE, pledge.id());
        return forReader(actor, pledge);
    }

    /**
     * The whole pledge, for a read path of its own that decides what of it to show and audits what it shows
     * (the copy report); 404 unless the actor may read it.
     */
    public PledgeView readable(Actor actor, String pledgeId) {
        return visible(actor, pledgeId);
    }

    public List<PledgeHistory.Entry> history(Actor actor, String pledgeId) {
        PledgeView pledge = visible(actor, pledgeId);
        audit.read(actor, pledge.memberId(), ReadKind.PLEDGE_HISTORY, pledge.id());
        return PledgeHistory.of(events.of(pledgeId), other -> others.showsId(actor, pledge, other));
    }

    public PledgeView edit(Actor actor, String pledgeId, PledgeContent content, Long ifMatch) {
        PledgeView p = current(actor, pledgeId, ifMatch);
        access.requireOwner(actor, p, "edit");
        send(new EditPledge(pledgeId, content, actor.personId(), ifMatch));
        return reload(actor, pledgeId);
    }

    public PledgeView submit(Actor actor, String pledgeId, Long ifMatch) {
        PledgeView p = current(actor, pledgeId, ifMatch);
        access.requireOwner(actor, p, "submit");
        send(new SubmitPledge(pledgeId, actor.personId(), ifMatch));
        return reload(actor, pledgeId);
    }

    /** The member takes back a submission no reviewer has acted on yet: a draft again. */
    public PledgeView withdraw(Actor actor, String pledgeId, Long ifMatch) {
        PledgeView p = current(actor, pledgeId, ifMatch);
        access.requireOwner(actor, p, "withdraw");
        send(new WithdrawPledge(pledgeId, actor.personId(), ifMatch));
        return reload(actor, pledgeId);
    }

    public PledgeView approve(Actor actor, String pledgeId, String note, Long ifMatch) {
        PledgeView p = current(actor, pledgeId, ifMatch);
        access.requireReviewer(actor, p, "approve");
        send(new ApprovePledge(pledgeId, note, actor.personId(), ifMatch));
        return reload(actor, pledgeId);
    }

    public PledgeView requestRevision(Actor actor, String pledgeId, String reason, Map<String, String> comments, Long ifMatch) {
        PledgeView p = current(actor, pledgeId, ifMatch);
        access.requireReviewer(actor, p, "request revision of");
        send(new RequestRevision(pledgeId, reason, comments, actor.personId(), ifMatch));
        return reload(actor, pledgeId);
    }

    public PledgeView flagCopied(Actor actor, String pledgeId, List<String> sources, String note, Long ifMatch) {
        PledgeView p = current(actor, pledgeId, ifMatch);
        access.requireReviewer(actor, p, "flag as copied");
        send(new FlagAsCopied(pledgeId, sources, note, actor.personId(), ifMatch));
        return reload(actor, pledgeId);
    }

    public PledgeView dismissCopySuspicion(Actor actor, String pledgeId, String note, Long ifMatch) {
        PledgeView p = current(actor, pledgeId, ifMatch);
        access.requireReviewer(actor, p, "dismiss the copy suspicion of");
        send(new DismissCopySuspicion(pledgeId, note, actor.personId(), ifMatch));
        return reload(actor, pledgeId);
    }

    public PledgeView selfAssess(Actor actor, String pledgeId, String text, Long ifMatch) {
        PledgeView p = current(actor, pledgeId, ifMatch);
        access.requireOwner(actor, p, "self-assess");
        send(new SelfAssessPledge(pledgeId, text, actor.personId(), ifMatch));
        return reload(actor, pledgeId);
    }

    public PledgeView evaluate(Actor actor, String pledgeId, EvaluationResult result, String note, Long ifMatch) {
        PledgeView p = current(actor, pledgeId, ifMatch);
        access.requireReviewer(actor, p, "evaluate");
        send(new EvaluatePledge(pledgeId, result, note, actor.personId(), ifMatch));
        return reload(actor, pledgeId);
    }

    public PledgeView retire(Actor actor, String pledgeId, String reason, Long ifMatch) {
        PledgeView p = current(actor, pledgeId, ifMatch);
        access.requireReviewerOrAdmin(actor, p, "retire");
        send(new RetirePledge(pledgeId, reason, actor.personId(), ifMatch));
        return reload(actor, pledgeId);
    }

    // ---- helpers

    private PledgeView visible(Actor actor, String pledgeId) {
        PledgeView p = events.view(pledgeId).orElseThrow(() -> new NotFoundException("pledge " + safe(pledgeId)));
        access.requireRead(actor, p);
        return p;
    }

    /**
     * The pledge an action is about. An {@code If-Match} naming a version the pledge never had is refused here; an
     * older one is judged by the aggregate, which knows which of the unseen changes matter (see UnseenChanges).
     */
    private PledgeView current(Actor actor, String pledgeId, Long ifMatch) {
        PledgeView p = visible(actor, pledgeId);
        if (ifMatch != null && ifMatch > p.version()) {
            throw stale(p.version());
        }
        return p;
    }

    private PledgeView reload(Actor actor, String pledgeId) {
        return forReader(actor, events.view(pledgeId).orElseThrow(() -> new NotFoundException("pledge " + safe(pledgeId))));
    }

    /** Other pledges named in this one, as far as the reader may see them ({@link OtherPledgeVisibility}). */
    private PledgeView forReader(Actor actor, PledgeView p) {
        return others.shown(actor, p);
    }

    private static CommandRejected stale(Long current) {
        return new CommandRejected(Reason.STALE, "Bản đăng ký đã thay đổi / The pledge has changed"
                + (current == null ? "" : " (current version " + current + ")") + ": reload it and try again");
    }

    private static String safe(String id) {
        return id == null ? "" : id.replaceAll("[^A-Za-z0-9_-]", "").substring(0, Math.min(40, id.replaceAll("[^A-Za-z0-9_-]", "").length()));
    }

    /** Sends a command and waits for its durable outcome, turning Axon's failures into the API's rejections. */
    public void send(Object command) {
        try {
            commands.sendAndWait(command);
        } catch (CommandExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw translate(cause);
            }
            throw e;
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    private static RuntimeException translate(RuntimeException e) {
        if (e instanceof CommandRejected) {
            return e;
        }
        if (e instanceof AggregateNotFoundException) {
            return new NotFoundException("pledge");
        }
        if (e instanceof AggregateStreamCreationException) {
            return new CommandRejected(Reason.DUPLICATE, "A pledge with this id already exists");
        }
        if (e instanceof ConflictingModificationException) {
            return stale(null);
        }
        if (e instanceof ConcurrencyException) {
            // Two writers raced on the same pledge (or the same new id): the later one must reload.
            return new CommandRejected(Reason.STALE, "The pledge was changed at the same time: reload it and try again");
        }
        return e;
    }
}

package vn.lamtheo.pledge.web.page;

import org.springframework.stereotype.Component;
import vn.lamtheo.kernel.events.SystemActor;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.directory.Person;
import vn.lamtheo.kernel.directory.Unit;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.kernel.events.pledge.PledgeEvent;
import vn.lamtheo.kernel.events.pledge.PledgeHeader;
import vn.lamtheo.kernel.events.pledge.PledgeSections;
import vn.lamtheo.kernel.events.pledge.PledgeContent;
import vn.lamtheo.kernel.events.pledge.SectionKey;
import vn.lamtheo.kernel.events.pledge.TemplateFinding;
import vn.lamtheo.kernel.events.pledge.TemplateKind;
import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.platform.eventstore.ProjectionCatchUp;
import vn.lamtheo.platform.security.AccessPolicy;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.NotFoundException;
import vn.lamtheo.pledge.application.PledgeAccess;
import vn.lamtheo.pledge.application.PledgeApplication;
import vn.lamtheo.pledge.application.PledgeHistory;
import vn.lamtheo.pledge.application.PledgeView;
import vn.lamtheo.pledge.figures.PledgeFiguresQuery;
import vn.lamtheo.pledge.mine.MyPledgesQuery;
import vn.lamtheo.pledge.review.ReviewQueue;
import vn.lamtheo.pledge.review.ReviewQueueProjection;
import vn.lamtheo.pledge.review.ReviewQueueQuery;
import vn.lamtheo.pledge.template.TemplateRules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pledge pages on the pledge context's application service and projections (the same ones the REST API uses,
 * so the pages get the same access checks, rejections and durability). A form posted twice is answered once by
 * the kernel's IdempotentRequestFilter; the key is not needed here.
 */
@Component
class PledgePagesAdapter implements PledgePagesBackend {

    private final PledgeApplication pledges;
    private final PledgeAccess access;
    private final MyPledgesQuery myPledges;
    private final ReviewQueueQuery reviewQueues;
    private final Directory directory;
    private final PledgeFiguresQuery figures;
    private final AccessPolicy policy;
    private final ProjectionCatchUp catchUp;
    private final TemplateRules rules = TemplateRules.defaults();

    PledgePagesAdapter(PledgeApplication pledges, PledgeAccess access, MyPledgesQuery myPledges,
                       ReviewQueueQuery reviewQueues, Directory directory, PledgeFiguresQuery figures,
                       AccessPolicy policy, ProjectionCatchUp catchUp) {
        this.pledges = pledges;
        this.access = access;
        this.myPledges = myPledges;
        this.reviewQueues = reviewQueues;
        this.directory = directory;
        this.figures = figures;
        this.policy = policy;
        this.catchUp = catchUp;
    }

    @Override
    public List<Section> template(String templateKind, int year) {
        TemplateKind kind = kind(templateKind);
        List<Section> sections = new ArrayList<>();
        for (SectionKey key : SectionKey.values()) {
            sections.add(new Section(key.key(), rules.heading(kind, key, year), rules.requiredSections().contains(key.key())));
        }
        return sections;
    }

    @Override
    public List<Summary> myPledges(Actor me) {
        return myPledges.load(me).pledges().stream()
                .map(p -> new Summary(p.pledgeId(), p.year(), p.templateKind(), p.status(), p.updatedAt())).toList();
    }

    @Override
    public Pledge pledge(Actor me, String pledgeId) {
        return toPage(me, pledges.view(me, pledgeId));
    }

    @Override
    public String draft(Actor me, int year, String templateKind, Content content, String idempotencyKey) {
        return pledges.draft(me, year, kind(templateKind), content(content, PledgeHeader.empty())).id();
    }

    @Override
    public void edit(Actor me, String pledgeId, long version, Content content, String idempotencyKey) {
        // The form does not show the corpus-only header fields (position code, branch and committee names): keep them.
        pledges.edit(me, pledgeId, content(content, pledges.view(me, pledgeId).header()), version);
    }

    @Override
    public void submit(Actor me, String pledgeId, long version, String idempotencyKey) {
        pledges.submit(me, pledgeId, version);
    }

    @Override
    public void withdraw(Actor me, String pledgeId, long version, String idempotencyKey) {
        pledges.withdraw(me, pledgeId, version);
    }

    @Override
    public void approve(Actor me, String pledgeId, long version, String note, String idempotencyKey) {
        awaitQueue(me, pledges.approve(me, pledgeId, note, version));
    }

    @Override
    public void requestRevision(Actor me, String pledgeId, long version, String reason, Map<String, String> sectionComments,
                                String idempotencyKey) {
        awaitQueue(me, pledges.requestRevision(me, pledgeId, reason, sectionComments, version));
    }

    @Override
    public void flagCopied(Actor me, String pledgeId, long version, List<String> sourcePledgeIds, String note,
                           String idempotencyKey) {
        awaitQueue(me, pledges.flagCopied(me, pledgeId, sourcePledgeIds, note, version));
    }

    @Override
    public void dismissCopySuspicion(Actor me, String pledgeId, long version, String note, String idempotencyKey) {
        awaitQueue(me, pledges.dismissCopySuspicion(me, pledgeId, note, version));
    }

    @Override
    public List<HistoryEntry> history(Actor me, String pledgeId) {
        return pledges.history(me, pledgeId).stream()
                .map(e -> new HistoryEntry(e.type(), e.at(), e.actorId() == null || SystemActor.is(e.actorId()) ? null : personName(e.actorId()),
                        e.summary())).toList();
    }

    @Override
    public Queue reviewQueue(Actor me, String branchId, int year) {
        ReviewQueue queue = reviewQueues.load(me, branchId, year, null);
        List<QueueRow> rows = queue.rows().stream().map(r -> {
            Map<String, Object> copy = r.copyCheck();
            Double score = copy == null || !(copy.get("score") instanceof Number n) ? null : n.doubleValue();
            boolean suspected = copy != null && Boolean.TRUE.equals(copy.get("suspected")) && !Boolean.TRUE.equals(copy.get("dismissed"));
            String last = r.lastAction() == null ? null : String.valueOf(r.lastAction().get("type"));
            return new QueueRow(r.memberId(), r.memberName() == null ? personName(r.memberId()) : r.memberName(),
                    r.pledgeId(), r.status() == null ? r.displayStatus() : r.status(), r.submittedAt(),
                    r.findings() == null ? 0 : r.findings().size(), score, suspected, last);
        }).toList();
        return new Queue(queue.branchId(), unitName(queue.branchId()), queue.year(), rows);
    }

    @Override
    public Map<String, Integer> communeFigures(Actor me, String communeId, int year) {
        policy.requireReach(me, communeId, "commune figures", Role.COMMITTEE_OFFICER, Role.DISTRICT_CURATOR,
                Role.SUPERVISOR, Role.ADMIN);
        return figures.committee(communeId, year).everReached();
    }

    @Override
    public Optional<CopyReport> copyReport(Actor me, String pledgeId) {
        PledgeView view = pledges.view(me, pledgeId);
        if (view.copyCheck() == null) {
            return Optional.empty();
        }
        // Every source of this text, whoever's check found it: those this pledge may have copied first, strongest first.
        List<CopySource> sources = view.copyCheck().sources().stream().map(s -> {
            Optional<PledgeView> source = access.mayRead(me, s.memberId(), s.unitId()) ? readable(me, s.pledgeId()) : Optional.empty();
            return new CopySource(s.pledgeId(), source.map(v -> v.header().fullName()).orElse(null), unitName(s.unitId()),
                    s.year(), s.score(), s.suspected(), source.isPresent(),
                    source.map(PledgeView::sections).orElse(Map.of()),
                    s.passages().stream().map(p -> new Passage(p.sectionKey(), p.start(), p.end(), p.otherSectionKey(),
                            p.otherStart(), p.otherEnd())).toList(),
                    s.direction().name());
        }).toList();
        return Optional.of(new CopyReport(view.copyCheck().score(),
                view.copyCheck().suspected() && !view.copyCheck().dismissed(), sources));
    }

    /**
     * The reviewer goes back to the review queue, a projection: wait (bounded) until it has processed the decision
     * just made, so that the page they land on is not one step behind.
     */
    private void awaitQueue(Actor me, PledgeView decided) {
        catchUp.await(ReviewQueueProjection.PROCESSING_GROUP, decided.id(), decided.version());
    }

    // ---- mapping

    private Pledge toPage(Actor me, PledgeView v) {
        PledgeHeader h = v.header();
        List<Finding> findings = v.findings().stream()
                .map((TemplateFinding f) -> new Finding(f.rule(), f.sectionKey(), f.message())).toList();
        boolean returned = v.status().isReturned();
        boolean editable = access.isOwner(me, v) && (v.status().name().equals("DRAFT") || returned);
        boolean reviewable = access.canReview(me, v) && v.status().name().equals("SUBMITTED");
        PledgeView.Review review = v.review();
        boolean suspected = v.copyCheck() != null && v.copyCheck().suspected() && !v.copyCheck().dismissed();
        return new Pledge(v.id(), v.memberId(), h.fullName() == null ? personName(v.memberId()) : h.fullName(),
                v.branchId(), v.year(), v.templateKind().name(), v.status().name(), v.version(),
                new Content(new Header(h.fullName(), h.birthYear(), h.position(), h.assignedDuties()), v.sections(),
                        v.followsModelIds()),
                findings, returned && review != null ? review.sectionComments() : Map.of(),
                returned && review != null ? review.reason() : null, suspected,
                v.copyCheck() == null ? null : v.copyCheck().score(), editable, reviewable);
    }

    private Optional<PledgeView> readable(Actor me, String pledgeId) {
        try {
            return Optional.of(pledges.view(me, pledgeId));
        } catch (NotFoundException e) {
            return Optional.empty(); // moved out of reach since the check: its score only, never its text
        }
    }

    private static PledgeContent content(Content content, PledgeHeader currentOrNull) {
        PledgeHeader current = currentOrNull == null ? PledgeHeader.empty() : currentOrNull;
        Header h = content.header();
        return new PledgeContent(new PledgeHeader(blank(h.fullName()), h.birthYear(), blank(h.position()),
                current.positionCode(), blank(h.assignedDuties()), current.branchName(), current.committeeName()),
                PledgeSections.fromMap(content.sections()), content.followsModelIds());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static TemplateKind kind(String name) {
        try {
            return TemplateKind.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new CommandRejected(CommandRejected.Reason.INVALID, "Unknown template kind");
        }
    }

    private String personName(String personId) {
        if (personId == null || SystemActor.is(personId)) {
            return "Lamtheo";
        }
        return directory.person(personId).map(Person::fullName).orElse(personId);
    }

    private String unitName(String unitId) {
        return unitId == null ? null : directory.unit(unitId).map(Unit::name).orElse(unitId);
    }

}

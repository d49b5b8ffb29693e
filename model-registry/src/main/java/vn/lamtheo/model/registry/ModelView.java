package vn.lamtheo.model.registry;

import vn.lamtheo.kernel.events.UnhandledEvent;
import vn.lamtheo.kernel.events.model.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The model screen: everything one model's page shows, in one document ({@code model_views}, {@code _id} = model id).
 * Built by {@link RegistryProjection}; {@code adopters} is owned by the adoption projection.
 */
public class ModelView {

    public String id;
    public String ownerUnitId;
    /** The commune (COMMITTEE) the owner unit belongs to, for the per-commune figures. */
    public String communeId;
    /** The registry index document holding this model's card. */
    public String partition;
    public String title;
    public String field;
    public ModelKind kind;
    public Integer startYear;
    public ModelDescription description;
    public ModelStatus status;
    /** The sequence number of the last event applied: the ETag, and what makes handlers idempotent. */
    public long version = -1;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant submittedAt;
    public Instant registeredAt;
    public Integer registeredYear;
    public Instant featuredAt;
    public List<Reassessment> reassessments = new ArrayList<>();
    public List<Integer> carriedOverYears = new ArrayList<>();
    public RevisionRequest revisionRequest;
    public OverlapFlag overlapFlag;
    public OverlapReport findings;
    public Retirement retirement;
    public List<Adoption> adoptions = new ArrayList<>();
    public Adopters adopters = Adopters.NONE;

    public record Reassessment(int year, ReassessmentOutcome outcome, String evidence, String actorId, Instant at) {
    }

    public record RevisionRequest(String reason, String actorId, Instant at) {
    }

    public record OverlapFlag(OverlapSource source, String overlapsWith, String note, String actorId, Instant at) {
    }

    public record OverlapReport(double score, Instant checkedAt, List<OverlapFinding> findings) {
    }

    public record Retirement(RetirementReason reason, String note, String mergedInto, String actorId, Instant at) {
    }

    public record Adoption(String adoptionId, String unitId, String memberId, int year, String result, String actorId, Instant at) {
    }

    /**
     * Who follows or replicated the model: members (through approved pledges or recorded adoptions) and units
     * that adopted it as a unit; {@code total} counts each member and unit once over all years.
     */
    public record Adopters(int total, int members, int units, Map<String, YearCount> byYear) {
        public static final Adopters NONE = new Adopters(0, 0, 0, Map.of());

        public Adopters {
            byYear = byYear == null ? Map.of() : new TreeMap<>(byYear);
        }
    }

    public record YearCount(int members, int units) {
    }

    static ModelView drafted(ModelDrafted e, String communeId) {
        ModelView v = new ModelView();
        v.id = e.modelId();
        v.ownerUnitId = e.ownerUnitId();
        v.communeId = communeId;
        v.partition = RegistryIndex.partitionFor(e.at());
        v.createdAt = e.at();
        v.status = ModelStatus.DRAFT;
        v.content(e.content());
        return v;
    }

    void content(ModelContent c) {
        title = c.title();
        field = c.field();
        kind = c.kind();
        startYear = c.startYear();
        description = c.description();
    }

    /** Applies one event after the first; the projection has checked it is new. */
    void apply(ModelEvent event, long sequence) {
        version = sequence;
        updatedAt = event.at();
        // Java 17 has no pattern switch: every permitted event has a branch, and ModelEventHandlingTest checks it.
        if (event instanceof ModelEdited e) {
            content(e.content());
        } else if (event instanceof ModelSubmitted e) {
            status = ModelStatus.SUBMITTED;
            submittedAt = e.at();
        } else if (event instanceof ModelRevised e) {
            content(e.content());
            status = ModelStatus.SUBMITTED;
            submittedAt = e.at();
        } else if (event instanceof ModelOverlapChecked e) {
            findings = new OverlapReport(e.score(), e.at(), e.findings());
        } else if (event instanceof ModelRevisionRequested e) {
            status = ModelStatus.REVISION_REQUESTED;
            revisionRequest = new RevisionRequest(e.reason(), e.actorId(), e.at());
        } else if (event instanceof ModelOverlapFlagged e) {
            status = ModelStatus.OVERLAP_FLAGGED;
            overlapFlag = new OverlapFlag(e.overlapSource(), e.overlapsWith(), e.note(), e.actorId(), e.at());
        } else if (event instanceof ModelRegistered e) {
            status = ModelStatus.REGISTERED;
            registeredAt = e.at();
            registeredYear = e.year();
        } else if (event instanceof ModelFeatured e) {
            status = ModelStatus.FEATURED;
            featuredAt = e.at();
        } else if (event instanceof ModelReassessed e) {
            reassessments.add(new Reassessment(e.year(), e.outcome(), e.evidence(), e.actorId(), e.at()));
        } else if (event instanceof ModelCarriedOver e) {
            carriedOverYears.add(e.year());
        } else if (event instanceof ModelRetired e) {
            status = ModelStatus.RETIRED;
            retirement = new Retirement(e.reason(), e.note(), e.mergedInto(), e.actorId(), e.at());
        } else if (event instanceof ModelAdoptionRecorded e) {
            adoptions.add(new Adoption(e.adoptionId(), e.adopterUnitId(), e.adopterMemberId(), e.year(), e.result(), e.actorId(), e.at()));
        } else if (event instanceof ModelDrafted) {
            // the first event makes the view ({@link #drafted}); a model is drafted once
        } else {
            throw new UnhandledEvent(ModelView.class, event);
        }
    }

    public Reassessment lastReassessment() {
        return reassessments.isEmpty() ? null : reassessments.get(reassessments.size() - 1);
    }

    RegistryCard card() {
        Reassessment last = lastReassessment();
        return new RegistryCard(id, title, field, kind, ownerUnitId, communeId, status, startYear, registeredYear,
                retirement == null ? null : retirement.at(), adopters.total(),
                last == null ? null : new RegistryCard.LastReassessment(last.year(), last.outcome()),
                reassessments.stream().map(Reassessment::year).distinct().toList(), List.copyOf(carriedOverYears),
                RegistrySearch.searchText(this), RegistrySearch.summary(description), submittedAt, registeredAt,
                featuredAt, updatedAt, findings == null ? null : findings.score(), overlapFlag != null && status == ModelStatus.OVERLAP_FLAGGED);
    }
}

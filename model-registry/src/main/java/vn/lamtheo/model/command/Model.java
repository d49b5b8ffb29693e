package vn.lamtheo.model.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.kernel.events.model.*;
import vn.lamtheo.model.access.ModelAccess;
import vn.lamtheo.model.api.*;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static vn.lamtheo.kernel.domain.CommandRejected.Reason.*;
import static vn.lamtheo.kernel.events.model.ModelStatus.*;

/**
 * An exemplary model (mô hình hay, cách làm tiêu biểu): decides its lifecycle and holds only what the decisions
 * need. Who may act is checked here too ({@link ModelAccess}), because only the aggregate knows the owner unit
 * and status at the moment of the decision. Time comes from the injected {@link Clock}.
 */
@Aggregate
public class Model {

    private static final String MODEL = "model";

    @AggregateIdentifier
    private String modelId;
    private String ownerUnitId;
    private ModelStatus status;
    private ModelContent content;
    private Integer registeredYear;
    private final Set<Integer> reassessedYears = new HashSet<>();
    private final Set<Integer> carriedOverYears = new HashSet<>();
    private final Set<String> adoptionIds = new HashSet<>();

    protected Model() {
        // for Axon
    }

    @CommandHandler
    public Model(DraftModel cmd, ModelAccess access, ModelFields fields, Clock clock) {
        access.requireProposer(cmd.actor(), cmd.ownerUnitId());
        Instant at = clock.instant();
        ModelValidation.requireDraftable(cmd.content(), fields, ModelCalendar.yearOf(at));
        apply(new ModelDrafted(cmd.modelId(), cmd.ownerUnitId(), cmd.actor().personId(), at, cmd.content()));
    }

    @CommandHandler
    public Long handle(EditModel cmd, ModelAccess access, ModelFields fields, Clock clock, ConflictResolver unseen) {
        access.requireOwner(cmd.actor(), ownerUnitId, status, "edit");
        UnseenModelChanges.requireNoneThatMatter(unseen);
        Instant at = clock.instant();
        switch (status) {
            case DRAFT -> {
                ModelValidation.requireDraftable(cmd.content(), fields, ModelCalendar.yearOf(at));
                apply(new ModelEdited(modelId, ownerUnitId, cmd.actor().personId(), at, cmd.content()));
            }
            case REVISION_REQUESTED, OVERLAP_FLAGGED -> {
                ModelValidation.requireSubmittable(cmd.content(), fields, ModelCalendar.yearOf(at));
                apply(new ModelRevised(modelId, ownerUnitId, cmd.actor().personId(), at, cmd.content()));
            }
            default -> throw CommandRejected.wrongState("edit", MODEL, status);
        }
        return version();
    }

    @CommandHandler
    public Long handle(SubmitModel cmd, ModelAccess access, ModelFields fields, Clock clock, ConflictResolver unseen) {
        access.requireOwner(cmd.actor(), ownerUnitId, status, "submit");
        requireStatus("submit", DRAFT);
        UnseenModelChanges.requireNoneThatMatter(unseen);
        Instant at = clock.instant();
        ModelValidation.requireSubmittable(content, fields, ModelCalendar.yearOf(at));
        apply(new ModelSubmitted(modelId, ownerUnitId, cmd.actor().personId(), at));
        return version();
    }

    @CommandHandler
    public Long handle(RecordOverlapCheck cmd, Clock clock) {
        // A suggestion recorded whenever the engine ran; it changes no state, so any status accepts it.
        apply(new ModelOverlapChecked(modelId, ownerUnitId, cmd.actorId(), clock.instant(), cmd.score(), cmd.findings()));
        return version();
    }

    @CommandHandler
    public Long handle(RequestModelRevision cmd, ModelAccess access, Clock clock, ConflictResolver unseen) {
        access.requireCurator(cmd.actor(), ownerUnitId, status, "request a revision of");
        requireStatus("request revision of", SUBMITTED, OVERLAP_FLAGGED);
        UnseenModelChanges.requireNoneThatMatter(unseen);
        ModelValidation.requireText("reason", cmd.reason(), "Hãy nêu lý do yêu cầu chỉnh sửa / a reason is required");
        apply(new ModelRevisionRequested(modelId, ownerUnitId, cmd.actor().personId(), clock.instant(), cmd.reason().strip()));
        return version();
    }

    @CommandHandler
    public Long handle(FlagModelOverlap cmd, ModelAccess access, Clock clock, ConflictResolver unseen) {
        access.requireCurator(cmd.actor(), ownerUnitId, status, "flag an overlap of");
        requireStatus("flag overlap of", SUBMITTED, REGISTERED, FEATURED);
        UnseenModelChanges.requireNoneThatMatter(unseen);
        ModelValidation.requireText("overlapsWith", cmd.overlapsWith(), "Hãy chỉ ra mô hình trùng lặp / name the overlapping entry or model");
        if (cmd.overlapSource() == null) {
            throw ModelValidation.invalid("overlapsWith", "Không tìm thấy mô hình hoặc mô hình Dân vận khéo này / unknown entry or model");
        }
        if (cmd.overlapSource() == OverlapSource.MODEL && cmd.overlapsWith().equals(modelId)) {
            throw ModelValidation.invalid("overlapsWith", "Một mô hình không thể trùng với chính nó / a model cannot overlap itself");
        }
        apply(new ModelOverlapFlagged(modelId, ownerUnitId, cmd.actor().personId(), clock.instant(),
                cmd.overlapSource(), cmd.overlapsWith(), cmd.note()));
        return version();
    }

    @CommandHandler
    public Long handle(RegisterModel cmd, ModelAccess access, Clock clock, ConflictResolver unseen) {
        access.requireCurator(cmd.actor(), ownerUnitId, status, "register");
        requireStatus("register", SUBMITTED);
        UnseenModelChanges.requireNoneThatMatter(unseen);
        Instant at = clock.instant();
        apply(new ModelRegistered(modelId, ownerUnitId, cmd.actor().personId(), at, ModelCalendar.yearOf(at)));
        return version();
    }

    @CommandHandler
    public Long handle(FeatureModel cmd, ModelAccess access, Clock clock, ConflictResolver unseen) {
        access.requireCurator(cmd.actor(), ownerUnitId, status, "feature");
        requireStatus("feature", REGISTERED);
        UnseenModelChanges.requireNoneThatMatter(unseen);
        Instant at = clock.instant();
        apply(new ModelFeatured(modelId, ownerUnitId, cmd.actor().personId(), at, ModelCalendar.yearOf(at)));
        return version();
    }

    @CommandHandler
    public Long handle(ReassessModel cmd, ModelAccess access, Clock clock, ConflictResolver unseen) {
        access.requireCurator(cmd.actor(), ownerUnitId, status, "re-assess");
        requireStatus("re-assess", REGISTERED, FEATURED);
        UnseenModelChanges.requireNoneThatMatter(unseen);
        Instant at = clock.instant();
        int currentYear = ModelCalendar.yearOf(at);
        if (cmd.outcome() == null) {
            throw ModelValidation.invalid("outcome", "Hãy chọn giữ nguyên, chọn tiêu biểu hoặc dừng / choose KEEP, FEATURE or RETIRE");
        }
        if (cmd.year() == null || cmd.year() < registeredYear || cmd.year() > currentYear) {
            throw ModelValidation.invalid("year", "Năm đánh giá phải từ " + registeredYear + " đến " + currentYear
                    + " / the year must be between " + registeredYear + " and " + currentYear);
        }
        ModelValidation.requireText("evidence", cmd.evidence(), "Hãy nêu kết quả, minh chứng của năm / evidence of results is required");
        if (reassessedYears.contains(cmd.year())) {
            throw new CommandRejected(DUPLICATE, "The model was already re-assessed for " + cmd.year());
        }
        String actorId = cmd.actor().personId();
        apply(new ModelReassessed(modelId, ownerUnitId, actorId, at, cmd.year(), cmd.outcome(), cmd.evidence().strip()));
        switch (cmd.outcome()) {
            case FEATURE -> {
                if (status != FEATURED) {
                    apply(new ModelFeatured(modelId, ownerUnitId, actorId, at, currentYear));
                }
            }
            case RETIRE -> apply(new ModelRetired(modelId, ownerUnitId, actorId, at, RetirementReason.INEFFECTIVE,
                    "Đánh giá lại năm " + cmd.year(), null));
            case KEEP -> { }
        }
        return version();
    }

    @CommandHandler
    public Long handle(ScreenModel cmd, Clock clock) {
        // Idempotent by design: the schedule and the curator may both run the screening for a year.
        boolean carriedOver = status.isPublic() && registeredYear != null && registeredYear < cmd.year()
                && !reassessedYears.contains(cmd.year()) && !carriedOverYears.contains(cmd.year());
        if (carriedOver) {
            apply(new ModelCarriedOver(modelId, ownerUnitId, cmd.actorId(), clock.instant(), cmd.year()));
        }
        return version();
    }

    @CommandHandler
    public Long handle(RetireModel cmd, ModelAccess access, Clock clock, ConflictResolver unseen) {
        access.requireCurator(cmd.actor(), ownerUnitId, status, "retire");
        if (status == RETIRED) {
            throw CommandRejected.wrongState("retire", MODEL, status);
        }
        UnseenModelChanges.requireNoneThatMatter(unseen);
        if (cmd.reason() == null) {
            throw ModelValidation.invalid("reason", "Hãy chọn lý do dừng mô hình / choose a reason: INEFFECTIVE, OUTDATED, DUPLICATE, MERGED, OWNER_REQUEST");
        }
        String mergedInto = null;
        if (cmd.reason() == RetirementReason.MERGED) {
            ModelValidation.requireText("mergedInto", cmd.mergedInto(), "Hãy chỉ ra mô hình được hợp nhất vào / name the model it merged into");
            if (cmd.mergedInto().equals(modelId)) {
                throw ModelValidation.invalid("mergedInto", "Một mô hình không thể hợp nhất vào chính nó / a model cannot merge into itself");
            }
            mergedInto = cmd.mergedInto();
        }
        apply(new ModelRetired(modelId, ownerUnitId, cmd.actor().personId(), clock.instant(), cmd.reason(),
                cmd.note(), mergedInto));
        return version();
    }

    @CommandHandler
    public Long handle(RecordAdoption cmd, ModelAccess access, Clock clock) {
        ModelValidation.requireText("unitId", cmd.adopterUnitId(), "Hãy chỉ ra đơn vị hoặc đảng viên nhân rộng / name the adopting unit or member");
        access.requireAdoptionRecorder(cmd.actor(), ownerUnitId, status, cmd.adopterUnitId());
        if (adoptionIds.contains(cmd.adoptionId())) {
            return version(); // the same request again: already recorded
        }
        requireStatus("record an adoption of", REGISTERED, FEATURED);
        Instant at = clock.instant();
        int currentYear = ModelCalendar.yearOf(at);
        if (cmd.year() == null || cmd.year() < registeredYear || cmd.year() > currentYear) {
            throw ModelValidation.invalid("year", "Năm nhân rộng phải từ " + registeredYear + " đến " + currentYear
                    + " / the year must be between " + registeredYear + " and " + currentYear);
        }
        apply(new ModelAdoptionRecorded(modelId, ownerUnitId, cmd.actor().personId(), at, cmd.adoptionId(),
                cmd.adopterUnitId(), cmd.adopterMemberId(), cmd.year(), cmd.result()));
        return version();
    }

    /** The sequence number of the model's last event: its version, the ETag clients send back as If-Match. */
    private static Long version() {
        return AggregateLifecycle.getVersion();
    }

    private void requireStatus(String action, ModelStatus... allowed) {
        for (ModelStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw CommandRejected.wrongState(action, MODEL, status);
    }

    @EventSourcingHandler
    void on(ModelDrafted e) {
        modelId = e.modelId();
        ownerUnitId = e.ownerUnitId();
        content = e.content();
        status = DRAFT;
    }

    @EventSourcingHandler
    void on(ModelEdited e) {
        content = e.content();
    }

    @EventSourcingHandler
    void on(ModelSubmitted e) {
        status = SUBMITTED;
    }

    @EventSourcingHandler
    void on(ModelRevised e) {
        content = e.content();
        status = SUBMITTED;
    }

    @EventSourcingHandler
    void on(ModelRevisionRequested e) {
        status = REVISION_REQUESTED;
    }

    @EventSourcingHandler
    void on(ModelOverlapFlagged e) {
        status = OVERLAP_FLAGGED;
    }

    @EventSourcingHandler
    void on(ModelRegistered e) {
        status = REGISTERED;
        registeredYear = e.year();
    }

    @EventSourcingHandler
    void on(ModelFeatured e) {
        status = FEATURED;
    }

    @EventSourcingHandler
    void on(ModelReassessed e) {
        reassessedYears.add(e.year());
    }

    @EventSourcingHandler
    void on(ModelCarriedOver e) {
        carriedOverYears.add(e.year());
    }

    @EventSourcingHandler
    void on(ModelRetired e) {
        status = RETIRED;
    }

    @EventSourcingHandler
    void on(ModelAdoptionRecorded e) {
        adoptionIds.add(e.adoptionId());
    }
}

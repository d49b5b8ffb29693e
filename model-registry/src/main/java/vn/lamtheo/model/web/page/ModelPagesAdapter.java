package vn.lamtheo.model.web.page;

import org.springframework.stereotype.Component;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.directory.Person;
import vn.lamtheo.kernel.directory.Unit;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.kernel.events.model.ModelContent;
import vn.lamtheo.kernel.events.model.ModelDescription;
import vn.lamtheo.kernel.events.model.ModelKind;
import vn.lamtheo.kernel.events.model.ModelStatus;
import vn.lamtheo.kernel.events.model.OverlapFinding;
import vn.lamtheo.kernel.events.model.OverlapSource;
import vn.lamtheo.kernel.events.model.ReassessmentOutcome;
import vn.lamtheo.kernel.events.model.RetirementReason;
import vn.lamtheo.platform.eventstore.ProjectionCatchUp;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.kernel.events.SystemActor;
import vn.lamtheo.platform.security.NotFoundException;
import vn.lamtheo.model.access.ModelAccess;
import vn.lamtheo.model.api.DraftModel;
import vn.lamtheo.model.api.EditModel;
import vn.lamtheo.model.api.FeatureModel;
import vn.lamtheo.model.api.FlagModelOverlap;
import vn.lamtheo.model.api.ModelFields;
import vn.lamtheo.model.command.ModelValidation;
import vn.lamtheo.model.api.ReassessModel;
import vn.lamtheo.model.api.RecordAdoption;
import vn.lamtheo.model.api.RegisterModel;
import vn.lamtheo.model.api.RequestModelRevision;
import vn.lamtheo.model.api.RetireModel;
import vn.lamtheo.model.api.SubmitModel;
import vn.lamtheo.model.application.ModelCommandService;
import vn.lamtheo.model.dvk.DvkCatalog;
import vn.lamtheo.model.dvk.DvkEntry;
import vn.lamtheo.model.overlap.OverlapText;
import vn.lamtheo.model.registry.ModelHistory;
import vn.lamtheo.model.registry.ModelReader;
import vn.lamtheo.model.registry.ModelView;
import vn.lamtheo.model.registry.ModelViews;
import vn.lamtheo.model.registry.RegistryProjection;
import vn.lamtheo.model.registry.RegistryQueries;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The model pages on the registry's command service, readers and projections (the ones the REST API uses).
 * The model screen is a projection: after a command the adapter waits (briefly, bounded) until its processor has
 * processed the new version, so the page the person lands on shows what they just did.
 */
@Component
class ModelPagesAdapter implements ModelPagesBackend {

    private final ModelCommandService commands;
    private final ModelReader reader;
    private final ModelViews views;
    private final ModelHistory history;
    private final RegistryQueries registry;
    private final ModelAccess access;
    private final ModelFields fields;
    private final DvkCatalog dvk;
    private final Directory directory;
    private final ProjectionCatchUp catchUp;

    ModelPagesAdapter(ModelCommandService commands, ModelReader reader, ModelViews views, ModelHistory history,
                      RegistryQueries registry, ModelAccess access, ModelFields fields, DvkCatalog dvk, Directory directory,
                      ProjectionCatchUp catchUp) {
        this.commands = commands;
        this.reader = reader;
        this.views = views;
        this.history = history;
        this.registry = registry;
        this.access = access;
        this.fields = fields;
        this.dvk = dvk;
        this.directory = directory;
        this.catchUp = catchUp;
    }

    @Override
    public List<CommandRejected.Violation> check(Content content, boolean submitting) {
        return ModelValidation.problems(content(content), fields, registry.currentYear(), submitting);
    }

    @Override
    public List<String> fields() {
        return fields.codes();
    }

    @Override
    public Registry registry(Actor me, Filter filter) {
        RegistryQueries.Registry found = registry.registry(me, new RegistryQueries.Filter(filter.field(),
                status(filter.status()), filter.unitId(), filter.year(), filter.q()));
        Map<String, Long> byField = new LinkedHashMap<>();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        found.cards().forEach(c -> {
            byField.merge(c.field(), 1L, Long::sum);
            byStatus.merge(c.status().name(), 1L, Long::sum);
        });
        return new Registry(found.cards().stream().map(this::card).toList(), byField, byStatus);
    }

    @Override
    public Model model(Actor me, String modelId) {
        ModelView v = reader.read(me, modelId);
        List<Adoption> adoptions = v.adoptions.stream().map(a -> new Adoption(unitName(a.unitId()),
                a.memberId() == null ? null : personName(a.memberId()), a.year(), a.result(), a.at())).toList();
        Integer lastReassessed = v.reassessments.isEmpty() ? null : v.reassessments.get(v.reassessments.size() - 1).year();
        int year = registry.currentYear();
        boolean carried = v.status.isPublic() && v.registeredYear != null && v.registeredYear < year
                && v.reassessments.stream().noneMatch(r -> r.year() == year);
        String reason = v.status == ModelStatus.REVISION_REQUESTED && v.revisionRequest != null ? v.revisionRequest.reason()
                : v.status == ModelStatus.OVERLAP_FLAGGED && v.overlapFlag != null ? v.overlapFlag.note() : null;
        boolean suspected = v.findings != null && !v.findings.findings().isEmpty();
        return new Model(v.id, v.ownerUnitId, unitName(v.ownerUnitId), v.status.name(), v.version,
                new Content(v.title, v.field, v.kind == null ? null : v.kind.name(), v.startYear, description(v.description)),
                v.adopters == null ? 0 : v.adopters.total(), adoptions, lastReassessed, carried, reason, suspected,
                access.isOwner(me, v.ownerUnitId), access.isCurator(me, v.ownerUnitId));
    }

    @Override
    public List<Card> ownModels(Actor me, String unitId) {
        List<Card> cards = new ArrayList<>();
        for (ModelStatus status : ModelStatus.values()) {
            registry.registry(me, new RegistryQueries.Filter(null, status, unitId, null, null)).cards().stream()
                    .filter(c -> access.isOwner(me, c.unitId()))
                    .map(this::card).forEach(cards::add);
        }
        return cards;
    }

    @Override
    public CurationQueue curationQueue(Actor me) {
        RegistryQueries.CuratorQueue queue = registry.curatorQueue(me, registry.currentYear());
        return new CurationQueue(queue.submitted().stream().map(this::card).toList(),
                queue.overlapFlagged().stream().map(this::card).toList(),
                queue.carriedOver().stream().map(this::card).toList());
    }

    @Override
    public Optional<OverlapReport> overlapReport(Actor me, String modelId) {
        ModelView v = reader.read(me, modelId);
        if (v.findings == null) {
            return Optional.empty();
        }
        String modelText = OverlapText.ofModel(v.id, new ModelContent(v.title, v.field, v.kind, v.startYear, v.description)).text();
        List<OverlapMatch> matches = v.findings.findings().stream()
                .map(f -> new OverlapMatch(f.source().name(), f.sourceId(), f.sourceTitle(), f.score(), modelText,
                        sourceText(f), f.passages().stream().map(p -> new Passage(p.modelStart(), p.modelEnd(),
                        p.sourceStart(), p.sourceEnd(), p.modelExcerpt(), p.sourceExcerpt())).toList()))
                .toList();
        return Optional.of(new OverlapReport(v.findings.score(), matches));
    }

    @Override
    public List<HistoryEntry> history(Actor me, String modelId) {
        return history.read(me, modelId).stream()
                .map(e -> new HistoryEntry(e.type(), e.at(), e.actorId() == null || SystemActor.is(e.actorId()) ? null : personName(e.actorId()),
                        null)).toList();
    }

    @Override
    public String draft(Actor me, String ownerUnitId, Content content, String idempotencyKey) {
        String id = UUID.randomUUID().toString();
        long version = commands.send(new DraftModel(id, ownerUnitId, content(content), me));
        awaitScreen(id, version);
        return id;
    }

    @Override
    public void edit(Actor me, String modelId, long version, Content content, String idempotencyKey) {
        awaitScreen(modelId, commands.send(new EditModel(modelId, content(content), version, me)));
    }

    @Override
    public void submit(Actor me, String modelId, long version, String idempotencyKey) {
        awaitScreen(modelId, commands.send(new SubmitModel(modelId, version, me)));
    }

    @Override
    public void register(Actor me, String modelId, long version, String idempotencyKey) {
        awaitScreen(modelId, commands.send(new RegisterModel(modelId, version, me)));
    }

    @Override
    public void feature(Actor me, String modelId, long version, String idempotencyKey) {
        awaitScreen(modelId, commands.send(new FeatureModel(modelId, version, me)));
    }

    @Override
    public void requestRevision(Actor me, String modelId, long version, String reason, String idempotencyKey) {
        awaitScreen(modelId, commands.send(new RequestModelRevision(modelId, reason, version, me)));
    }

    @Override
    public void flagOverlap(Actor me, String modelId, long version, String overlapsWith, String note, String idempotencyKey) {
        OverlapSource source = dvk.find(overlapsWith).isPresent() ? OverlapSource.DAN_VAN_KHEO
                : views.find(overlapsWith).isPresent() ? OverlapSource.MODEL : null;
        awaitScreen(modelId, commands.send(new FlagModelOverlap(modelId, source, overlapsWith, note, version, me)));
    }

    @Override
    public void reassess(Actor me, String modelId, long version, int year, String outcome, String evidence, String idempotencyKey) {
        awaitScreen(modelId, commands.send(new ReassessModel(modelId, year, ReassessmentOutcome.valueOf(outcome), evidence, version, me)));
    }

    @Override
    public void retire(Actor me, String modelId, long version, String reason, String note, String mergedInto, String idempotencyKey) {
        awaitScreen(modelId, commands.send(new RetireModel(modelId, RetirementReason.valueOf(reason), note, mergedInto, version, me)));
    }

    @Override
    public void recordAdoption(Actor me, String modelId, String unitId, int year, String result, String idempotencyKey) {
        // The page's form key doubles as the adoption id: a repeated post records one adoption.
        String adoptionId = idempotencyKey == null ? UUID.randomUUID().toString() : idempotencyKey;
        awaitScreen(modelId, commands.send(new RecordAdoption(modelId, adoptionId, unitId, null, year, result, me)));
    }

    @Override
    public Map<String, String> unitsInScope(Actor me) {
        Map<String, String> units = new LinkedHashMap<>();
        collect(me.unitId(), units, 0);
        return units;
    }

    // ---- helpers

    private void collect(String unitId, Map<String, String> units, int depth) {
        if (unitId == null || depth > 4 || units.size() > 500) {
            return;
        }
        directory.unit(unitId).ifPresent(u -> units.put(u.id(), u.name()));
        directory.children(unitId).forEach(child -> collect(child.id(), units, depth + 1));
    }

    /** Waits until the model's screen has processed {@code version} (bounded: a slow projection is shown as it is). */
    private void awaitScreen(String modelId, long version) {
        catchUp.await(RegistryProjection.GROUP, modelId, version);
    }

    private Card card(RegistryQueries.Listed c) {
        return new Card(c.id(), c.title(), c.field(), c.kind(), c.unitId(), unitName(c.unitId()), c.status().name(),
                c.startYear(), c.adopters(), c.lastReassessment() == null ? null : c.lastReassessment().year(),
                false);
    }

    private String sourceText(OverlapFinding f) {
        if (f.source() == OverlapSource.DAN_VAN_KHEO) {
            return dvk.find(f.sourceId()).map(DvkEntry::text).orElse(null);
        }
        return views.find(f.sourceId()).filter(v -> v.status.isPublic() || v.status != ModelStatus.DRAFT)
                .map(v -> OverlapText.ofModel(v.id, new ModelContent(v.title, v.field, v.kind, v.startYear, v.description)).text())
                .orElse(null);
    }

    private static ModelContent content(Content c) {
        Map<String, String> d = c.description();
        return new ModelContent(c.title(), c.field(), kind(c.kind()), c.startYear(), new ModelDescription(
                blank(d.get("reason")), blank(d.get("goals")), blank(d.get("content")), blank(d.get("scope")),
                blank(d.get("forces")), blank(d.get("resources")), blank(d.get("timeline")),
                blank(d.get("expectedResults")), blank(d.get("replication"))));
    }

    /** The form's parts by name, in the form's order; the missing ones left out. */
    static Map<String, String> description(ModelDescription d) {
        Map<String, String> parts = new LinkedHashMap<>();
        if (d == null) {
            return parts;
        }
        parts.put("reason", d.reason());
        parts.put("goals", d.goals());
        parts.put("content", d.content());
        parts.put("scope", d.scope());
        parts.put("forces", d.forces());
        parts.put("resources", d.resources());
        parts.put("timeline", d.timeline());
        parts.put("expectedResults", d.expectedResults());
        parts.put("replication", d.replication());
        parts.values().removeIf(v -> v == null);
        return parts;
    }

    private static ModelKind kind(String name) {
        return Arrays.stream(ModelKind.values()).filter(k -> k.name().equals(name)).findFirst().orElse(null);
    }

    private static ModelStatus status(String name) {
        return name == null ? null : Arrays.stream(ModelStatus.values()).filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private String personName(String personId) {
        return personId == null ? null : directory.person(personId).map(Person::fullName).orElse(personId);
    }

    private String unitName(String unitId) {
        return unitId == null ? null : directory.unit(unitId).map(Unit::name).orElse(unitId);
    }

}

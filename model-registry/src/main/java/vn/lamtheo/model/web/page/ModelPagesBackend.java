package vn.lamtheo.model.web.page;

import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.platform.security.Actor;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the model pages need from the model registry, in the pages' own terms. One adapter implements it on the
 * registry's services and projections (no HTTP to our own process). Reads check access (404 when the model is not
 * visible to the actor); commands are rejected with {@code CommandRejected}.
 */
public interface ModelPagesBackend {

    /** The configured fields (lĩnh vực), in display order. */
    List<String> fields();

    /** Every problem of the registration form at once, for a draft or a submission, without storing anything. */
    List<CommandRejected.Violation> check(Content content, boolean submitting);

    Registry registry(Actor me, Filter filter);

    Model model(Actor me, String modelId);

    /** The models owned by a unit the actor may edit for (a commune's officer: their commune), every status. */
    List<Card> ownModels(Actor me, String unitId);

    /** Submitted, overlap-flagged and carried-over models for the curator. */
    CurationQueue curationQueue(Actor me);

    Optional<OverlapReport> overlapReport(Actor me, String modelId);

    List<HistoryEntry> history(Actor me, String modelId);

    /** Creates the draft and answers its id; a retried request with the same key answers the same id. */
    String draft(Actor me, String ownerUnitId, Content content, String idempotencyKey);

    void edit(Actor me, String modelId, long version, Content content, String idempotencyKey);

    void submit(Actor me, String modelId, long version, String idempotencyKey);

    void register(Actor me, String modelId, long version, String idempotencyKey);

    void feature(Actor me, String modelId, long version, String idempotencyKey);

    void requestRevision(Actor me, String modelId, long version, String reason, String idempotencyKey);

    void flagOverlap(Actor me, String modelId, long version, String overlapsWith, String note, String idempotencyKey);

    void reassess(Actor me, String modelId, long version, int year, String outcome, String evidence, String idempotencyKey);

    void retire(Actor me, String modelId, long version, String reason, String note, String mergedInto, String idempotencyKey);

    /** A unit (or a member of it) replicated the model. */
    void recordAdoption(Actor me, String modelId, String unitId, int year, String result, String idempotencyKey);

    /** Units the actor may name as adopters or owners (their own and below), as id → name. */
    Map<String, String> unitsInScope(Actor me);

    /** @param q diacritic-insensitive text query, or null */
    record Filter(String field, String status, String unitId, Integer year, String q) {
    }

    record Registry(List<Card> cards, Map<String, Long> countsByField, Map<String, Long> countsByStatus) {
        public Registry {
            cards = List.copyOf(cards);
            countsByField = countsByField == null ? Map.of() : Map.copyOf(countsByField);
            countsByStatus = countsByStatus == null ? Map.of() : Map.copyOf(countsByStatus);
        }
    }

    record Card(String id, String title, String field, String kind, String unitId, String unitName, String status,
                Integer startYear, long adopters, Integer lastReassessedYear, boolean carriedOver) {
    }

    record CurationQueue(List<Card> submitted, List<Card> overlapFlagged, List<Card> carriedOver) {
        public CurationQueue {
            submitted = List.copyOf(submitted);
            overlapFlagged = List.copyOf(overlapFlagged);
            carriedOver = List.copyOf(carriedOver);
        }
    }

    /** The registration form: the nine parts keyed reason, goals, content, scope, forces, resources, timeline, expectedResults, replication. */
    record Content(String title, String field, String kind, Integer startYear, Map<String, String> description) {
        public Content {
            description = description == null ? Map.of() : Map.copyOf(description);
        }
    }

    /**
     * @param revisionReason the curator's last reason for returning it, or null
     * @param ownedByMe      the actor may edit, submit and record adoptions
     * @param curatedByMe    the actor may register, feature, return, flag, re-assess and retire
     */
    record Model(String id, String ownerUnitId, String ownerUnitName, String status, long version, Content content,
                 long adopters, List<Adoption> adoptions, Integer lastReassessedYear, boolean carriedOver,
                 String revisionReason, boolean overlapSuspected, boolean ownedByMe, boolean curatedByMe) {
        public Model {
            adoptions = List.copyOf(adoptions);
        }
    }

    record Adoption(String unitName, String memberName, int year, String result, Instant at) {
    }

    record HistoryEntry(String type, Instant at, String actorName, String summary) {
    }

    record OverlapReport(double score, List<OverlapMatch> matches) {
        public OverlapReport {
            matches = List.copyOf(matches);
        }
    }

    /**
     * @param source     {@code DAN_VAN_KHEO} or {@code MODEL}
     * @param modelText  the model's text the offsets index
     * @param sourceText the source's text the offsets index (model texts are public, unlike pledges)
     */
    record OverlapMatch(String source, String sourceId, String sourceTitle, double score, String modelText,
                        String sourceText, List<Passage> passages) {
        public OverlapMatch {
            passages = List.copyOf(passages);
        }
    }

    /** Characters [modelStart, modelEnd) of the model's text match [sourceStart, sourceEnd) of the source's; excerpts when the texts are not at hand. */
    record Passage(int modelStart, int modelEnd, int sourceStart, int sourceEnd, String modelExcerpt, String sourceExcerpt) {
    }
}

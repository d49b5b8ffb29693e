package vn.lamtheo.pledge.web.page;

import vn.lamtheo.platform.security.Actor;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the pledge pages need from the pledge context, in the pages' own terms. One adapter implements it on
 * the context's services and projections; the pages never call the REST API of their own process.
 * Every method checks access where it reads and writes (a {@code NotFoundException} when the actor may not see
 * the pledge) and rejects commands with {@code CommandRejected}.
 */
public interface PledgePagesBackend {

    /** The form of one template kind for a year: its sections in order with their (Vietnamese) headings. */
    List<Section> template(String templateKind, int year);

    List<Summary> myPledges(Actor me);

    Pledge pledge(Actor me, String pledgeId);

    /** Creates the draft and answers its id; a retried request with the same key answers the same id. */
    String draft(Actor me, int year, String templateKind, Content content, String idempotencyKey);

    void edit(Actor me, String pledgeId, long version, Content content, String idempotencyKey);

    void submit(Actor me, String pledgeId, long version, String idempotencyKey);

    /** The member takes back a submission no reviewer has acted on yet. */
    void withdraw(Actor me, String pledgeId, long version, String idempotencyKey);

    void approve(Actor me, String pledgeId, long version, String note, String idempotencyKey);

    void requestRevision(Actor me, String pledgeId, long version, String reason, Map<String, String> sectionComments,
                         String idempotencyKey);

    void flagCopied(Actor me, String pledgeId, long version, List<String> sourcePledgeIds, String note, String idempotencyKey);

    void dismissCopySuspicion(Actor me, String pledgeId, long version, String note, String idempotencyKey);

    List<HistoryEntry> history(Actor me, String pledgeId);

    /** The review queue of a branch the actor reviews. */
    Queue reviewQueue(Actor me, String branchId, int year);

    /**
     * The pledge counters of a commune for a year (drafted, submitted, approved, revisionRequested, copySuspected, …:
     * how many pledges reached each state), for a committee officer of that commune.
     */
    Map<String, Integer> communeFigures(Actor me, String communeId, int year);

    /** The copy report, when the copy check has run; source texts only where the actor may read them. */
    Optional<CopyReport> copyReport(Actor me, String pledgeId);

    record Section(String key, String heading, boolean required) {
    }

    record Header(String fullName, Integer birthYear, String position, String assignedDuties) {
    }

    /** @param followsModelIds registry models the member follows (named in "nội dung đăng ký làm theo") */
    record Content(Header header, Map<String, String> sections, List<String> followsModelIds) {
        public Content {
            sections = sections == null ? Map.of() : Map.copyOf(sections);
            followsModelIds = followsModelIds == null ? List.of() : List.copyOf(followsModelIds);
        }
    }

    record Summary(String id, int year, String templateKind, String status, Instant lastChange) {
    }

    /**
     * @param sectionComments the reviewer's last comments per section key (empty when none)
     * @param reviewReason    the reviewer's last reason for returning the pledge, or null
     * @param copySuspected   the copy check suspects a copy (the page shows a notice, never the other text)
     */
    record Pledge(String id, String memberId, String memberName, String branchId, int year, String templateKind,
                  String status, long version, Content content, List<Finding> findings,
                  Map<String, String> sectionComments, String reviewReason, boolean copySuspected, Double copyScore,
                  boolean editableByMe, boolean reviewableByMe) {
        public Pledge {
            findings = List.copyOf(findings);
            sectionComments = sectionComments == null ? Map.of() : Map.copyOf(sectionComments);
        }
    }

    /** @param sectionKey the section the finding concerns ({@code header.assignedDuties} for the header), or null */
    record Finding(String rule, String sectionKey, String message) {
    }

    record HistoryEntry(String type, Instant at, String actorName, String summary) {
    }

    record Queue(String branchId, String branchName, int year, List<QueueRow> rows) {
        public Queue {
            rows = List.copyOf(rows);
        }
    }

    /** @param pledgeId null with status {@code NOT_DRAFTED} when the member has not started */
    record QueueRow(String memberId, String memberName, String pledgeId, String status, Instant submittedAt,
                    int findings, Double copyScore, boolean copySuspected, String lastAction) {
        public boolean waiting() {
            return "SUBMITTED".equals(status);
        }
    }

    record CopyReport(double score, boolean suspected, List<CopySource> sources) {
        public CopyReport {
            sources = List.copyOf(sources);
        }
    }

    /**
     * @param readable       the actor may read the source's text (else only its score and unit are shown)
     * @param sourceSections the source's sections by key, when readable
     * @param direction      from this pledge's point of view: COPIED_FROM (this one came later and may have copied the
     *                       other), COPIED_BY (the other came later: not a source this pledge could be flagged as
     *                       copied from) or UNDETERMINED (same year, nothing tells which came first)
     */
    record CopySource(String pledgeId, String memberName, String unitName, int year, double score, boolean suspected,
                      boolean readable, Map<String, String> sourceSections, List<Passage> passages, String direction) {
        public CopySource {
            sourceSections = sourceSections == null ? Map.of() : Map.copyOf(sourceSections);
            passages = List.copyOf(passages);
        }

        /** A pledge this one may have copied from. */
        public CopySource(String pledgeId, String memberName, String unitName, int year, double score, boolean suspected,
                          boolean readable, Map<String, String> sourceSections, List<Passage> passages) {
            this(pledgeId, memberName, unitName, year, score, suspected, readable, sourceSections, passages, "COPIED_FROM");
        }

        /** The other pledge came later and copied this one. */
        public boolean copiedThisOne() {
            return "COPIED_BY".equals(direction);
        }
    }

    /** Characters [start, end) of this pledge's section match [otherStart, otherEnd) of the source's section. */
    record Passage(String sectionKey, int start, int end, String otherSectionKey, int otherStart, int otherEnd) {
    }
}

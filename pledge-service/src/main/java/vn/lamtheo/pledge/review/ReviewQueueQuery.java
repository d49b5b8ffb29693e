package vn.lamtheo.pledge.review;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.stereotype.Service;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.directory.Person;
import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.platform.security.AccessPolicy;
import vn.lamtheo.platform.security.Actor;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.*;

/** Reads a branch's review queue: one document by {@code _id}, completed with the branch's members from the directory. */
@Service
public class ReviewQueueQuery {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** What waits for the reviewer first, then what waits for the member, then what is settled. */
    private static final List<String> ORDER = List.of("SUSPECTED_COPY", "SUBMITTED", "SELF_ASSESSED", "REVISION_REQUESTED",
            "FLAGGED_AS_COPIED", "DRAFT", "NOT_DRAFTED", "APPROVED", "EVALUATED", "RETIRED");

    private final MongoCollection<Document> queues;
    private final Directory directory;
    private final AccessPolicy policy;
    private final Clock clock;

    public ReviewQueueQuery(MongoDatabase database, Directory directory, AccessPolicy policy, Clock clock) {
        this.queues = database.getCollection(ReviewQueueProjection.COLLECTION);
        this.directory = directory;
        this.policy = policy;
        this.clock = clock;
    }

    /** @param branchId defaults to the actor's unit; @param year defaults to this year; @param status filters displayStatus or status */
    public ReviewQueue load(Actor actor, String branchId, Integer year, String status) {
        String branch = branchId == null || branchId.isBlank() ? actor.unitId() : branchId;
        int y = year == null ? clock.instant().atZone(VIETNAM).getYear() : year;
        policy.requireReach(actor, branch, "review queue " + branch, Role.BRANCH_SECRETARY, Role.COMMITTEE_OFFICER,
                Role.DISTRICT_CURATOR, Role.SUPERVISOR, Role.ADMIN);

        Document doc = queues.find(Filters.eq("_id", ReviewQueueProjection.id(branch, y))).first();
        Document pledges = doc == null ? new Document() : doc.get("pledges", Document.class);
        List<ReviewQueue.Row> rows = new ArrayList<>();
        Set<String> withPledge = new HashSet<>();
        for (String pledgeId : pledges.keySet()) {
            Document e = pledges.get(pledgeId, Document.class);
            withPledge.add(e.getString("memberId"));
            rows.add(row(e));
        }
        for (Person member : directory.membersOf(branch)) {
            if (!withPledge.contains(member.id())) {
                rows.add(new ReviewQueue.Row(null, member.id(), member.fullName(), null, null, "NOT_DRAFTED", "MEMBER",
                        null, null, List.of(), null, List.of(), null, List.of(), null, null));
            }
        }
        Map<String, Integer> counts = new TreeMap<>();
        rows.forEach(r -> counts.merge(r.displayStatus(), 1, Integer::sum));
        List<ReviewQueue.Row> shown = rows.stream()
                .filter(r -> status == null || status.isBlank() || status.equalsIgnoreCase(r.displayStatus())
                        || status.equalsIgnoreCase(r.status()))
                .sorted(Comparator.comparingInt((ReviewQueue.Row r) -> rank(r.displayStatus()))
                        .thenComparing(r -> r.submittedAt() == null ? Instant.MAX : r.submittedAt())
                        .thenComparing(r -> Objects.requireNonNullElse(r.memberName(), "")))
                .toList();
        return new ReviewQueue(branch, y, counts, shown);
    }

    private static int rank(String displayStatus) {
        int i = ORDER.indexOf(displayStatus);
        return i < 0 ? ORDER.size() : i;
    }

    @SuppressWarnings("unchecked")
    private static ReviewQueue.Row row(Document e) {
        String status = e.getString("status");
        Document copyCheck = e.get("copyCheck", Document.class);
        boolean suspected = copyCheck != null && Boolean.TRUE.equals(copyCheck.getBoolean("suspected"))
                && !Boolean.TRUE.equals(copyCheck.getBoolean("dismissed"));
        String display = "SUBMITTED".equals(status) && suspected ? "SUSPECTED_COPY" : status;
        String waitingFor = switch (status == null ? "" : status) {
            case "SUBMITTED", "SELF_ASSESSED" -> "REVIEWER";
            case "DRAFT", "REVISION_REQUESTED", "FLAGGED_AS_COPIED", "APPROVED" -> "MEMBER";
            default -> "NOBODY";
        };
        Date submitted = e.getDate("submittedAt");
        List<Document> sources = sources(e.get(ReviewQueueProjection.SOURCES, Document.class));
        Map<String, Object> check = plain(copyCheck);
        if (check != null) {
            check.put("sources", plainList(sources));
        }
        List<Document> copiedBy = sources.stream().filter(s -> "COPIED_BY".equals(s.getString("direction"))).toList();
        return new ReviewQueue.Row(e.getString("pledgeId"), e.getString("memberId"), e.getString("memberName"),
                e.getString("templateKind"), status, display, waitingFor, submitted == null ? null : submitted.toInstant(),
                e.getInteger("revision"), plainList(e.getList("findings", Document.class)), check,
                plainList(copiedBy), e.getString("revisionReason"),
                (List<String>) e.get("flaggedSources"), e.getString("evaluation"), plain(e.get("lastAction", Document.class)));
    }

    /**
     * The sources by other pledge id, ordered as the copy report orders them: those the pledge may have copied first
     * (COPIED_FROM, UNDETERMINED), then best score, older year, id.
     */
    private static List<Document> sources(Document byId) {
        if (byId == null) {
            return List.of();
        }
        return byId.values().stream().map(Document.class::cast)
                .sorted(Comparator.comparingInt((Document s) -> "COPIED_BY".equals(s.getString("direction")) ? 1 : 0)
                        .thenComparing(Comparator.comparingDouble((Document s) -> s.getDouble("score")).reversed())
                        .thenComparingInt(s -> s.getInteger("year", 0))
                        .thenComparing(s -> s.getString("pledgeId")))
                .toList();
    }

    private static List<Map<String, Object>> plainList(List<Document> docs) {
        return docs == null ? List.of() : docs.stream().map(ReviewQueueQuery::plain).toList();
    }

    /** Documents to plain maps with Instants, as the JSON of the API shows them. */
    private static Map<String, Object> plain(Document d) {
        if (d == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        d.forEach((k, v) -> out.put(k, plainValue(v)));
        return out;
    }

    private static Object plainValue(Object v) {
        if (v instanceof Document d) return plain(d);
        if (v instanceof Date date) return date.toInstant();
        if (v instanceof List<?> list) return list.stream().map(ReviewQueueQuery::plainValue).toList();
        return v;
    }
}

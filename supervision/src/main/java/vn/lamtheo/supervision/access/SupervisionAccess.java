package vn.lamtheo.supervision.access;

import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.platform.security.AccessPolicy;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.NotFoundException;

/**
 * Who may see and act on visits, recommendations and thematic meetings, used both where they are written (the
 * aggregates) and where they are read (the readers). The supervision team plans and runs visits in its scope; the
 * curator reads everything in the district; a commune's committee officer reads and answers the recommendations
 * addressed to units in the commune and records where its models were posted; a branch secretary records and reads
 * the meetings of the branch.
 * Something the actor cannot see answers 404; something visible the actor may not act on, 403.
 */
public final class SupervisionAccess {

    /** Who reads visits: the team and the curator. */
    private static final Role[] VISIT_READERS = {Role.SUPERVISOR, Role.DISTRICT_CURATOR};
    /** Who reads recommendations: the team, the curator and the owner unit's committee officer. */
    private static final Role[] RECOMMENDATION_READERS = {Role.SUPERVISOR, Role.DISTRICT_CURATOR, Role.COMMITTEE_OFFICER};
    /** Who reads a branch's meetings: its secretary and everyone above who supervises or curates it. */
    private static final Role[] MEETING_READERS = {Role.BRANCH_SECRETARY, Role.COMMITTEE_OFFICER, Role.SUPERVISOR, Role.DISTRICT_CURATOR};

    private final AccessPolicy policy;

    public SupervisionAccess(AccessPolicy policy) {
        this.policy = policy;
    }

    public boolean mayReadVisit(Actor actor, String unitId) {
        return unitId != null && policy.reaches(actor, unitId, VISIT_READERS);
    }

    public void requireVisitReader(Actor actor, String unitId) {
        requireUnit(unitId, "cuộc giám sát / visit");
        policy.requireReach(actor, unitId, "cuộc giám sát / visit", VISIT_READERS);
    }

    /** Plans, answers, records findings: a supervisor whose scope holds the visited unit. */
    public void requireVisitRunner(Actor actor, String unitId, String action) {
        requireVisitReader(actor, unitId);
        if (!policy.reaches(actor, unitId, Role.SUPERVISOR)) {
            throw notAllowed(action, "visit");
        }
    }

    public boolean mayReadRecommendation(Actor actor, String ownerUnitId, String visitedUnitId) {
        requireUnit(ownerUnitId, "kiến nghị / recommendation");
        return policy.reaches(actor, ownerUnitId, RECOMMENDATION_READERS)
                || policy.reaches(actor, visitedUnitId, VISIT_READERS);
    }

    public void requireRecommendationReader(Actor actor, String unitId) {
        policy.requireReach(actor, unitId, "kiến nghị / recommendation", RECOMMENDATION_READERS);
    }

    /** Marks a recommendation done: the owner unit's committee officer. */
    public void requireRecommendationAnswerer(Actor actor, String ownerUnitId, String visitedUnitId) {
        if (!mayReadRecommendation(actor, ownerUnitId, visitedUnitId)) {
            throw new NotFoundException("kiến nghị / recommendation");
        }
        if (!policy.reaches(actor, ownerUnitId, Role.COMMITTEE_OFFICER)) {
            throw notAllowed("mark done", "recommendation");
        }
    }

    /** Verifies a done recommendation on a later visit: a supervisor whose scope holds the visited unit. */
    public void requireRecommendationVerifier(Actor actor, String ownerUnitId, String visitedUnitId) {
        if (!mayReadRecommendation(actor, ownerUnitId, visitedUnitId)) {
            throw new NotFoundException("kiến nghị / recommendation");
        }
        if (!policy.reaches(actor, visitedUnitId, Role.SUPERVISOR)) {
            throw notAllowed("verify", "recommendation");
        }
    }

    public void requireMeetingReader(Actor actor, String branchId) {
        policy.requireReach(actor, branchId, "chi bộ / branch", MEETING_READERS);
    }

    /** Records a meeting: the branch's secretary. */
    public void requireMeetingRecorder(Actor actor, String branchId) {
        requireMeetingReader(actor, branchId);
        if (!policy.reaches(actor, branchId, Role.BRANCH_SECRETARY)) {
            throw notAllowed("record a meeting of", "branch");
        }
    }

    /** Reads a model's postings: those who read recommendations, within reach of the model's owner unit. */
    public void requirePropagandaReader(Actor actor, String ownerUnitId) {
        requireUnit(ownerUnitId, "mô hình / model");
        policy.requireReach(actor, ownerUnitId, "mô hình / model", RECOMMENDATION_READERS);
    }

    /** Records a model's posting: a committee officer whose scope holds the model's owner unit. */
    public void requirePropagandaRecorder(Actor actor, String ownerUnitId) {
        requirePropagandaReader(actor, ownerUnitId);
        if (!policy.reaches(actor, ownerUnitId, Role.COMMITTEE_OFFICER)) {
            throw notAllowed("record a posting of", "model");
        }
    }

    /** An id that names something else (another kind of aggregate) has no unit: it is not found. */
    private static void requireUnit(String unitId, String what) {
        if (unitId == null) {
            throw new NotFoundException(what);
        }
    }

    private static CommandRejected notAllowed(String action, String what) {
        return new CommandRejected(CommandRejected.Reason.NOT_ALLOWED, "Not allowed to " + action + " this " + what);
    }
}

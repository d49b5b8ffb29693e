package vn.lamtheo.supervision.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.supervision.checklist.ChecklistView;

import java.time.LocalDate;

/** What the supervision team does with a visit; the actor is the one who sent the request. */
public sealed interface VisitCommand {

    /** @param checklist the version the visit uses, as the team saw it (its status decides whether it may be used) */
    record PlanVisit(String visitId, String unitId, LocalDate date, ChecklistView checklist, Actor actor) implements VisitCommand {
    }

    record RecordAnswer(@TargetAggregateIdentifier String visitId, String itemKey, String value, String note,
                        Actor actor) implements VisitCommand {
    }

    record RecordFinding(@TargetAggregateIdentifier String visitId, String findingId, String itemKey, String text,
                         String recommendation, String ownerUnitId, LocalDate dueDate, Actor actor) implements VisitCommand {
    }

    record CloseVisit(@TargetAggregateIdentifier String visitId, Actor actor) implements VisitCommand {
    }
}

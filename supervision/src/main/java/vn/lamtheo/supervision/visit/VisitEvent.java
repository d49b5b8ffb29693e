package vn.lamtheo.supervision.visit;

import vn.lamtheo.supervision.checklist.ChecklistItem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The events of a supervision visit, identity first (visit, visited unit), then the actor and the time. Internal to
 * supervision (only its own projections and policies read them); stored by class name, so these records do not move.
 */
public sealed interface VisitEvent {

    String visitId();

    String unitId();

    /** @param items the checklist version's items, kept with the visit: a later version does not change it */
    record VisitPlanned(String visitId, String unitId, String leadId, Instant at, LocalDate date, String checklistId,
                        int checklistVersion, List<ChecklistItem> items) implements VisitEvent {
    }

    /** @param value PASS / FAIL / NOT_APPLICABLE, a number or a text, as the item's kind asks */
    record AnswerRecorded(String visitId, String unitId, String actorId, Instant at, String itemKey, String value,
                          String note) implements VisitEvent {
    }

    record FindingRecorded(String visitId, String unitId, String actorId, Instant at, String findingId, String itemKey,
                           String text, String recommendation, String ownerUnitId, LocalDate dueDate) implements VisitEvent {
    }

    record VisitClosed(String visitId, String unitId, String actorId, Instant at) implements VisitEvent {
    }
}

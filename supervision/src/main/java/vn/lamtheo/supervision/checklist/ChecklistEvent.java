package vn.lamtheo.supervision.checklist;

import java.time.Instant;
import java.util.List;

/**
 * The events of a checklist template version. Internal to supervision (no other context reads them); stored by
 * class name, so these records do not move.
 */
public sealed interface ChecklistEvent {

    String checklistId();

    record ChecklistDrafted(String checklistId, String templateKey, int version, String title,
                            List<ChecklistSection> sections, String actorId, Instant at) implements ChecklistEvent {
    }

    record ChecklistEdited(String checklistId, String title, List<ChecklistSection> sections, String actorId,
                           Instant at) implements ChecklistEvent {
    }

    record ChecklistPublished(String checklistId, String actorId, Instant at) implements ChecklistEvent {
    }

    record ChecklistArchived(String checklistId, String actorId, Instant at) implements ChecklistEvent {
    }
}

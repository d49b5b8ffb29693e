package vn.lamtheo.supervision.checklist;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** The commands of a checklist template version; a change to a published version is a new version (a new draft). */
public sealed interface ChecklistCommand {

    record DraftChecklist(String checklistId, String templateKey, int version, String title,
                          List<ChecklistSection> sections, String actorId) implements ChecklistCommand {
    }

    record EditChecklist(@TargetAggregateIdentifier String checklistId, String title, List<ChecklistSection> sections,
                         String actorId) implements ChecklistCommand {
    }

    record PublishChecklist(@TargetAggregateIdentifier String checklistId, String actorId) implements ChecklistCommand {
    }

    record ArchiveChecklist(@TargetAggregateIdentifier String checklistId, String actorId) implements ChecklistCommand {
    }
}

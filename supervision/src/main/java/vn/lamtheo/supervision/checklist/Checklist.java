package vn.lamtheo.supervision.checklist;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.kernel.domain.CommandRejected.Violation;
import vn.lamtheo.supervision.checklist.ChecklistCommand.*;
import vn.lamtheo.supervision.checklist.ChecklistEvent.*;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One version of a checklist template (DRAFT → PUBLISHED → ARCHIVED). Only a draft changes; a visit keeps the
 * version it used, so a published version never changes under it: a change is a new version.
 */
@Aggregate
public class Checklist {

    private static final String CHECKLIST = "checklist";

    @AggregateIdentifier
    private String checklistId;
    private ChecklistStatus status;

    protected Checklist() {
        // for Axon
    }

    @CommandHandler
    public Checklist(DraftChecklist cmd, Clock clock) {
        requireValid(cmd.title(), cmd.sections());
        if (cmd.version() < 1) {
            throw invalid(List.of(new Violation("version", "Phiên bản bắt đầu từ 1 / versions start at 1")));
        }
        apply(new ChecklistDrafted(cmd.checklistId(), cmd.templateKey(), cmd.version(), cmd.title().strip(),
                cmd.sections(), cmd.actorId(), clock.instant()));
    }

    @CommandHandler
    public void handle(EditChecklist cmd, Clock clock) {
        requireStatus("edit", ChecklistStatus.DRAFT);
        requireValid(cmd.title(), cmd.sections());
        apply(new ChecklistEdited(checklistId, cmd.title().strip(), cmd.sections(), cmd.actorId(), clock.instant()));
    }

    @CommandHandler
    public void handle(PublishChecklist cmd, Clock clock) {
        requireStatus("publish", ChecklistStatus.DRAFT);
        apply(new ChecklistPublished(checklistId, cmd.actorId(), clock.instant()));
    }

    @CommandHandler
    public void handle(ArchiveChecklist cmd, Clock clock) {
        requireStatus("archive", ChecklistStatus.PUBLISHED);
        apply(new ChecklistArchived(checklistId, cmd.actorId(), clock.instant()));
    }

    private void requireStatus(String action, ChecklistStatus allowed) {
        if (status != allowed) {
            throw CommandRejected.wrongState(action, CHECKLIST, status);
        }
    }

    /** A title, at least one section, and every item with a key used once, a text and a kind. */
    static void requireValid(String title, List<ChecklistSection> sections) {
        List<Violation> violations = new ArrayList<>();
        if (title == null || title.isBlank()) {
            violations.add(new Violation("title", "Hãy đặt tên cho mẫu / a title is required"));
        }
        if (sections == null || sections.isEmpty()) {
            violations.add(new Violation("sections", "Mẫu cần ít nhất một phần / at least one section is required"));
        } else {
            Set<String> keys = new HashSet<>();
            for (int s = 0; s < sections.size(); s++) {
                ChecklistSection section = sections.get(s);
                String at = "sections[" + s + "]";
                if (section == null || section.items() == null || section.items().isEmpty()) {
                    violations.add(new Violation(at + ".items", "Mỗi phần cần ít nhất một nội dung / every section needs an item"));
                    continue;
                }
                for (int i = 0; i < section.items().size(); i++) {
                    ChecklistItem item = section.items().get(i);
                    String field = at + ".items[" + i + "]";
                    if (item == null || item.key() == null || item.key().isBlank() || !keys.add(item.key())) {
                        violations.add(new Violation(field + ".key", "Mã nội dung thiếu hoặc trùng / the key is missing or used twice"));
                    } else if (item.text() == null || item.text().isBlank() || item.kind() == null) {
                        violations.add(new Violation(field, "Nội dung cần lời và kiểu trả lời / an item needs a text and a kind"));
                    }
                }
            }
        }
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
    }

    private static CommandRejected invalid(List<Violation> violations) {
        return new CommandRejected(CommandRejected.Reason.INVALID, "Mẫu phiếu giám sát không hợp lệ / invalid checklist", violations);
    }

    @EventSourcingHandler
    void on(ChecklistDrafted e) {
        checklistId = e.checklistId();
        status = ChecklistStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(ChecklistPublished e) {
        status = ChecklistStatus.PUBLISHED;
    }

    @EventSourcingHandler
    void on(ChecklistArchived e) {
        status = ChecklistStatus.ARCHIVED;
    }
}

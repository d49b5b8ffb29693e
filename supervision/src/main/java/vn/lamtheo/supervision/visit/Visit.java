package vn.lamtheo.supervision.visit;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.kernel.domain.CommandRejected.Violation;
import vn.lamtheo.supervision.access.SupervisionAccess;
import vn.lamtheo.supervision.checklist.ChecklistItem;
import vn.lamtheo.supervision.checklist.ChecklistStatus;
import vn.lamtheo.supervision.visit.VisitCommand.*;
import vn.lamtheo.supervision.visit.VisitEvent.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A supervision visit to one unit: planned by a supervisor (its lead), answered item by item on a phone, findings
 * recorded, closed by the lead. An answer equal to the stored one records nothing, so a phone that resends an
 * answer (a retry, a second tap) leaves one answer. Access is checked here, where the visited unit is known.
 */
@Aggregate
public class Visit {

    private static final String VISIT = "visit";

    @AggregateIdentifier
    private String visitId;
    private String unitId;
    private String leadId;
    private LocalDate date;
    private boolean closed;
    private final Map<String, ChecklistItem> items = new LinkedHashMap<>();
    private final Map<String, Given> answers = new HashMap<>();
    private final Set<String> findingIds = new HashSet<>();

    /** An answer as stored: a repeat of it is not a change. */
    private record Given(String value, String note) {
    }

    protected Visit() {
        // for Axon
    }

    @CommandHandler
    public Visit(PlanVisit cmd, SupervisionAccess access, Clock clock) {
        access.requireVisitRunner(cmd.actor(), cmd.unitId(), "plan");
        if (cmd.date() == null) {
            throw Answers.invalid("date", "Hãy chọn ngày giám sát / a date is required");
        }
        if (cmd.checklist() == null || cmd.checklist().status() != ChecklistStatus.PUBLISHED) {
            throw Answers.invalid("checklistId", "Hãy chọn một mẫu phiếu đã ban hành / choose a published checklist");
        }
        apply(new VisitPlanned(cmd.visitId(), cmd.unitId(), cmd.actor().personId(), clock.instant(), cmd.date(),
                cmd.checklist().id(), cmd.checklist().version(), cmd.checklist().items()));
    }

    @CommandHandler
    public void handle(RecordAnswer cmd, SupervisionAccess access, Clock clock) {
        access.requireVisitRunner(cmd.actor(), unitId, "answer");
        requireOpen("answer");
        ChecklistItem item = items.get(cmd.itemKey());
        if (item == null) {
            throw Answers.invalid("itemKey", "Mẫu phiếu của cuộc giám sát không có nội dung này / no such item in the visit's checklist");
        }
        String value = Answers.require(item, cmd.value(), cmd.note());
        String note = cmd.note() == null || cmd.note().isBlank() ? null : cmd.note().strip();
        if (new Given(value, note).equals(answers.get(item.key()))) {
            return; // the same answer again (a retry): already recorded
        }
        apply(new AnswerRecorded(visitId, unitId, cmd.actor().personId(), clock.instant(), item.key(), value, note));
    }

    @CommandHandler
    public void handle(RecordFinding cmd, SupervisionAccess access, Directory directory, Clock clock) {
        access.requireVisitRunner(cmd.actor(), unitId, "record a finding of");
        if (findingIds.contains(cmd.findingId())) {
            return; // the same request again: already recorded
        }
        requireOpen("record a finding of");
        List<Violation> violations = new ArrayList<>();
        if (cmd.itemKey() == null || !items.containsKey(cmd.itemKey())) {
            violations.add(new Violation("itemKey", "Mẫu phiếu của cuộc giám sát không có nội dung này / no such item in the visit's checklist"));
        }
        if (cmd.text() == null || cmd.text().isBlank()) {
            violations.add(new Violation("text", "Hãy ghi nhận xét / the finding needs a text"));
        }
        if (cmd.recommendation() == null || cmd.recommendation().isBlank()) {
            violations.add(new Violation("recommendation", "Hãy ghi kiến nghị / the recommendation needs a text"));
        }
        if (cmd.ownerUnitId() == null || directory.unit(cmd.ownerUnitId()).isEmpty()
                || !directory.isWithin(cmd.ownerUnitId(), unitId)) {
            violations.add(new Violation("ownerUnitId", "Hãy chọn đơn vị thực hiện kiến nghị trong đơn vị được giám sát"
                    + " / choose the answering unit within the visited unit"));
        }
        if (cmd.dueDate() == null || cmd.dueDate().isBefore(date)) {
            violations.add(new Violation("dueDate", "Hạn thực hiện phải từ ngày giám sát " + date + " trở đi / the due date cannot be before the visit"));
        }
        if (!violations.isEmpty()) {
            throw new CommandRejected(CommandRejected.Reason.INVALID, "Kiến nghị chưa hợp lệ / invalid finding", violations);
        }
        apply(new FindingRecorded(visitId, unitId, cmd.actor().personId(), clock.instant(), cmd.findingId(), cmd.itemKey(),
                cmd.text().strip(), cmd.recommendation().strip(), cmd.ownerUnitId(), cmd.dueDate()));
    }

    @CommandHandler
    public void handle(CloseVisit cmd, SupervisionAccess access, Clock clock) {
        access.requireVisitRunner(cmd.actor(), unitId, "close");
        if (!cmd.actor().personId().equals(leadId)) {
            throw new CommandRejected(CommandRejected.Reason.NOT_ALLOWED, "Only the team lead may close this visit");
        }
        requireOpen("close");
        List<Violation> unanswered = items.values().stream()
                .filter(i -> i.critical() && !answers.containsKey(i.key()))
                .map(i -> new Violation("answers." + i.key(), "Nội dung trọng yếu chưa được trả lời: " + i.text()))
                .toList();
        if (!unanswered.isEmpty()) {
            throw new CommandRejected(CommandRejected.Reason.INVALID,
                    "Còn nội dung trọng yếu chưa trả lời / critical items are unanswered", unanswered);
        }
        apply(new VisitClosed(visitId, unitId, cmd.actor().personId(), clock.instant()));
    }

    private void requireOpen(String action) {
        if (closed) {
            throw new CommandRejected(CommandRejected.Reason.WRONG_STATE, "Cannot " + action + " " + VISIT + " in status CLOSED");
        }
    }

    @EventSourcingHandler
    void on(VisitPlanned e) {
        visitId = e.visitId();
        unitId = e.unitId();
        leadId = e.leadId();
        date = e.date();
        e.items().forEach(i -> items.put(i.key(), i));
    }

    @EventSourcingHandler
    void on(AnswerRecorded e) {
        answers.put(e.itemKey(), new Given(e.value(), e.note()));
    }

    @EventSourcingHandler
    void on(FindingRecorded e) {
        findingIds.add(e.findingId());
    }

    @EventSourcingHandler
    void on(VisitClosed e) {
        closed = true;
    }
}

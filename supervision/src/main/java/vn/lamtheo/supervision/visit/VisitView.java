package vn.lamtheo.supervision.visit;

import vn.lamtheo.supervision.visit.VisitEvent.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A visit as its screen and the campaign report read it. {@code sequence} is the last event applied: a redelivered
 * or replayed event at or below it changes nothing. Answers are kept as a list: item keys contain dots, which
 * MongoDB field names should not.
 */
public record VisitView(String id, String unitId, String leadId, LocalDate date, int year, String checklistId,
                        int checklistVersion, VisitStatus status, List<Answer> answers, List<Finding> findings,
                        Instant plannedAt, Instant closedAt, long sequence) {

    public record Answer(String itemKey, String value, String note, String actorId, Instant at) {
    }

    /** The answers by item key, in the order they were first given. */
    public Map<String, Answer> answersByItem() {
        Map<String, Answer> byItem = new LinkedHashMap<>();
        answers.forEach(a -> byItem.put(a.itemKey(), a));
        return byItem;
    }

    public record Finding(String id, String itemKey, String text, String recommendation, String ownerUnitId,
                          LocalDate dueDate, Instant at) {
    }

    static VisitView planned(VisitPlanned e, long sequence) {
        return new VisitView(e.visitId(), e.unitId(), e.leadId(), e.date(), e.date().getYear(), e.checklistId(),
                e.checklistVersion(), VisitStatus.PLANNED, List.of(), List.of(), e.at(), null, sequence);
    }

    VisitView apply(VisitEvent event, long seq) {
        if (event instanceof AnswerRecorded e) {
            Map<String, Answer> byItem = answersByItem();
            byItem.put(e.itemKey(), new Answer(e.itemKey(), e.value(), e.note(), e.actorId(), e.at()));
            List<Answer> changed = new ArrayList<>(byItem.values());
            return new VisitView(id, unitId, leadId, date, year, checklistId, checklistVersion,
                    VisitStatus.IN_PROGRESS, changed, findings, plannedAt, closedAt, seq);
        }
        if (event instanceof FindingRecorded e) {
            List<Finding> changed = new ArrayList<>(findings);
            changed.add(new Finding(e.findingId(), e.itemKey(), e.text(), e.recommendation(), e.ownerUnitId(), e.dueDate(), e.at()));
            return new VisitView(id, unitId, leadId, date, year, checklistId, checklistVersion,
                    status, answers, changed, plannedAt, closedAt, seq);
        }
        if (event instanceof VisitClosed e) {
            return new VisitView(id, unitId, leadId, date, year, checklistId, checklistVersion,
                    VisitStatus.CLOSED, answers, findings, plannedAt, e.at(), seq);
        }
        return this;
    }
}

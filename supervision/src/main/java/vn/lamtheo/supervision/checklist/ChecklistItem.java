package vn.lamtheo.supervision.checklist;

/**
 * One thing the team checks. {@code key} is stable across versions (answers and findings name it);
 * a critical item must be answered before the visit closes, and its failure is named first in the report.
 */
public record ChecklistItem(String key, String text, ItemKind kind, boolean critical) {
}

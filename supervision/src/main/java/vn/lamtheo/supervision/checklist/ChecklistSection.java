package vn.lamtheo.supervision.checklist;

import java.util.List;

/** A titled group of items, in the order the team walks through them. */
public record ChecklistSection(String key, String title, List<ChecklistItem> items) {
}

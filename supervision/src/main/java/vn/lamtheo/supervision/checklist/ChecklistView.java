package vn.lamtheo.supervision.checklist;

import java.util.List;
import java.util.Optional;

/** A checklist template version as the API and the visit page show it. */
public record ChecklistView(String id, String templateKey, int version, String title, ChecklistStatus status,
                            List<ChecklistSection> sections) {

    public Optional<ChecklistItem> item(String key) {
        return items().stream().filter(i -> i.key().equals(key)).findFirst();
    }

    public List<ChecklistItem> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }

    ChecklistView with(ChecklistStatus newStatus) {
        return new ChecklistView(id, templateKey, version, title, newStatus, sections);
    }

    ChecklistView with(String newTitle, List<ChecklistSection> newSections) {
        return new ChecklistView(id, templateKey, version, newTitle, status, newSections);
    }
}

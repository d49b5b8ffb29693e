package vn.lamtheo.supervision.checklist;

/** A template is drafted, then published for visits to use, then archived when a newer version replaces it. */
public enum ChecklistStatus { DRAFT, PUBLISHED, ARCHIVED }

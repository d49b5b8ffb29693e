package vn.lamtheo.supervision.checklist;

/** How an item is answered: PASS / FAIL / NOT_APPLICABLE, a number, or a text. */
public enum ItemKind { CHECK, NUMBER, TEXT }

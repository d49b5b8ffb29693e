package vn.lamtheo.kernel.events.pledge;

/**
 * An aligned passage: characters [start, end) of this pledge's section match [otherStart, otherEnd) of the
 * other pledge's section. Offsets index the original (not normalised) text, for highlighting.
 */
public record CopyPassage(String sectionKey, int start, int end, String otherSectionKey, int otherStart, int otherEnd) {
}

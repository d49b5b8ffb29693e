package vn.lamtheo.kernel.events.model;

/**
 * A stretch of the model's text that matches a stretch of the source. Offsets are into the texts the
 * similarity engine compared (the model's title and description joined by blank lines); the excerpts are
 * there so a report can be shown without re-reading both texts. Model texts are public, unlike pledges.
 */
public record OverlapPassage(int modelStart, int modelEnd, int sourceStart, int sourceEnd,
                             String modelExcerpt, String sourceExcerpt) {
}

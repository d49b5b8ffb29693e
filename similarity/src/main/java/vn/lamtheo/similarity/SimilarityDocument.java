package vn.lamtheo.similarity;

import java.util.List;

/**
 * What the engine compares: a document with sections, its owner (to tell a self-copy from a copy) and its year
 * (a document is suspected of copying only from documents of the same or an earlier year).
 *
 * @param authorProfile what the author says about themselves (a pledge's position and assigned duties), or null:
 *                      ranks otherwise equal sources ({@link AuthorFit}), never compared as text
 */
public record SimilarityDocument(String id, String ownerId, int year, List<Section> sections, String authorProfile) {

    public SimilarityDocument {
        sections = List.copyOf(sections);
    }

    /** A document whose author says nothing about themselves. */
    public SimilarityDocument(String id, String ownerId, int year, List<Section> sections) {
        this(id, ownerId, year, sections, null);
    }
}

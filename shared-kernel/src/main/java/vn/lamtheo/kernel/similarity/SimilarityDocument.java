package vn.lamtheo.kernel.similarity;

import java.util.List;

/**
 * What the engine compares: a document with sections, its owner (to tell a self-copy from a copy) and its year
 * (a document is suspected of copying only from documents of the same or an earlier year).
 */
public record SimilarityDocument(String id, String ownerId, int year, List<Section> sections) {

    public SimilarityDocument {
        sections = List.copyOf(sections);
    }
}

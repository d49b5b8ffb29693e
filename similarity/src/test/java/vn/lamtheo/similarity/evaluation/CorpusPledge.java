package vn.lamtheo.similarity.evaluation;

import vn.lamtheo.similarity.Section;
import vn.lamtheo.similarity.SimilarityDocument;

import java.util.List;

/** A pledge of ../shared/corpus, reduced to what copy detection needs ({@code submittedAt}: ISO-8601, null when the line has none). */
public record CorpusPledge(String id, String memberId, int year, String title, List<String> headings, List<Section> sections,
                           String authorProfile, String submittedAt) {

    SimilarityDocument document() {
        return new SimilarityDocument(id, memberId, year, sections, authorProfile);
    }

    String sectionText(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).map(Section::text).findFirst().orElse("");
    }
}

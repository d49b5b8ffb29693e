package vn.lamtheo.similarity;

import vn.lamtheo.similarity.text.Fingerprint;
import vn.lamtheo.similarity.text.ShingleFingerprinter;
import vn.lamtheo.similarity.text.Syllables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Turns a document with sections into its stored fingerprints; shingles never cross a section boundary. */
public final class DocumentFingerprinter {

    private final ShingleFingerprinter fingerprinter;
    private final TemplateFingerprints template;

    public DocumentFingerprinter(ShingleFingerprinter fingerprinter, TemplateFingerprints template) {
        this.fingerprinter = fingerprinter;
        this.template = template;
    }

    public DocumentFingerprints fingerprint(SimilarityDocument document) {
        List<String> keys = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<int[]> places = new ArrayList<>();
        List<Long> hashes = new ArrayList<>();
        for (int s = 0; s < document.sections().size(); s++) {
            Section section = document.sections().get(s);
            keys.add(section.key());
            texts.add(section.text() == null ? "" : section.text());
            for (Fingerprint f : fingerprinter.fingerprints(Syllables.of(section.text() == null ? "" : section.text()))) {
                hashes.add(f.hash());
                places.add(new int[] {s, f.firstSyllable(), f.originalStart(), f.originalEnd()});
            }
        }
        int n = hashes.size();
        long[] h = new long[n];
        int[] sections = new int[n];
        int[] syllables = new int[n];
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            h[i] = hashes.get(i);
            int[] p = places.get(i);
            sections[i] = p[0];
            syllables[i] = p[1];
            starts[i] = p[2];
            ends[i] = p[3];
        }
        DocumentFingerprints draft = new DocumentFingerprints(document.id(), document.ownerId(), document.year(), keys,
                0, 0, h, sections, syllables, starts, ends, texts);
        return new DocumentFingerprints(document.id(), document.ownerId(), document.year(), keys,
                evidenceHashes(draft).length, AuthorFit.of(document.authorProfile(), texts),
                h, sections, syllables, starts, ends, texts);
    }

    /** Distinct fingerprints that are not template text, sorted: what is indexed and what containment counts. */
    public long[] evidenceHashes(DocumentFingerprints document) {
        return Arrays.stream(document.hashes())
                .filter(h -> h != FingerprintIndex.RESERVED_FINGERPRINT && !template.contains(h))
                .sorted().distinct().toArray();
    }

    public boolean isTemplate(long hash) {
        return template.contains(hash);
    }
}

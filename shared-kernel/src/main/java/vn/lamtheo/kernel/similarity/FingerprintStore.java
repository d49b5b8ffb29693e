package vn.lamtheo.kernel.similarity;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Per-document fingerprint data for verification and alignment, read by a batched exact-key lookup. */
public interface FingerprintStore {

    void put(List<DocumentFingerprints> documents);

    /** Full records, with fingerprint positions. */
    Map<String, DocumentFingerprints> get(Collection<String> docIds);

    /** Records without the fingerprint arrays ({@link DocumentFingerprints#summary()}): a lighter read for scoring. */
    Map<String, DocumentFingerprints> summaries(Collection<String> docIds);

    void remove(String docId);
}

package vn.lamtheo.similarity;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Per-document fingerprint data for verification and alignment, read by a batched exact-key lookup. */
public interface FingerprintStore {

    /** Stores documents that are not stored yet (bulk indexing checks that first). */
    void put(List<DocumentFingerprints> documents);

    /** Stores a document and returns the version it replaced, in one round trip. */
    java.util.Optional<DocumentFingerprints> replace(DocumentFingerprints document);

    /** Full records, with fingerprint positions. */
    Map<String, DocumentFingerprints> get(Collection<String> docIds);

    /** Records without the fingerprint arrays ({@link DocumentFingerprints#summary()}): a lighter read for scoring. */
    Map<String, DocumentFingerprints> summaries(Collection<String> docIds);

    void remove(String docId);
}

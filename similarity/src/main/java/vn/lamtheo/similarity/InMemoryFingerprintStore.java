package vn.lamtheo.similarity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Per-document fingerprints in a map, for tests and the in-memory evaluation. */
public final class InMemoryFingerprintStore implements FingerprintStore {

    private final Map<String, DocumentFingerprints> documents = new ConcurrentHashMap<>();

    @Override
    public void put(List<DocumentFingerprints> toPut) {
        toPut.forEach(d -> documents.put(d.docId(), d));
    }

    @Override
    public java.util.Optional<DocumentFingerprints> replace(DocumentFingerprints document) {
        return java.util.Optional.ofNullable(documents.put(document.docId(), document));
    }

    @Override
    public Map<String, DocumentFingerprints> get(Collection<String> docIds) {
        Map<String, DocumentFingerprints> found = new HashMap<>();
        for (String id : docIds) {
            DocumentFingerprints d = documents.get(id);
            if (d != null) {
                found.put(id, d);
            }
        }
        return found;
    }

    @Override
    public Map<String, DocumentFingerprints> summaries(Collection<String> docIds) {
        return get(docIds);
    }

    @Override
    public void remove(String docId) {
        documents.remove(docId);
    }
}

package vn.lamtheo.similarity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The index in a map, for tests and for the in-memory evaluation; same semantics as the MongoDB one. */
public final class InMemoryFingerprintIndex implements FingerprintIndex {

    private final int maxPostingsPerFingerprint;
    private final Map<Long, Entry> entries = new HashMap<>();
    private long documents;

    public InMemoryFingerprintIndex(int maxPostingsPerFingerprint) {
        this.maxPostingsPerFingerprint = maxPostingsPerFingerprint;
    }

    @Override
    public synchronized IndexSnapshot snapshot(long[] fingerprints) {
        Map<Long, Integer> found = new HashMap<>();
        for (long fingerprint : fingerprints) {
            Entry entry = entries.get(fingerprint);
            if (entry != null) {
                found.put(fingerprint, entry.frequency);
            }
        }
        return new IndexSnapshot(found, documents);
    }

    @Override
    public synchronized Map<Long, List<Posting>> postings(long[] fingerprints) {
        Map<Long, List<Posting>> found = new HashMap<>();
        for (long fingerprint : fingerprints) {
            Entry entry = entries.get(fingerprint);
            if (entry != null) {
                found.put(fingerprint, List.copyOf(entry.postings));
            }
        }
        return found;
    }

    @Override
    public synchronized void add(List<IndexEntry> toAdd) {
        for (IndexEntry document : toAdd) {
            for (long fingerprint : document.fingerprints()) {
                Entry entry = entries.computeIfAbsent(fingerprint, f -> new Entry());
                if (entry.postings.size() < maxPostingsPerFingerprint) {
                    entry.postings.add(new Posting(document.docId(), document.year()));
                }
                entry.frequency++;
            }
            documents++;
        }
    }

    @Override
    public synchronized void remove(IndexEntry document) {
        Posting posting = new Posting(document.docId(), document.year());
        for (long fingerprint : document.fingerprints()) {
            Entry entry = entries.get(fingerprint);
            if (entry != null) {
                entry.postings.remove(posting);
                entry.frequency--;
            }
        }
        documents--;
    }

    private static final class Entry {
        int frequency;
        final List<Posting> postings = new ArrayList<>(2);
    }
}

package vn.lamtheo.similarity;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-process copy of recently read postings lists, each with the version it was read at; a list is served only
 * for the version a check has just read from MongoDB (the durable truth), so a stale copy is never used. Bounded by
 * the number of postings held, least recently used first out; posting objects are shared between lists.
 */
final class PostingsCache {

    private final long capacity;
    private final LinkedHashMap<Long, Entry> entries = new LinkedHashMap<>(1024, 0.75f, true);
    private final Map<Posting, Posting> shared = new HashMap<>();
    private long held;
    private long hits;
    private long misses;

    PostingsCache(long capacityInPostings) {
        this.capacity = capacityInPostings;
    }

    synchronized List<Posting> get(long fingerprint, long version) {
        Entry e = entries.get(fingerprint);
        if (e != null && e.version == version) {
            hits++;
            return e.postings;
        }
        misses++;
        return null;
    }

    synchronized void put(long fingerprint, long version, List<Posting> postings) {
        if (capacity <= 0 || postings.size() > capacity) {
            return;
        }
        Entry old = entries.put(fingerprint, new Entry(version, postings));
        held += postings.size() - (old == null ? 0 : old.postings.size());
        var it = entries.entrySet().iterator();
        while (held > capacity && it.hasNext()) {
            held -= it.next().getValue().postings.size();
            it.remove();
        }
        if (shared.size() > capacity) {
            shared.clear(); // only a saving of memory: lists already built keep their objects
        }
    }

    synchronized Posting intern(Posting posting) {
        if (capacity <= 0) {
            return posting;
        }
        Posting existing = shared.putIfAbsent(posting, posting);
        return existing == null ? posting : existing;
    }

    synchronized long[] hitsAndMisses() {
        return new long[] {hits, misses};
    }

    private record Entry(long version, List<Posting> postings) {
    }
}

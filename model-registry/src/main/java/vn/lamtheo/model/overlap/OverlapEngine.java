package vn.lamtheo.model.overlap;

import vn.lamtheo.kernel.events.model.OverlapFinding;
import vn.lamtheo.kernel.events.model.OverlapSource;

import java.util.List;

/**
 * What the model context needs from a similarity engine: remember texts, forget them, and find the indexed
 * texts that overlap a given one (never itself), best first, with passages. The system suggests; the curator decides.
 */
public interface OverlapEngine {

    void index(OverlapText text);

    void remove(OverlapSource source, String id);

    /** Forgets every text of one source (a projection reset). */
    void removeAll(OverlapSource source);

    List<OverlapFinding> findOverlaps(OverlapText text);
}

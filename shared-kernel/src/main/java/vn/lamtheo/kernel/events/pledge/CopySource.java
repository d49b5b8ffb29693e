package vn.lamtheo.kernel.events.pledge;

import java.util.List;

/**
 * One pledge that the copy check matched with this one.
 *
 * @param containmentThisInOther share of this pledge's fingerprints found in the other one (0..1)
 * @param containmentOtherInThis share of the other pledge's fingerprints found in this one (0..1)
 * @param surfaceAgreement       of the syllables the passages share once folded, the share written the same way in
 *                               both pledges (0..1): ranks sources of equal score (0 in events recorded before it existed)
 * @param authorFit              how much the other pledge's text is about its own author (its position and duties
 *                               found in its sections, 0..1): ranks sources that nothing else separates, the one
 *                               about its own author first (0 in events recorded before it existed)
 */
public record CopySource(String pledgeId, String memberId, String unitId, int year, double score, boolean suspected,
                         CopyKind kind, CopyDirection direction, double containmentThisInOther,
                         double containmentOtherInThis, double surfaceAgreement, double authorFit,
                         List<CopyPassage> passages) {
    public CopySource {
        passages = passages == null ? List.of() : List.copyOf(passages);
    }
}

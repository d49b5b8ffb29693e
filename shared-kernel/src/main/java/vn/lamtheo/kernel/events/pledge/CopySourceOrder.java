package vn.lamtheo.kernel.events.pledge;

import java.util.Comparator;

/** How every screen orders a pledge's copy sources. */
public final class CopySourceOrder {

    private CopySourceOrder() {
    }

    /**
     * The sources the pledge may have copied first (what the reviewer decides on), then best score; on equal scores the
     * pledge written like this one (accents and code points: a copier copies one particular pledge), then the older
     * year, then the one whose text is about its own author (the original of the same text), then the id:
     * deterministic whatever the order the sources were found in.
     */
    public static final Comparator<CopySource> BEST_FIRST =
            Comparator.comparing((CopySource s) -> s.direction().mayHaveCopied() ? 0 : 1)
                    .thenComparing(Comparator.comparingDouble(CopySource::score).reversed())
                    .thenComparing(Comparator.comparingDouble(CopySource::surfaceAgreement).reversed())
                    .thenComparingInt(CopySource::year)
                    .thenComparing(Comparator.comparingDouble(CopySource::authorFit).reversed())
                    .thenComparing(CopySource::pledgeId);
}

package vn.lamtheo.similarity.evaluation;

import vn.lamtheo.similarity.PairScore;
import vn.lamtheo.similarity.SimilarityConfig;

/** System properties (-Dcopycheck.flag=0.3 …) that override the defaults, for studies with the evaluation. */
final class ConfigOverrides {

    private ConfigOverrides() {
    }

    static SimilarityConfig apply(SimilarityConfig c) {
        return new SimilarityConfig(
                Integer.getInteger("copycheck.k", c.shingleSyllables()),
                Integer.getInteger("copycheck.t", c.guaranteeSyllables()),
                dbl("copycheck.stopShare", c.stopDocumentShare()),
                Integer.getInteger("copycheck.minStop", c.minStopDocuments()),
                Integer.getInteger("copycheck.maxPostings", c.maxPostingsPerFingerprint()),
                Integer.getInteger("copycheck.minShared", c.minSharedFingerprints()),
                Integer.getInteger("copycheck.maxCandidates", c.maxCandidates()),
                dbl("copycheck.report", c.reportThreshold()),
                dbl("copycheck.flag", c.flagThreshold()),
                PairScore.valueOf(System.getProperty("copycheck.pairScore", c.pairScore().name())),
                Integer.getInteger("copycheck.gap", c.passageGapSyllables()),
                Integer.getInteger("copycheck.maxSources", c.maxSources()),
                dbl("copycheck.evidenceFalsePairs", c.evidenceFalsePairs()),
                Integer.getInteger("copycheck.peerRank", c.evidencePeerRank()),
                dbl("copycheck.peerFactor", c.evidencePeerFactor()));
    }

    private static double dbl(String name, double fallback) {
        String v = System.getProperty(name);
        return v == null ? fallback : Double.parseDouble(v);
    }
}

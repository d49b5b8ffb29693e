package vn.lamtheo.similarity.evaluation;

import java.util.Locale;
import java.util.Map;

/** The figures the issue asks for, at the engine's flagging threshold. */
public record EvaluationReport(String variant, int documents, double flagThreshold,
                        int reportedPairs, int correctReportedPairs, int labelledPairs, int foundLabelledPairs,
                        double precision, double recall, double f1, double recallAt1, double recallAt1InGroup,
                        Map<String, double[]> recallByOp, double partial30Recall, int partial30Count, CaseFigures cases,
                        int originals, int originalsWronglyPaired, double passagePrecision, double passageRecall,
                        double millisPerDocument) {

    double originalsWronglyPairedShare() {
        return originals == 0 ? 0 : (double) originalsWronglyPaired / originals;
    }

    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "== %s: %d documents, flag threshold %.2f, %.2f ms per check+index%n",
                variant, documents, flagThreshold, millisPerDocument));
        out.append(String.format(Locale.ROOT, "pairs reported %d, correct %d; labelled pairs %d, found %d%n",
                reportedPairs, correctReportedPairs, labelledPairs, foundLabelledPairs));
        out.append(String.format(Locale.ROOT, "precision %.4f  recall %.4f  F1 %.4f  Recall@1 %.4f%n",
                precision, recall, f1, recallAt1));
        out.append(String.format(Locale.ROOT, "  (Recall@1 counting another copy of the same source as right: %.4f)%n",
                recallAt1InGroup));
        recallByOp.forEach((op, v) -> out.append(String.format(Locale.ROOT, "  recall %-20s %.4f (%d/%d)%n",
                op, v[0] / v[1], (int) v[0], (int) v[1])));
        out.append(String.format(Locale.ROOT, "  recall PARTIAL f=0.3      %.4f (of %d)%n", partial30Recall, partial30Count));
        out.append(cases.format());
        out.append(String.format(Locale.ROOT, "originals wrongly paired %d of %d = %.4f%%%n",
                originalsWronglyPaired, originals, 100 * originalsWronglyPairedShare()));
        out.append(String.format(Locale.ROOT, "passages (copy side, letters and digits): precision %.4f  recall %.4f%n",
                passagePrecision, passageRecall));
        return out.toString();
    }
}

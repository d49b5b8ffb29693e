package vn.lamtheo.supervision.report.supervision;

import org.springframework.context.MessageSource;
import vn.lamtheo.supervision.report.figures.Figures;
import vn.lamtheo.supervision.report.supervision.SupervisionReport.Assessment;
import vn.lamtheo.supervision.report.supervision.SupervisionReport.UnitRow;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static vn.lamtheo.kernel.events.pledge.PledgeMilestone.*;

/**
 * Writes the "ưu điểm / hạn chế" sentences of a report from its figures: which units lead and trail in
 * submission and copy rates, which have no pledges or no models, what the template check found, and how the year
 * compares with the one before. Sentences come from the message bundle, so they exist in both languages.
 */
public final class AssessmentWriter {

    /** How many units a "highest / lowest" sentence names. */
    static final int TOP = 3;
    /** How many units a "units without …" sentence lists before "…". */
    static final int LIST = 6;
    /** A unit-wide submission rate from which submission counts as a strength. */
    static final double GOOD_SUBMISSION = 0.9;

    private final MessageSource messages;
    private final Locale locale;
    private final NumberFormat percent;

    public AssessmentWriter(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.percent = NumberFormat.getPercentInstance(locale);
        this.percent.setMaximumFractionDigits(1);
    }

    public Assessment write(String unitName, int year, int previousYear, Figures totals, Figures previous, List<UnitRow> units) {
        List<String> strengths = new ArrayList<>();
        List<String> weaknesses = new ArrayList<>();
        if (totals.get(SUBMITTED) == 0 && totals.get("models") == 0) {
            weaknesses.add(text("report.assess.nothing", unitName, year));
            return new Assessment(strengths, weaknesses);
        }

        Double submission = totals.rate("submissionRate");
        if (submission != null) {
            String sentence = text("report.assess.submission", unitName, pct(submission), totals.get(SUBMITTED),
                    Math.max(totals.get("members"), totals.get("pledgers")), totals.get(APPROVED),
                    pct(nz(totals.rate("approvalRate"))));
            (submission >= GOOD_SUBMISSION ? strengths : weaknesses).add(sentence);
        }
        // a year without any pledge (not yet in Lamtheo) is no basis for a comparison
        Double before = previous.get(SUBMITTED) == 0 ? null : previous.rate("submissionRate");
        if (submission != null && before != null) {
            long points = Math.round((submission - before) * 100);
            if (points > 0) {
                strengths.add(text("report.assess.submissionUp", previousYear, points));
            } else if (points < 0) {
                weaknesses.add(text("report.assess.submissionDown", previousYear, -points));
            }
        }
        int flaggedNow = totals.get(FLAGGED_AS_COPIED);
        int flaggedBefore = previous.get(FLAGGED_AS_COPIED);
        if (previous.get(SUBMITTED) > 0 && flaggedNow < flaggedBefore) {
            strengths.add(text("report.assess.copyDown", previousYear, flaggedBefore, flaggedNow));
        }

        List<UnitRow> withPledges = units.stream().filter(u -> u.figures().get(SUBMITTED) > 0).toList();
        List<UnitRow> byRate = units.stream().filter(u -> u.figures().rate("submissionRate") != null)
                .sorted(Comparator.comparing((UnitRow u) -> u.figures().rate("submissionRate")).reversed()
                        .thenComparing(UnitRow::name)).toList();
        if (byRate.size() > 1) {
            strengths.add(text("report.assess.highestSubmission", ranked(byRate.subList(0, Math.min(TOP, byRate.size())), "submissionRate")));
            List<UnitRow> lowest = new ArrayList<>(byRate.subList(Math.max(0, byRate.size() - TOP), byRate.size()));
            java.util.Collections.reverse(lowest);
            weaknesses.add(text("report.assess.lowestSubmission", ranked(lowest, "submissionRate")));
        }
        List<UnitRow> clean = withPledges.stream().filter(u -> u.figures().get(FLAGGED_AS_COPIED) == 0
                && u.figures().get(COPY_SUSPECTED) == 0).toList();
        if (!clean.isEmpty() && withPledges.size() > 1) {
            strengths.add(text("report.assess.noCopies", clean.size(), names(clean)));
        }
        if (totals.get("models") > 0) {
            String sentence = text("report.assess.models", totals.get("models"), totals.get("modelsRegistered"),
                    totals.get("modelsFeatured"), totals.get("adoptions"));
            (totals.get("modelsFeatured") > 0 || totals.get("adoptions") > 0 ? strengths : weaknesses).add(sentence);
        }

        List<UnitRow> copied = withPledges.stream().filter(u -> u.figures().get(FLAGGED_AS_COPIED) > 0)
                .sorted(Comparator.comparing((UnitRow u) -> u.figures().rate("copyFlagRate")).reversed()
                        .thenComparing(UnitRow::name)).toList();
        if (!copied.isEmpty()) {
            weaknesses.add(text("report.assess.highestCopy", ranked(copied.subList(0, Math.min(TOP, copied.size())), "copyFlagRate")));
        }
        if (totals.get(COPY_SUSPECTED) > 0) {
            weaknesses.add(text("report.assess.copySuspected", totals.get(COPY_SUSPECTED), totals.get(FLAGGED_AS_COPIED),
                    totals.get(SUSPECTED_DISMISSED)));
        }
        List<UnitRow> silent = units.stream().filter(u -> u.figures().get(SUBMITTED) == 0).toList();
        if (!silent.isEmpty() && !units.isEmpty()) {
            weaknesses.add(text("report.assess.noPledges", silent.size(), names(silent)));
        }
        if (totals.get(WITH_FINDINGS) > 0) {
            weaknesses.add(text("report.assess.findings", totals.get(WITH_FINDINGS), totals.get("findingMissingDuties"),
                    totals.get("findingNoShortcomings"), totals.get("findingActionsWithoutTarget"), totals.get("findingSelfCopy")));
        }
        List<UnitRow> withoutModels = units.stream().filter(u -> u.figures().get("models") == 0).toList();
        if (!withoutModels.isEmpty()) {
            weaknesses.add(text("report.assess.noModels", withoutModels.size(), names(withoutModels)));
        }
        if (totals.get("modelsOverlapDanVanKheo") > 0 || totals.get("modelsCarriedOverWithoutResults") > 0) {
            weaknesses.add(text("report.assess.modelProblems", totals.get("modelsOverlapDanVanKheo"),
                    totals.get("modelsCarriedOverWithoutResults")));
        }
        return new Assessment(strengths, weaknesses);
    }

    private String ranked(List<UnitRow> units, String rate) {
        return units.stream().map(u -> u.name() + " (" + pct(nz(u.figures().rate(rate))) + ")").collect(Collectors.joining(", "));
    }

    private String names(List<UnitRow> units) {
        String listed = units.stream().limit(LIST).map(UnitRow::name).collect(Collectors.joining(", "));
        return units.size() > LIST ? listed + ", …" : listed;
    }

    private String pct(double value) {
        return percent.format(value);
    }

    private static double nz(Double value) {
        return value == null ? 0 : value;
    }

    private String text(String key, Object... args) {
        // Numbers are formatted by the caller or are plain counts: keep MessageFormat from adding group separators.
        Object[] plain = java.util.Arrays.stream(args).map(a -> a instanceof Number ? String.valueOf(a) : a).toArray();
        return messages.getMessage(key, plain, locale);
    }
}

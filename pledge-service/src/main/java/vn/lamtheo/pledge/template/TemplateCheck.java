package vn.lamtheo.pledge.template;

import vn.lamtheo.kernel.domain.CommandRejected.Violation;
import vn.lamtheo.kernel.events.pledge.PledgeContent;
import vn.lamtheo.kernel.events.pledge.SectionKey;
import vn.lamtheo.kernel.events.pledge.TemplateFinding;
import vn.lamtheo.kernel.events.pledge.TemplateKind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a pledge against its template on submit. Hard rules give {@link Violation}s (the submit is rejected
 * with 422); soft rules give {@link TemplateFinding}s recorded on the pledge for the reviewer.
 * Pure: everything it needs comes in as arguments; messages never quote pledge text.
 */
public final class TemplateCheck {

    public static final String SECTION_EMPTY = "SECTION_EMPTY";
    public static final String DUTIES_MISSING = "DUTIES_MISSING";
    public static final String SHORTCOMINGS_MISSING = "SHORTCOMINGS_MISSING";
    public static final String NO_CONCRETE_ACTION = "NO_CONCRETE_ACTION";
    public static final String SAMPLE_WORDING = "SAMPLE_WORDING";
    public static final String DUTIES_NOT_MENTIONED = "DUTIES_NOT_MENTIONED";
    public static final String NO_REMEDY = "NO_REMEDY";
    public static final String ACTION_WITHOUT_TARGET = "ACTION_WITHOUT_TARGET";
    public static final String SAME_AS_LAST_YEAR = "SAME_AS_LAST_YEAR";

    /** The header field holding the assigned duties, as named in violations. */
    public static final String DUTIES_FIELD = "header.assignedDuties";

    private static final Pattern DIGIT = Pattern.compile("\\d");

    private final TemplateRules rules;
    private final Set<String> sampleSentences = new HashSet<>();
    private final List<String> foldedTargetWords = new ArrayList<>();
    private final Set<String> dutyStopWords;
    private final Set<String> dutyCommonWords = new HashSet<>();

    public TemplateCheck(TemplateRules rules) {
        this.rules = rules;
        rules.sampleWording().values().forEach(list -> list.forEach(s -> sampleSentences.add(TextFold.fold(s))));
        rules.targetWords().forEach(w -> foldedTargetWords.add(" " + TextFold.fold(w) + " "));
        this.dutyStopWords = Set.copyOf(rules.dutyStopWords());
        dutyCommonWords.addAll(rules.dutyStopWords());
        if (rules.dutyCommonWords() != null) {
            dutyCommonWords.addAll(rules.dutyCommonWords());
        }
    }

    public static TemplateCheck withDefaults() {
        return new TemplateCheck(TemplateRules.defaults());
    }

    public TemplateRules rules() {
        return rules;
    }

    /**
     * @param previousYear the member's pledge of the year before in the same form, if they had one
     */
    public Result check(TemplateKind kind, int year, PledgeContent content, Optional<PledgeContent> previousYear) {
        List<Violation> violations = new ArrayList<>();
        List<TemplateFinding> findings = new ArrayList<>();
        var sections = content.sections();

        for (String key : rules.requiredSections()) {
            SectionKey section = SectionKey.ofKey(key).orElseThrow();
            if (TextFold.isBlank(sections.get(section))) {
                violations.add(new Violation(key, "Mục “" + heading(kind, section, year) + "” còn trống / section is empty"));
            }
        }
        if (TextFold.isBlank(content.header().assignedDuties())) {
            violations.add(new Violation(DUTIES_FIELD, "Chưa ghi “chức trách, nhiệm vụ được giao” / assigned duties missing"));
        }
        String shortcomings = sections.hanCheKhuyetDiemNamTruoc();
        if (previousYear.isPresent() && TextFold.isBlank(shortcomings)) {
            SectionKey s = SectionKey.HAN_CHE_KHUYET_DIEM_NAM_TRUOC;
            violations.add(new Violation(s.key(), "Mục “" + heading(kind, s, year)
                    + "” còn trống dù đã có bản đăng ký năm trước / empty although there was a pledge last year"));
        }
        List<String> actions = actions(sections.noiDungLamTheo());
        if (!TextFold.isBlank(sections.noiDungLamTheo()) && actions.isEmpty()) {
            SectionKey s = SectionKey.NOI_DUNG_LAM_THEO;
            violations.add(new Violation(s.key(), "Mục “" + heading(kind, s, year)
                    + "” chưa có việc làm cụ thể nào / no concrete action"));
        }

        for (SectionKey section : SectionKey.values()) {
            String text = sections.get(section);
            if (!TextFold.isBlank(text) && onlySampleWording(text)) {
                findings.add(finding(SAMPLE_WORDING, kind, section, year,
                        "Chỉ chép lời văn mẫu của biểu mẫu / only the template's sample wording"));
            }
        }
        String dutiesSection = sections.thucHienChucTrachNhiemVu();
        if (!TextFold.isBlank(dutiesSection) && !mentionsDuties(content, dutiesSection)) {
            findings.add(finding(DUTIES_NOT_MENTIONED, kind, SectionKey.THUC_HIEN_CHUC_TRACH_NHIEM_VU, year,
                    "Không gắn với chức vụ, nhiệm vụ được giao / does not mention the member's position or duties"));
        }
        if (!TextFold.isBlank(shortcomings) && !onlySampleWording(shortcomings)
                && TextFold.isBlank(sections.bienPhapKhacPhuc())) {
            findings.add(finding(NO_REMEDY, kind, SectionKey.BIEN_PHAP_KHAC_PHUC, year,
                    "Có hạn chế, khuyết điểm nhưng chưa có biện pháp khắc phục / shortcomings without a remedy"));
        }
        long vague = actions.stream().filter(a -> !hasTarget(a)).count();
        if (vague > 0) {
            findings.add(finding(ACTION_WITHOUT_TARGET, kind, SectionKey.NOI_DUNG_LAM_THEO, year,
                    vague + "/" + actions.size() + " việc làm chưa có số lượng, chỉ tiêu hoặc thời hạn"
                            + " / actions without a number, target or deadline"));
        }
        previousYear.ifPresent(previous -> {
            for (SectionKey section : SectionKey.values()) {
                String now = TextFold.fold(sections.get(section));
                if (!now.isEmpty() && now.equals(TextFold.fold(previous.sections().get(section)))) {
                    findings.add(finding(SAME_AS_LAST_YEAR, kind, section, year,
                            "Giống hệt bản đăng ký năm trước / identical to the member's pledge of the year before"));
                }
            }
        });
        return new Result(violations, findings);
    }

    private TemplateFinding finding(String rule, TemplateKind kind, SectionKey section, int year, String message) {
        return new TemplateFinding(rule, section.key(), heading(kind, section, year), message);
    }

    private String heading(TemplateKind kind, SectionKey section, int year) {
        return rules.heading(kind, section, year);
    }

    private boolean onlySampleWording(String text) {
        List<String> sentences = TextFold.sentences(text);
        return !sentences.isEmpty() && sentences.stream().allMatch(s -> sampleSentences.contains(TextFold.fold(s)));
    }

    /** Sentences of the actions section long enough to be an action rather than a heading or a slogan. */
    private List<String> actions(String text) {
        return TextFold.sentences(text).stream()
                .filter(s -> TextFold.syllables(s).size() >= rules.minActionWords())
                .filter(s -> !sampleSentences.contains(TextFold.fold(s)))
                .toList();
    }

    private boolean hasTarget(String action) {
        if (DIGIT.matcher(action).find()) {
            return true;
        }
        String folded = " " + TextFold.fold(action) + " ";
        return foldedTargetWords.stream().anyMatch(folded::contains);
    }

    /**
     * True when the section shares a two-syllable term (not made of stop words) with the position or duties,
     * or at least {@code minSharedDutyWords} distinct uncommon syllables (a farmer's "tôm", "nuôi").
     */
    private boolean mentionsDuties(PledgeContent content, String section) {
        Set<String> terms = new LinkedHashSet<>();
        Set<String> words = new HashSet<>();
        for (String source : new String[]{content.header().position(), content.header().assignedDuties()}) {
            List<String> syl = TextFold.syllables(source);
            for (int i = 0; i < syl.size(); i++) {
                if (syl.get(i).length() >= 3 && !dutyCommonWords.contains(syl.get(i))) {
                    words.add(syl.get(i));
                }
                if (i + 1 < syl.size() && !(dutyStopWords.contains(syl.get(i)) && dutyStopWords.contains(syl.get(i + 1)))) {
                    terms.add(syl.get(i) + " " + syl.get(i + 1));
                }
            }
        }
        if (terms.isEmpty()) {
            return true; // nothing to compare with; the missing duties are a hard violation of their own
        }
        String folded = " " + TextFold.fold(section) + " ";
        if (terms.stream().anyMatch(t -> folded.contains(" " + t + " "))) {
            return true;
        }
        Set<String> sectionWords = new HashSet<>(List.of(folded.trim().split(" ")));
        sectionWords.retainAll(words);
        return sectionWords.size() >= Math.max(1, rules.minSharedDutyWords());
    }

    /** @param violations hard rules broken (reject the submit); @param findings soft findings (record them) */
    public record Result(List<Violation> violations, List<TemplateFinding> findings) {
        public boolean passes() {
            return violations.isEmpty();
        }
    }
}

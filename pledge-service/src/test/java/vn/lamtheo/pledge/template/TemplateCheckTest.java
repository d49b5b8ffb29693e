package vn.lamtheo.pledge.template;

import org.junit.jupiter.api.Test;
import vn.lamtheo.kernel.events.pledge.PledgeContent;
import vn.lamtheo.kernel.events.pledge.PledgeHeader;
import vn.lamtheo.kernel.events.pledge.TemplateFinding;
import vn.lamtheo.kernel.events.pledge.TemplateKind;
import vn.lamtheo.kernel.events.pledge.TestPledges;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateCheckTest {

    final TemplateCheck check = TemplateCheck.withDefaults();
    static final TemplateKind PM = TemplateKind.PARTY_MEMBER;

    private TemplateCheck.Result check(PledgeContent content) {
        return check.check(PM, 2026, content, Optional.empty());
    }

    private static List<String> rules(TemplateCheck.Result r) {
        return r.findings().stream().map(TemplateFinding::rule).toList();
    }

    @Test
    void a_complete_pledge_passes_without_findings() {
        var result = check(TestPledges.content());
        assertThat(result.violations()).isEmpty();
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void each_required_section_when_empty_is_a_violation_naming_key_and_heading() {
        for (String key : check.rules().requiredSections()) {
            var result = check(TestPledges.withSection(key, "  "));
            assertThat(result.violations()).as(key).anyMatch(v -> v.field().equals(key) && v.message().contains("“") && v.message().contains("”"));
        }
        var result = check(TestPledges.withoutSection("daoDucLoiSong"));
        assertThat(result.violations()).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("Về phẩm chất đạo đức, lối sống"));
    }

    @Test
    void headings_follow_the_form() {
        var youth = check.check(TemplateKind.YOUTH_UNION, 2025, TestPledges.withoutSection("noiDungLamTheo"), Optional.empty());
        assertThat(youth.violations()).anyMatch(v -> v.message().contains("Việc làm cụ thể học tập và làm theo Bác năm 2025"));
        assertThat(check.rules().heading(PM, vn.lamtheo.kernel.events.pledge.SectionKey.HAN_CHE_KHUYET_DIEM_NAM_TRUOC, 2026))
                .isEqualTo("Những hạn chế, khuyết điểm năm 2025 và nguyên nhân");
    }

    @Test
    void missing_assigned_duties_is_a_violation() {
        PledgeHeader h = TestPledges.header();
        var content = new PledgeContent(new PledgeHeader(h.fullName(), h.birthYear(), h.position(), null, " ", null, null),
                TestPledges.sections(), List.of());
        assertThat(check(content).violations()).anyMatch(v -> v.field().equals("header.assignedDuties"));
    }

    @Test
    void empty_shortcomings_are_allowed_for_a_first_pledge_but_not_after_one_last_year() {
        var content = TestPledges.withoutSection("hanCheKhuyetDiemNamTruoc");
        assertThat(check(content).violations()).isEmpty();
        var withPrior = check.check(PM, 2026, content, Optional.of(TestPledges.content()));
        assertThat(withPrior.violations()).anyMatch(v -> v.field().equals("hanCheKhuyetDiemNamTruoc")
                && v.message().contains("năm 2025"));
    }

    @Test
    void actions_without_any_concrete_sentence_are_a_violation() {
        var result = check(TestPledges.withSection("noiDungLamTheo", "Làm theo Bác."));
        assertThat(result.violations()).anyMatch(v -> v.field().equals("noiDungLamTheo"));
    }

    @Test
    void sample_wording_only_is_a_soft_finding() {
        var result = check(TestPledges.withSection("tuTuongChinhTri",
                "Tuyệt đối trung thành với mục tiêu, lý tưởng của Đảng. Kiên định chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh."));
        assertThat(result.violations()).isEmpty();
        assertThat(result.findings()).anyMatch(f -> f.rule().equals(TemplateCheck.SAMPLE_WORDING)
                && f.sectionKey().equals("tuTuongChinhTri") && f.heading().equals("Về tư tưởng chính trị"));
    }

    @Test
    void sample_wording_is_recognised_without_diacritics() {
        var result = check(TestPledges.withSection("thucHienChucTrachNhiemVu", "Hoan thanh tot nhiem vu duoc giao."));
        assertThat(rules(result)).contains(TemplateCheck.SAMPLE_WORDING);
    }

    @Test
    void duties_section_not_mentioning_position_or_duties_is_a_finding() {
        var result = check(TestPledges.withSection("thucHienChucTrachNhiemVu",
                "Luôn cố gắng làm việc chăm chỉ, đoàn kết với mọi người xung quanh."));
        assertThat(rules(result)).contains(TemplateCheck.DUTIES_NOT_MENTIONED);
    }

    @Test
    void shortcomings_without_remedy_is_a_finding() {
        var result = check(TestPledges.withoutSection("bienPhapKhacPhuc"));
        assertThat(result.violations()).isEmpty();
        assertThat(rules(result)).contains(TemplateCheck.NO_REMEDY);
    }

    @Test
    void actions_without_number_target_or_deadline_are_a_finding_with_a_count() {
        var result = check(TestPledges.withSection("noiDungLamTheo",
                "Tích cực tham gia các phong trào thi đua của địa phương. Hướng dẫn ít nhất 20 hộ dân nộp hồ sơ trực tuyến."));
        assertThat(result.findings()).anyMatch(f -> f.rule().equals(TemplateCheck.ACTION_WITHOUT_TARGET)
                && f.message().startsWith("1/2"));
    }

    @Test
    void a_section_identical_to_last_year_is_a_finding() {
        var lastYear = TestPledges.withSection("noiDungLamTheo", "Hướng dẫn ít nhất 10 hộ dân nộp hồ sơ trực tuyến trước ngày 1/6.");
        var result = check.check(PM, 2026, TestPledges.content(), Optional.of(lastYear));
        assertThat(result.findings()).filteredOn(f -> f.rule().equals(TemplateCheck.SAME_AS_LAST_YEAR))
                .extracting(TemplateFinding::sectionKey)
                .contains("tuTuongChinhTri", "bienPhapKhacPhuc")
                .doesNotContain("noiDungLamTheo");
    }

    @Test
    void messages_never_quote_pledge_text() {
        String secret = "Bí mật riêng của đảng viên không được lộ";
        var result = check(TestPledges.withSection("noiDungLamTheo", secret + " trong năm."));
        result.findings().forEach(f -> assertThat(f.message()).doesNotContain(secret));
        result.violations().forEach(v -> assertThat(v.message()).doesNotContain(secret));
    }
}

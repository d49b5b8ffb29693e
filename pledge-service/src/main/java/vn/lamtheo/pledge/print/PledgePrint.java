package vn.lamtheo.pledge.print;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.directory.Unit;
import vn.lamtheo.kernel.events.pledge.PledgeHeader;
import vn.lamtheo.kernel.events.pledge.SectionKey;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.pledge.application.PledgeApplication;
import vn.lamtheo.pledge.application.PledgeView;
import vn.lamtheo.pledge.template.TemplateRules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The printable pledge ({@code GET /api/pledges/{id}/print.pdf} and the page's "In bản đăng ký"): whoever may read
 * the pledge may print it (the read checks it). The place is the commune's name, the date the submission's.
 */
@Component
public class PledgePrint {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final PledgeApplication pledges;
    private final Directory directory;
    private final TemplateRules rules = TemplateRules.defaults();

    PledgePrint(PledgeApplication pledges, Directory directory) {
        this.pledges = pledges;
        this.directory = directory;
    }

    /** The PDF as a download answer, shown in the browser (inline) and named after the pledge. */
    public ResponseEntity<byte[]> response(Actor actor, String pledgeId) {
        byte[] pdf = pdf(actor, pledgeId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("ban-dang-ky-" + pledgeId.replaceAll("[^A-Za-z0-9-]", "") + ".pdf").build().toString())
                .body(pdf);
    }

    public byte[] pdf(Actor actor, String pledgeId) {
        PledgeView v = pledges.view(actor, pledgeId);
        PledgeHeader h = v.header();
        String committee = h.committeeName() != null ? h.committeeName() : unitName(v.committeeId());
        String branch = h.branchName() != null ? h.branchName() : unitName(v.branchId());
        List<PledgePdf.Fact> particulars = List.of(
                new PledgePdf.Fact("Họ và tên", h.fullName()),
                new PledgePdf.Fact("Năm sinh", h.birthYear() == null ? null : String.valueOf(h.birthYear())),
                new PledgePdf.Fact("Chức vụ", h.position()),
                new PledgePdf.Fact("Sinh hoạt tại", branch),
                new PledgePdf.Fact("Chức trách, nhiệm vụ được giao", h.assignedDuties()));
        List<PledgePdf.Fact> sections = new ArrayList<>();
        for (SectionKey key : SectionKey.values()) {
            sections.add(new PledgePdf.Fact(rules.heading(v.templateKind(), key, v.year()), v.sections().get(key.key())));
        }
        Instant dated = v.submittedAt() != null ? v.submittedAt() : v.updatedAt() != null ? v.updatedAt() : v.createdAt();
        return PledgePdf.write(new PledgePdf.Sheet(committee, branch, place(committee), LocalDate.ofInstant(dated, VIETNAM),
                "BẢN ĐĂNG KÝ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM " + v.year(),
                particulars, sections, h.fullName()));
    }

    /** "Đảng bộ xã Nhị Trường" is dated at "Nhị Trường". */
    static String place(String committeeName) {
        if (committeeName == null || committeeName.isBlank()) {
            return "……………";
        }
        return committeeName.replaceFirst("(?i)^(đảng bộ|đảng ủy|chi bộ)\\s+", "")
                .replaceFirst("(?i)^(xã|thị trấn|phường|huyện)\\s+", "");
    }

    private String unitName(String unitId) {
        return unitId == null ? null : directory.unit(unitId).map(Unit::name).orElse(null);
    }
}

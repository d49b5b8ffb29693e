package vn.lamtheo.supervision.campaign;

import vn.lamtheo.supervision.campaign.CampaignReport.Criterion;
import vn.lamtheo.supervision.campaign.CampaignReport.OpenRecommendation;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text of the campaign report in the official layout of a Party document, once for every file format: the
 * letterhead (issuing body left, the Party's name and the place and date right), the number with its blank for the
 * office, the title, the numbered parts, and the signature block "T/M …".
 */
record CampaignDocument(String issuer, String issuingBody, String number, String placeAndDate, String title,
                        List<Part> parts, String signatureOnBehalfOf, String signatureTitle, String recipients) {

    static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";

    /** A numbered part: a heading and its paragraphs. */
    record Part(String heading, List<String> paragraphs) {
    }

    static CampaignDocument of(CampaignReport report) {
        String place = report.unitName().replaceFirst("^Đảng bộ (huyện|tỉnh|thị xã|thành phố) ", "");
        String date = place + ", ngày " + report.asOf().getDayOfMonth() + " tháng " + report.asOf().getMonthValue()
                + " năm " + report.asOf().getYear();
        List<Part> parts = new ArrayList<>();
        parts.add(new Part("I. KHÁI QUÁT", List.of("Năm " + report.year() + ", Tổ giám sát đã giám sát " + report.visits()
                + " cơ sở (đã kết thúc " + report.visitsClosed() + " cuộc) theo mẫu phiếu giám sát thực hiện Kết luận 01-KL/TW"
                + " và Đề án trang bị sách cho cơ sở.")));
        List<String> figures = new ArrayList<>();
        for (Criterion c : report.criteria()) {
            if (c.passShare() != null) {
                figures.add(c.text() + ": đạt " + c.passed() + "/" + (c.passed() + c.failed()) + " ("
                        + CampaignSentences.percent(c.passShare()) + ")" + (c.failedUnits().isEmpty() ? "" : "; chưa đạt: " + String.join(", ", c.failedUnits())) + ".");
            }
        }
        figures.add("Sinh hoạt chuyên đề: " + report.meetings().branchesMeetingRequirement() + "/" + report.meetings().branches()
                + " chi bộ tổ chức đủ " + report.meetings().required() + " buổi trong năm.");
        figures.add("Tuyên truyền mô hình: " + (report.propaganda().registeredModels() - report.propaganda().neverPropagated()) + "/"
                + report.propaganda().registeredModels() + " mô hình đã công nhận được đăng trên fanpage, nhóm Zalo hoặc đài truyền thanh.");
        parts.add(new Part("II. KẾT QUẢ THEO TỪNG NỘI DUNG", figures));
        parts.add(new Part("III. ƯU ĐIỂM", report.strengths().isEmpty() ? List.of("Chưa có số liệu để nhận xét.") : report.strengths()));
        parts.add(new Part("IV. HẠN CHẾ", report.shortcomings().isEmpty() ? List.of("Không có hạn chế được ghi nhận.") : report.shortcomings()));
        List<String> open = new ArrayList<>();
        for (OpenRecommendation r : report.openRecommendations()) {
            open.add(r.ownerUnitName() + ": " + r.recommendation().recommendation() + " (hạn "
                    + r.recommendation().dueDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT))
                    + (r.overdue() ? ", đã quá hạn" : "") + ").");
        }
        parts.add(new Part("V. KIẾN NGHỊ CHƯA HOÀN THÀNH", open.isEmpty() ? List.of("Các kiến nghị đã được thực hiện.") : open));
        return new CampaignDocument(report.unitName().toUpperCase(Locale.forLanguageTag("vi")), "TỔ GIÁM SÁT",
                "Số:      -BC/TGS", date, "BÁO CÁO\nKết quả giám sát việc thực hiện Kết luận 01-KL/TW và Đề án trang bị sách cho cơ sở năm " + report.year(),
                parts, "T/M TỔ GIÁM SÁT", "TỔ TRƯỞNG", "Nơi nhận:\n- Ban Thường vụ " + report.unitName() + ",\n- Các cơ sở được giám sát,\n- Lưu.");
    }
}

package vn.lamtheo.kernel.events.pledge;

import vn.lamtheo.kernel.events.pledge.PledgeContent;
import vn.lamtheo.kernel.events.pledge.PledgeHeader;
import vn.lamtheo.kernel.events.pledge.PledgeSections;

import java.util.List;

/** A pledge that passes the template check, and variations of it. */
public final class TestPledges {

    private TestPledges() {
    }

    public static PledgeHeader header() {
        return new PledgeHeader("Nguyễn Văn Một", 1985, "Công chức Văn phòng - Thống kê xã Nhị Trường", "CC_VAN_PHONG",
                "Tham mưu tổng hợp, theo dõi lịch công tác của Ủy ban nhân dân xã; phụ trách bộ phận tiếp nhận và trả kết quả.",
                null, null);
    }

    public static PledgeSections sections() {
        return new PledgeSections(
                "Thường xuyên nghiên cứu tài liệu sinh hoạt chuyên đề của năm, rút ra những nội dung phù hợp để làm theo.",
                "Giữ gìn danh dự, uy tín của người đảng viên, không để người thân lợi dụng danh nghĩa của mình.",
                "Chấp hành nghiêm giờ giấc làm việc, không đi trễ, về sớm.",
                "Giải quyết công việc đúng quy trình, đúng thời hạn, không để tồn đọng.",
                "Chủ động tham mưu tổng hợp cho lãnh đạo, bảo đảm bộ phận tiếp nhận và trả kết quả không có hồ sơ trễ hạn.",
                "Gương mẫu thực hiện văn hóa công sở, đi đầu trong các phong trào của địa phương.",
                "Còn 2 hồ sơ giải quyết chậm so với thời gian quy định.",
                "Lập danh mục công việc theo từng tuần, không để phát sinh hồ sơ trễ hạn.",
                "Hướng dẫn ít nhất 240 lượt người dân nộp hồ sơ trực tuyến trước ngày 15/12. Tôi vận động ít nhất 6 hộ gia đình trong xóm giữ gìn vệ sinh chung.");
    }

    public static PledgeContent content() {
        return new PledgeContent(header(), sections(), List.of("mh-1"));
    }

    public static PledgeContent withoutSection(String key) {
        var map = new java.util.LinkedHashMap<>(sections().asMap());
        map.put(key, "");
        return new PledgeContent(header(), PledgeSections.fromMap(map), List.of());
    }

    public static PledgeContent withSection(String key, String text) {
        var map = new java.util.LinkedHashMap<>(sections().asMap());
        map.put(key, text);
        return new PledgeContent(header(), PledgeSections.fromMap(map), List.of());
    }
}

package vn.lamtheo.model.testsupport;

import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.kernel.events.model.ModelContent;
import vn.lamtheo.kernel.events.model.ModelDescription;
import vn.lamtheo.kernel.events.model.ModelKind;
import vn.lamtheo.platform.security.Actor;

import java.util.Set;

/** The demo people of Cầu Ngang as actors, and a realistic model to work with. */
public final class Demo {

    public static final String DISTRICT = "cau-ngang";
    public static final String NHI_TRUONG = "cau-ngang/nhi-truong";
    public static final String NHI_TRUONG_BRANCH = "cau-ngang/nhi-truong/ap-la-bang-chop";
    public static final String HIEP_HOA = "cau-ngang/hiep-hoa";
    public static final String HIEP_HOA_BRANCH = "cau-ngang/hiep-hoa/ap-sa-binh";

    public static final Actor CURATOR = actor("curator", DISTRICT, Role.DISTRICT_CURATOR);
    public static final Actor SUPERVISOR = actor("supervisor", DISTRICT, Role.SUPERVISOR);
    public static final Actor COMMITTEE1 = actor("committee1", NHI_TRUONG, Role.COMMITTEE_OFFICER);
    public static final Actor COMMITTEE2 = actor("committee2", HIEP_HOA, Role.COMMITTEE_OFFICER);
    public static final Actor SECRETARY1 = actor("secretary1", NHI_TRUONG_BRANCH, Role.BRANCH_SECRETARY, Role.MEMBER);
    public static final Actor SECRETARY2 = actor("secretary2", HIEP_HOA_BRANCH, Role.BRANCH_SECRETARY, Role.MEMBER);
    public static final Actor MEMBER1 = actor("member1", NHI_TRUONG_BRANCH, Role.MEMBER);
    public static final Actor ADMIN = actor("admin", DISTRICT, Role.ADMIN);

    private Demo() {
    }

    public static Actor actor(String name, String unitId, Role... roles) {
        return new Actor("p-" + name, name, unitId, Set.of(roles));
    }

    public static ModelContent content() {
        return new ModelContent("Mô hình \"Vườn cây dinh dưỡng của chi bộ\"", "NONG_THON_MOI", ModelKind.COLLECTIVE, 2025,
                new ModelDescription(
                        "Nhiều hộ nghèo trong ấp thiếu rau sạch, bữa ăn thiếu dinh dưỡng.",
                        "Mỗi đảng viên giúp ít nhất một hộ nghèo lập vườn rau sạch; 100% hộ nghèo có vườn rau trong năm.",
                        "Chi bộ phân công đảng viên phụ trách hộ, hỗ trợ giống, hướng dẫn kỹ thuật trồng rau hữu cơ.",
                        "Ấp Là Bàng Chợp, xã Nhị Trường; 35 hộ nghèo và cận nghèo.",
                        "Đảng viên chi bộ, Hội Phụ nữ, Đoàn thanh niên ấp.",
                        "Vận động mạnh thường quân 15 triệu đồng; hộ dân góp công.",
                        "Từ tháng 3/2025 đến tháng 12/2025; đánh giá kết quả tháng 12/2025.",
                        "35 hộ có vườn rau; mỗi hộ tiết kiệm 300.000 đồng mỗi tháng.",
                        "Có thể nhân rộng ra các ấp có đông hộ nghèo trong xã."));
    }
}

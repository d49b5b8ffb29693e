package vn.lamtheo.kernel.events.pledge;

import java.util.Arrays;
import java.util.Optional;

/** The nine sections of a pledge, keyed as in the shared corpus and the JSON of the API. */
public enum SectionKey {
    TU_TUONG_CHINH_TRI("tuTuongChinhTri"),
    DAO_DUC_LOI_SONG("daoDucLoiSong"),
    Y_THUC_TO_CHUC_KY_LUAT("yThucToChucKyLuat"),
    TAC_PHONG_LE_LOI_LAM_VIEC("tacPhongLeLoiLamViec"),
    THUC_HIEN_CHUC_TRACH_NHIEM_VU("thucHienChucTrachNhiemVu"),
    TRACH_NHIEM_NEU_GUONG("trachNhiemNeuGuong"),
    HAN_CHE_KHUYET_DIEM_NAM_TRUOC("hanCheKhuyetDiemNamTruoc"),
    BIEN_PHAP_KHAC_PHUC("bienPhapKhacPhuc"),
    NOI_DUNG_LAM_THEO("noiDungLamTheo");

    private final String key;

    SectionKey(String key) {
        this.key = key;
    }

    /** The JSON key, e.g. {@code tuTuongChinhTri}. */
    public String key() {
        return key;
    }

    public static Optional<SectionKey> ofKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}

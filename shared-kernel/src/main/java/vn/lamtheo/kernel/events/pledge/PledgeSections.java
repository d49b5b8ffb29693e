package vn.lamtheo.kernel.events.pledge;

import java.util.LinkedHashMap;
import java.util.Map;

/** The nine sections of a pledge; a missing section is {@code null} or blank. Field names are the corpus keys. */
public record PledgeSections(String tuTuongChinhTri, String daoDucLoiSong, String yThucToChucKyLuat,
                             String tacPhongLeLoiLamViec, String thucHienChucTrachNhiemVu, String trachNhiemNeuGuong,
                             String hanCheKhuyetDiemNamTruoc, String bienPhapKhacPhuc, String noiDungLamTheo) {

    public static PledgeSections empty() {
        return new PledgeSections(null, null, null, null, null, null, null, null, null);
    }

    public String get(SectionKey key) {
        return switch (key) {
            case TU_TUONG_CHINH_TRI -> tuTuongChinhTri;
            case DAO_DUC_LOI_SONG -> daoDucLoiSong;
            case Y_THUC_TO_CHUC_KY_LUAT -> yThucToChucKyLuat;
            case TAC_PHONG_LE_LOI_LAM_VIEC -> tacPhongLeLoiLamViec;
            case THUC_HIEN_CHUC_TRACH_NHIEM_VU -> thucHienChucTrachNhiemVu;
            case TRACH_NHIEM_NEU_GUONG -> trachNhiemNeuGuong;
            case HAN_CHE_KHUYET_DIEM_NAM_TRUOC -> hanCheKhuyetDiemNamTruoc;
            case BIEN_PHAP_KHAC_PHUC -> bienPhapKhacPhuc;
            case NOI_DUNG_LAM_THEO -> noiDungLamTheo;
        };
    }

    /** The sections in form order, keyed by their JSON key (missing ones as empty strings). */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        for (SectionKey key : SectionKey.values()) {
            String text = get(key);
            map.put(key.key(), text == null ? "" : text);
        }
        return map;
    }

    public static PledgeSections fromMap(Map<String, String> map) {
        return new PledgeSections(map.get("tuTuongChinhTri"), map.get("daoDucLoiSong"), map.get("yThucToChucKyLuat"),
                map.get("tacPhongLeLoiLamViec"), map.get("thucHienChucTrachNhiemVu"), map.get("trachNhiemNeuGuong"),
                map.get("hanCheKhuyetDiemNamTruoc"), map.get("bienPhapKhacPhuc"), map.get("noiDungLamTheo"));
    }
}

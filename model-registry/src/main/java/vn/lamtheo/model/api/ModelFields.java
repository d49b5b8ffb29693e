package vn.lamtheo.model.api;

import java.util.List;

/** The configured fields (lĩnh vực) a model may belong to, in display order. */
public record ModelFields(List<String> codes) {

    public static final ModelFields DEFAULT = new ModelFields(List.of(
            "KINH_TE", "VAN_HOA_XA_HOI", "QUOC_PHONG_AN_NINH", "XAY_DUNG_HE_THONG_CHINH_TRI", "NONG_THON_MOI"));

    public ModelFields {
        codes = List.copyOf(codes);
    }

    public boolean contains(String code) {
        return code != null && codes.contains(code);
    }
}

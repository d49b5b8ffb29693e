package vn.lamtheo.model.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * @param fields {@code lamtheo.models.fields}: the fields (lĩnh vực) of models in display order, comma separated
 */
@ConfigurationProperties("lamtheo.models")
public record ModelProperties(List<String> fields) {

    static final List<String> DEFAULT_FIELDS = List.of("KINH_TE", "VAN_HOA_XA_HOI", "QUOC_PHONG_AN_NINH",
            "XAY_DUNG_HE_THONG_CHINH_TRI", "NONG_THON_MOI");

    public ModelProperties {
        fields = fields == null ? DEFAULT_FIELDS
                : fields.stream().map(String::trim).filter(field -> !field.isEmpty()).toList();
    }
}

package vn.lamtheo.platform.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code lamtheo.*} settings that belong to no one feature (the others have their own records under
 * {@code lamtheo.<feature>}).
 *
 * @param publicUrl where people reach Lamtheo ({@code LAMTHEO_PUBLIC_URL}, e.g. https://lamtheo.caungang.gov.vn),
 *                  without a trailing slash; empty: the address a request came in at
 * @param demo      demo tree and demo accounts ({@code LAMTHEO_DEMO}); unset: on with the embedded store only
 */
@ConfigurationProperties("lamtheo")
public record LamtheoProperties(String publicUrl, Boolean demo) {

    public LamtheoProperties {
        publicUrl = publicUrl == null ? "" : publicUrl.trim();
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}

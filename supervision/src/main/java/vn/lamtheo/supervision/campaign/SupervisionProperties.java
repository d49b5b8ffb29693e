package vn.lamtheo.supervision.campaign;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param thematicMeetingsPerYear {@code lamtheo.supervision.thematic-meetings-per-year}: thematic meetings a branch must
 *                                hold in a year to count as meeting the requirement in the campaign report (4: one a
 *                                quarter)
 */
@ConfigurationProperties("lamtheo.supervision")
public record SupervisionProperties(Integer thematicMeetingsPerYear) {

    public SupervisionProperties {
        thematicMeetingsPerYear = thematicMeetingsPerYear == null ? 4 : thematicMeetingsPerYear;
    }
}

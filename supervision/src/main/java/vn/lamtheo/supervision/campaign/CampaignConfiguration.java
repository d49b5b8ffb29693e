package vn.lamtheo.supervision.campaign;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The campaign report's settings, bound like every other {@code lamtheo.*} setting. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SupervisionProperties.class)
class CampaignConfiguration {
}

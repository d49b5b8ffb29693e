package vn.lamtheo.platform.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * Defaults every Lamtheo process shares (Axon without Axon Server, Jackson serializers, the update checker off).
 * An application's own application.yml or the environment override them.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource(value = "classpath:lamtheo-defaults.properties", encoding = "UTF-8")
public class KernelConfiguration {
}

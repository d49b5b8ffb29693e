package vn.lamtheo.platform.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * What every Lamtheo process shares: the top-level settings ({@link LamtheoProperties}). Defaults (Axon without Axon
 * Server, Jackson serializers, log levels) come from {@link LamtheoDefaults}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LamtheoProperties.class)
public class KernelConfiguration {
}

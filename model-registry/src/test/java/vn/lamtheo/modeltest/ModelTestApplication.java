package vn.lamtheo.modeltest;

import org.axonframework.springboot.autoconfig.UpdateCheckerAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The model context alone, as its tests run it over real HTTP: the kernel (store, event store, security,
 * directory) and the model registry, nothing of the pledge context.
 */
@SpringBootApplication(exclude = UpdateCheckerAutoConfiguration.class, scanBasePackages = {"vn.lamtheo.platform", "vn.lamtheo.model", "vn.lamtheo.modeltest"})
public class ModelTestApplication {
}

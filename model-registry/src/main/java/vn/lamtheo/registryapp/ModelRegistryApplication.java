package vn.lamtheo.registryapp;

import org.axonframework.springboot.autoconfig.UpdateCheckerAutoConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The model registry on its own, for a split deployment against the same MongoDB as the pledge service.
 * Kept outside {@code vn.lamtheo.model} so the hosting application does not pick it up as configuration.
 */
@SpringBootApplication(exclude = UpdateCheckerAutoConfiguration.class, scanBasePackages = {"vn.lamtheo.platform", "vn.lamtheo.model"})
public class ModelRegistryApplication {
    public static void main(String[] args) {
        // Axon's update checker would phone home; a district intranet has no business doing so.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(ModelRegistryApplication.class, args);
    }
}

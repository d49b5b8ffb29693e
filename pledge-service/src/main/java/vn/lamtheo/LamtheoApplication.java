package vn.lamtheo;

import org.axonframework.springboot.autoconfig.UpdateCheckerAutoConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The whole system in one process: the pledge context with the model registry and the book cabinets hosted beside it. */
@SpringBootApplication(exclude = UpdateCheckerAutoConfiguration.class, scanBasePackages = {"vn.lamtheo.platform", "vn.lamtheo.pledge", "vn.lamtheo.model", "vn.lamtheo.cabinet", "vn.lamtheo.supervision"})
public class LamtheoApplication {
    public static void main(String[] args) {
        // Axon's update checker would phone home; a district intranet has no business doing so.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(LamtheoApplication.class, args);
    }
}

package vn.lamtheo.model.web.page;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.platform.web.page.NavItem;

import java.util.Set;

/** The model pages' links in the main navigation. */
@Configuration(proxyBeanMethods = false)
class ModelPagesConfiguration {

    @Bean
    NavItem communeModelsNav(ObjectProvider<ModelPagesBackend> backend) {
        return new NavItem(30, "/commune/models", "nav.models.own", Set.of(Role.COMMITTEE_OFFICER), () -> backend.getIfAvailable() != null);
    }

    @Bean
    NavItem curationNav(ObjectProvider<ModelPagesBackend> backend) {
        return new NavItem(40, "/curation", "nav.models.curation", Set.of(Role.DISTRICT_CURATOR), () -> backend.getIfAvailable() != null);
    }

    @Bean
    NavItem registryNav(ObjectProvider<ModelPagesBackend> backend) {
        return new NavItem(50, "/models", "nav.models.registry", Set.of(), () -> backend.getIfAvailable() != null);
    }
}

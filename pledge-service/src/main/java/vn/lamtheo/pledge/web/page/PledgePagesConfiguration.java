package vn.lamtheo.pledge.web.page;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.platform.web.page.NavItem;

import java.util.Set;

/** The pledge pages' links in the main navigation. */
@Configuration(proxyBeanMethods = false)
class PledgePagesConfiguration {

    @Bean
    NavItem myPledgesNav(ObjectProvider<PledgePagesBackend> backend) {
        return new NavItem(10, "/pledges", "nav.pledges.mine", Set.of(Role.MEMBER), () -> backend.getIfAvailable() != null);
    }

    @Bean
    NavItem reviewNav(ObjectProvider<PledgePagesBackend> backend) {
        return new NavItem(20, "/review", "nav.pledges.review", Set.of(Role.BRANCH_SECRETARY), () -> backend.getIfAvailable() != null);
    }
}

package vn.lamtheo.cabinet.web.page;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.platform.web.page.NavItem;

import java.util.Set;

/** The cabinet pages' link in the main navigation, for those who keep or read cabinets. */
@Configuration(proxyBeanMethods = false)
class CabinetPagesConfiguration {

    @Bean
    NavItem cabinetsNav() {
        return new NavItem(35, "/cabinets", "nav.cabinets",
                Set.of(Role.CABINET_KEEPER, Role.COMMITTEE_OFFICER, Role.SUPERVISOR, Role.DISTRICT_CURATOR));
    }
}

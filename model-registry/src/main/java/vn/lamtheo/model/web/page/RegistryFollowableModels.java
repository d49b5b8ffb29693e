package vn.lamtheo.model.web.page;

import org.springframework.stereotype.Component;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.web.page.FollowableModels;
import vn.lamtheo.model.registry.RegistryQueries;

import java.util.LinkedHashMap;
import java.util.Map;

/** The public registry (featured first) as the choices a member may name in their pledge. */
@Component
class RegistryFollowableModels implements FollowableModels {

    private final RegistryQueries registry;

    RegistryFollowableModels(RegistryQueries registry) {
        this.registry = registry;
    }

    @Override
    public Map<String, String> choices(Actor actor) {
        Map<String, String> choices = new LinkedHashMap<>();
        registry.registry(actor, new RegistryQueries.Filter(null, null, null, null, null)).cards()
                .forEach(card -> choices.put(card.id(), card.title()));
        return choices;
    }
}

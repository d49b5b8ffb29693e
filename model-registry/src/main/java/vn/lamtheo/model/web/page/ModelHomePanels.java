package vn.lamtheo.model.web.page;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.lamtheo.kernel.directory.Role;
import vn.lamtheo.platform.web.page.HomePanel;
import vn.lamtheo.platform.web.page.HomePanel.Stat;
import vn.lamtheo.platform.web.page.PageUser;
import vn.lamtheo.model.web.page.ModelPagesBackend.Card;
import vn.lamtheo.model.web.page.ModelPagesBackend.CurationQueue;
import vn.lamtheo.model.web.page.ModelPagesBackend.Filter;

import java.util.ArrayList;
import java.util.List;

/** What waits on the home page: the curator's queue, the commune's models, the registry for everyone. */
@Component
class ModelHomePanels implements HomePanel.Provider {

    private final ObjectProvider<ModelPagesBackend> backends;

    ModelHomePanels(ObjectProvider<ModelPagesBackend> backends) {
        this.backends = backends;
    }

    @Override
    public List<HomePanel> panelsFor(PageUser user) {
        ModelPagesBackend backend = backends.getIfAvailable();
        if (backend == null) {
            return List.of();
        }
        List<HomePanel> panels = new ArrayList<>();
        if (user.actor().has(Role.DISTRICT_CURATOR)) {
            CurationQueue queue = backend.curationQueue(user.actor());
            panels.add(new HomePanel(30, "home.curation.title", "home.curation.text", "/curation", "home.curation.open", List.of(
                    new Stat("curation.submitted", queue.submitted().size(), "/curation#submitted", true),
                    new Stat("curation.overlapFlagged", queue.overlapFlagged().size(), "/curation#overlap", true),
                    new Stat("curation.carriedOver", queue.carriedOver().size(), "/curation#carried", true))));
        }
        if (user.actor().has(Role.COMMITTEE_OFFICER)) {
            List<Card> own = backend.ownModels(user.actor(), user.actor().unitId());
            panels.add(new HomePanel(40, "home.commune.title", "home.commune.text", "/commune/models", "home.commune.open", List.of(
                    new Stat("home.commune.total", own.size(), null, false),
                    new Stat("home.commune.returned", own.stream().filter(c -> "REVISION_REQUESTED".equals(c.status())
                            || "OVERLAP_FLAGGED".equals(c.status())).count(), "/commune/models", true))));
        }
        List<Card> featured = backend.registry(user.actor(), new Filter(null, "FEATURED", null, null, null)).cards();
        panels.add(new HomePanel(90, "home.registry.title", "home.registry.text", "/models", "home.registry.open", List.of(
                new Stat("model.status.FEATURED", featured.size(), "/models?status=FEATURED", false))));
        return panels;
    }
}

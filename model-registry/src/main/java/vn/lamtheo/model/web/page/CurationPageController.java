package vn.lamtheo.model.web.page;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.NotFoundException;
import vn.lamtheo.platform.web.page.PageController;
import vn.lamtheo.platform.web.page.PageUser;

/** The curator's queue: submitted, overlap-flagged, and carried over without this year's results. */
@PageController
class CurationPageController {

    private final ObjectProvider<ModelPagesBackend> backends;

    CurationPageController(ObjectProvider<ModelPagesBackend> backends) {
        this.backends = backends;
    }

    @GetMapping("/curation")
    String queue(Model model) {
        Actor me = PageUser.required(model).actor();
        ModelPagesBackend backend = backends.getIfAvailable();
        if (backend == null) {
            throw new NotFoundException("model pages");
        }
        model.addAttribute("queue", backend.curationQueue(me));
        return "model/curation";
    }
}

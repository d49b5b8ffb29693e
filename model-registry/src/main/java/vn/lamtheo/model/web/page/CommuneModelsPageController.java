package vn.lamtheo.model.web.page;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.lamtheo.platform.security.Actor;
import vn.lamtheo.platform.security.NotFoundException;
import vn.lamtheo.platform.web.page.PageController;
import vn.lamtheo.platform.web.page.PageUser;
import vn.lamtheo.model.web.page.ModelPagesBackend.Card;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A commune officer's (or branch secretary's) own models: every status, with the figures by status and field. */
@PageController
class CommuneModelsPageController {

    private final ObjectProvider<ModelPagesBackend> backends;

    CommuneModelsPageController(ObjectProvider<ModelPagesBackend> backends) {
        this.backends = backends;
    }

    @GetMapping("/commune/models")
    String ownModels(Model model) {
        Actor me = PageUser.required(model).actor();
        ModelPagesBackend backend = backends.getIfAvailable();
        if (backend == null) {
            throw new NotFoundException("model pages");
        }
        List<Card> cards = backend.ownModels(me, me.unitId());
        Map<String, Long> byStatus = new LinkedHashMap<>();
        ModelPageController.STATUSES.forEach(status -> byStatus.put(status, 0L));
        cards.forEach(card -> byStatus.merge(card.status(), 1L, Long::sum));
        Map<String, Long> byField = new TreeMap<>(cards.stream()
                .collect(Collectors.groupingBy(Card::field, Collectors.counting())));
        model.addAttribute("cards", cards);
        model.addAttribute("byStatus", byStatus);
        model.addAttribute("byField", byField);
        model.addAttribute("adopters", cards.stream().mapToLong(Card::adopters).sum());
        return "model/commune";
    }
}

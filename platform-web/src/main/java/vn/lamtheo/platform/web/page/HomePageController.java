package vn.lamtheo.platform.web.page;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The home page: for each role of the person, what waits for them (contributed by the contexts). */
@PageController
public class HomePageController {

    private static final Logger log = LoggerFactory.getLogger(HomePageController.class);

    private final ObjectProvider<HomePanel.Provider> providers;

    public HomePageController(ObjectProvider<HomePanel.Provider> providers) {
        this.providers = providers;
    }

    @GetMapping("/")
    String home(Model model) {
        PageUser me = PageUser.in(model);
        if (me == null) {
            return "redirect:/login";
        }
        List<HomePanel> panels = new ArrayList<>();
        {
            providers.orderedStream().forEach(provider -> {
                try {
                    panels.addAll(provider.panelsFor(me));
                } catch (RuntimeException e) {
                    // One context failing must not take the whole home page down.
                    log.warn("Home panel provider {} failed", provider.getClass().getSimpleName(), e);
                }
            });
        }
        panels.sort(Comparator.comparingInt(HomePanel::order));
        model.addAttribute("panels", panels);
        return "home";
    }
}

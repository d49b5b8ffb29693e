package vn.lamtheo.model.web.page;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.directory.Unit;
import vn.lamtheo.kernel.events.model.ModelDescription;
import vn.lamtheo.platform.config.LamtheoProperties;
import vn.lamtheo.platform.security.NotFoundException;
import vn.lamtheo.platform.web.page.PageController;
import vn.lamtheo.model.registry.ModelView;
import vn.lamtheo.model.registry.ModelViews;
import vn.lamtheo.model.registry.RegistryQueries;
import vn.lamtheo.model.registry.RegistryQueries.Listed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The published registry ({@code /registry}, {@code /registry/{id}}), open without signing in: the district shares
 * these links on its fanpage and in Zalo groups. Only registered and featured models, and of each only what the
 * registration form publishes (title, field, unit, years, adopters, description); never who proposed or curated it.
 * A model's page carries Open Graph tags, so a shared link shows a card.
 */
@PageController
class PublicRegistryPageController {

    private final RegistryQueries queries;
    private final ModelViews views;
    private final Directory directory;
    private final String publicUrl;

    /** @param settings {@code lamtheo.public-url}: the address shared links carry; empty, the address the page was asked at */
    PublicRegistryPageController(RegistryQueries queries, ModelViews views, Directory directory, LamtheoProperties settings) {
        this.queries = queries;
        this.views = views;
        this.directory = directory;
        this.publicUrl = settings.publicUrl();
    }

    @GetMapping("/registry")
    String registry(@RequestParam(required = false) String field, @RequestParam(required = false) String q,
                    @RequestParam(required = false) Integer year, Model model) {
        RegistryQueries.Filter filter = new RegistryQueries.Filter(blank(field), null, null, year, blank(q));
        RegistryQueries.Registry registry = queries.publicRegistry(filter);
        model.addAttribute("filter", filter);
        model.addAttribute("cards", registry.cards());
        model.addAttribute("fields", registry.fields());
        model.addAttribute("unitNames", unitNames(registry.cards()));
        return "model/public-registry";
    }

    @GetMapping("/registry/{id}")
    String model(@PathVariable String id, Model model) {
        Listed card = queries.publicCard(id).orElseThrow(() -> new NotFoundException("model"));
        ModelView view = views.find(id).orElseThrow(() -> new NotFoundException("model"));
        model.addAttribute("card", card);
        model.addAttribute("unitName", unitName(card.unitId()));
        Map<String, String> description = description(view.description);
        model.addAttribute("description", description);
        model.addAttribute("openGraph", openGraph(card, description));
        return "model/public-model";
    }

    /** The card a shared link shows: the title, the summary (or the form's first part), the page's absolute address. */
    private OpenGraph openGraph(Listed card, Map<String, String> description) {
        String text = card.summary() != null && !card.summary().isBlank() ? card.summary()
                : description.values().stream().findFirst().orElse(card.title());
        String base = publicUrl.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() : publicUrl;
        String url = UriComponentsBuilder.fromUriString(base).path("/registry/{id}").buildAndExpand(card.id()).encode().toUriString();
        return new OpenGraph(card.title(), OpenGraph.shortened(text), url, "article");
    }

    /** The form's parts in the form's order, the blank ones left out. */
    private static Map<String, String> description(ModelDescription d) {
        Map<String, String> parts = ModelPagesAdapter.description(d);
        parts.values().removeIf(String::isBlank);
        return parts;
    }

    private Map<String, String> unitNames(List<Listed> cards) {
        Map<String, String> names = new LinkedHashMap<>();
        cards.forEach(c -> names.computeIfAbsent(c.unitId(), this::unitName));
        return names;
    }

    private String unitName(String unitId) {
        return unitId == null ? "" : directory.unit(unitId).map(Unit::name).orElse(unitId);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

package vn.lamtheo.platform.web.page;

import java.util.List;

/**
 * One box on the home page: what waits for this person in one context, with a link to act on it.
 *
 * @param order     position, smaller first
 * @param titleKey  message key of the title
 * @param textKey   message key of a short explanation (may be null)
 * @param path      where the main action goes
 * @param actionKey message key of the main action's label
 * @param stats     a few figures, each possibly a link
 */
public record HomePanel(int order, String titleKey, String textKey, String path, String actionKey, List<Stat> stats) {

    public HomePanel {
        stats = List.copyOf(stats);
    }

    /** @param labelKey message key; @param value the figure; @param path a link, or null; @param attention highlight */
    public record Stat(String labelKey, long value, String path, boolean attention) {
    }

    /** Contributed by a context's pages; asked once per home page view. */
    public interface Provider {
        List<HomePanel> panelsFor(PageUser user);
    }
}

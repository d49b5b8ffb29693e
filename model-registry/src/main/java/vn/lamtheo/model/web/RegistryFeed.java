package vn.lamtheo.model.web;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import vn.lamtheo.platform.config.LamtheoProperties;
import org.springframework.stereotype.Component;
import vn.lamtheo.kernel.events.model.ModelStatus;
import vn.lamtheo.model.registry.RegistryCard;
import vn.lamtheo.model.registry.RegistryQueries;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The Atom feed of featured and newly registered models, for the district fanpage ("Cầu Ngang - Đồng Khởi")
 * and social posting. Rome writes it, so it is valid Atom 1.0 with proper escaping of Vietnamese text.
 */
@Component
public class RegistryFeed {

    private static final int ENTRIES = 50;

    private final RegistryQueries queries;
    private final String publicUrl;
    private final Clock clock;

    /**
     * @param settings where people reach Lamtheo ({@code lamtheo.public-url}, e.g. https://lamtheo.caungang.gov.vn);
     *                 empty: the address the feed was requested at
     */
    public RegistryFeed(RegistryQueries queries, LamtheoProperties settings, Clock clock) {
        this.queries = queries;
        this.publicUrl = settings.publicUrl();
        this.clock = clock;
    }

    /**
     * @param requestBaseUrl the scheme, host, port and context path the feed was asked for at; used when no public URL
     *                       is configured, so links work on whatever address the reader reached
     */
    public String atom(String requestBaseUrl) {
        String baseUrl = publicUrl.isEmpty() ? requestBaseUrl : publicUrl;
        List<RegistryCard> cards = queries.feedEntries(ENTRIES);
        Feed feed = new Feed("atom_1.0");
        feed.setId("urn:lamtheo:registry");
        feed.setTitle("Mô hình hay, cách làm tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh");
        feed.setSubtitle(plain("Các mô hình tiêu biểu và mô hình mới đăng ký của Đảng bộ"));
        feed.setAlternateLinks(List.of(link(baseUrl + "/registry", "alternate")));
        feed.setOtherLinks(List.of(link(baseUrl + "/api/registry/feed.atom", "self")));
        Person author = new Person();
        author.setName("Ban Tuyên giáo");
        feed.setAuthors(List.of(author));
        Instant updated = cards.stream().map(RegistryQueries::publishedAt).filter(java.util.Objects::nonNull)
                .max(Instant::compareTo).orElseGet(clock::instant); // an empty feed was last looked at now
        feed.setUpdated(Date.from(updated));
        List<Entry> entries = new ArrayList<>();
        for (RegistryCard card : cards) {
            Entry entry = new Entry();
            entry.setId("urn:lamtheo:model:" + card.id());
            boolean featured = card.status() == ModelStatus.FEATURED;
            entry.setTitle((featured ? "Mô hình tiêu biểu: " : "Mô hình mới: ") + card.title());
            entry.setAlternateLinks(List.of(link(baseUrl + "/registry/" + card.id(), "alternate")));
            Instant published = RegistryQueries.publishedAt(card);
            Date date = Date.from(published == null ? Instant.EPOCH : published);
            entry.setUpdated(date);
            entry.setPublished(card.registeredAt() == null ? date : Date.from(card.registeredAt()));
            entry.setSummary(plain(card.summary() == null ? card.title() : card.summary()));
            com.rometools.rome.feed.atom.Category category = new com.rometools.rome.feed.atom.Category();
            category.setTerm(card.field());
            entry.setCategories(List.of(category));
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new WireFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("Cannot write the registry feed", e);
        }
    }

    private static Content plain(String text) {
        Content c = new Content();
        c.setType("text");
        c.setValue(text);
        return c;
    }

    private static Link link(String href, String rel) {
        Link l = new Link();
        l.setHref(href);
        l.setRel(rel);
        return l;
    }
}

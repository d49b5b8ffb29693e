package vn.lamtheo.cabinet.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.lamtheo.cabinet.api.CatalogueTitle;
import vn.lamtheo.cabinet.api.OpenCabinet;
import vn.lamtheo.cabinet.api.RegisterReader;
import vn.lamtheo.kernel.directory.Directory;
import vn.lamtheo.kernel.events.cabinet.TitleSource;
import vn.lamtheo.platform.demo.DemoMode;
import vn.lamtheo.platform.security.Actor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * In demo mode, sets up the demo cabinet of {@code lamtheo/demo-cabinet.yaml} once (a cabinet that already has
 * events is left as people changed it), through the same commands a keeper sends, so it is a real ledger.
 */
@Component
public class DemoCabinet {

    private static final Logger log = LoggerFactory.getLogger(DemoCabinet.class);
    static final String FILE = "lamtheo/demo-cabinet.yaml";

    record Cabinet(String id, String unitId, String openedBy, String keeper, String name, String place, boolean reachable) {
    }

    record Title(String isbn, String title, String author, String publisher, Integer year, String category,
                 TitleSource source, String shelf, int copies) {
    }

    record Reader(String name, String hamlet, String phone) {
    }

    record Data(Cabinet cabinet, List<Title> titles, List<Reader> readers) {
    }

    private final DemoMode mode;
    private final CommandGateway gateway;
    private final EventStore events;
    private final Directory directory;

    public DemoCabinet(DemoMode mode, CommandGateway gateway, EventStore events, Directory directory) {
        this.mode = mode;
        this.gateway = gateway;
        this.events = events;
        this.directory = directory;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void seed() {
        if (!mode.enabled()) {
            return;
        }
        Data data = load();
        Cabinet c = data.cabinet();
        if (events.lastSequenceNumberFor(c.id()).isPresent()) {
            return;
        }
        Actor officer = actor(c.openedBy());
        Actor keeper = actor(c.keeper());
        gateway.sendAndWait(new OpenCabinet(c.id(), c.unitId(), c.name(), c.place(), c.reachable(), officer));
        int n = 0;
        for (Title t : data.titles()) {
            gateway.sendAndWait(new CatalogueTitle(c.id(), c.id() + "-t" + (++n), t.isbn(), t.title(), t.author(), t.publisher(),
                    t.year(), t.category(), t.source(), t.shelf(), t.copies(), null, keeper));
        }
        n = 0;
        for (Reader r : data.readers()) {
            gateway.sendAndWait(new RegisterReader(c.id(), c.id() + "-r" + (++n), r.name(), r.hamlet(), r.phone(), null, keeper));
        }
        log.info("Demo mode: the book cabinet '{}' of {} with {} titles, kept by {}", c.name(), c.unitId(), data.titles().size(), c.keeper());
    }

    private Actor actor(String personId) {
        var person = directory.person(personId)
                .orElseThrow(() -> new IllegalStateException(FILE + " names " + personId + ", who is not in the demo directory"));
        return new Actor(person.id(), personId, person.unitId(), person.roles());
    }

    static Data load() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build().readValue(in, Data.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
    }
}

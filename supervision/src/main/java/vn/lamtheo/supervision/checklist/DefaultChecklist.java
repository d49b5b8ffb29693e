package vn.lamtheo.supervision.checklist;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import vn.lamtheo.supervision.checklist.ChecklistCommand.DraftChecklist;
import vn.lamtheo.supervision.checklist.ChecklistCommand.PublishChecklist;
import vn.lamtheo.supervision.store.SupervisionCommands;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Ships the template of the district's own visit ("Giám sát thực hiện Kết luận 01-KL/TW và Đề án trang bị sách cho
 * cơ sở", {@code supervision/checklist-kl01.json}) as version 1, drafted and published at the first start. Its
 * events are the truth: a start that finds the version in the event store sends nothing.
 */
@Component
public class DefaultChecklist implements ApplicationRunner {

    public static final String ID = "kl01-sach-v1";
    private static final String SYSTEM = "system";
    private static final Logger log = LoggerFactory.getLogger(DefaultChecklist.class);

    private final EventStore eventStore;
    private final SupervisionCommands commands;
    private final ObjectMapper mapper;

    public DefaultChecklist(EventStore eventStore, SupervisionCommands commands, ObjectMapper mapper) {
        this.eventStore = eventStore;
        this.commands = commands;
        this.mapper = mapper;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (eventStore.readEvents(ID).hasNext()) {
            return;
        }
        Template template = load();
        commands.send(new DraftChecklist(ID, "kl01-sach", 1, template.title(), template.sections(), SYSTEM), "checklist");
        commands.send(new PublishChecklist(ID, SYSTEM), "checklist");
        log.info("Published the default supervision checklist {}", ID);
    }

    public Template load() {
        try (InputStream in = DefaultChecklist.class.getResourceAsStream("/supervision/checklist-kl01.json")) {
            return mapper.readValue(in, Template.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Template(String title, java.util.List<ChecklistSection> sections) {
    }
}

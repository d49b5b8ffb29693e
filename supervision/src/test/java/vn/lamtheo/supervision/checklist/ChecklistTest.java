package vn.lamtheo.supervision.checklist;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.supervision.checklist.ChecklistCommand.*;
import vn.lamtheo.supervision.checklist.ChecklistEvent.*;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lamtheo.supervision.testsupport.Rejections.fields;
import static vn.lamtheo.supervision.testsupport.Rejections.reason;

/** Given-when-then tests of the checklist template version: DRAFT → PUBLISHED → ARCHIVED, and the shipped template. */
class ChecklistTest {

    static final String ID = "kl01-sach-v1";
    static final Instant NOW = Instant.parse("2026-05-04T02:00:00Z");
    static final List<ChecklistSection> SECTIONS = List.of(new ChecklistSection("ke-hoach", "Kế hoạch", List.of(
            new ChecklistItem("kl01.ke-hoach", "Có kế hoạch thực hiện Kết luận 01-KL/TW", ItemKind.CHECK, true),
            new ChecklistItem("kl01.so-dang-vien", "Số đảng viên học tập", ItemKind.NUMBER, false))));

    FixtureConfiguration<Checklist> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Checklist.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static ChecklistDrafted drafted() {
        return new ChecklistDrafted(ID, "kl01-sach", 1, "Giám sát", SECTIONS, "p-supervisor", NOW);
    }

    @Test
    void a_draft_is_published_then_archived() {
        fixture.givenNoPriorActivity()
                .when(new DraftChecklist(ID, "kl01-sach", 1, " Giám sát ", SECTIONS, "p-supervisor"))
                .expectEvents(drafted());
        fixture.given(drafted()).when(new PublishChecklist(ID, "p-supervisor"))
                .expectEvents(new ChecklistPublished(ID, "p-supervisor", NOW));
        fixture.given(drafted(), new ChecklistPublished(ID, "p-supervisor", NOW)).when(new ArchiveChecklist(ID, "p-supervisor"))
                .expectEvents(new ChecklistArchived(ID, "p-supervisor", NOW));
    }

    @Test
    void a_published_version_does_not_change_a_new_version_is_drafted_instead() {
        fixture.given(drafted(), new ChecklistPublished(ID, "p-supervisor", NOW))
                .when(new EditChecklist(ID, "Giám sát mới", SECTIONS, "p-supervisor"))
                .expectNoEvents()
                .expectException(CommandRejected.class)
                .expectExceptionMessage("Cannot edit checklist in status PUBLISHED");
        fixture.given(drafted()).when(new EditChecklist(ID, "Giám sát mới", SECTIONS, "p-supervisor"))
                .expectEvents(new ChecklistEdited(ID, "Giám sát mới", SECTIONS, "p-supervisor", NOW));
    }

    @Test
    void only_a_draft_is_published_and_only_a_published_version_archived() {
        fixture.given(drafted(), new ChecklistPublished(ID, "s", NOW)).when(new PublishChecklist(ID, "s"))
                .expectException(CommandRejected.class).expectExceptionMessage("Cannot publish checklist in status PUBLISHED");
        fixture.given(drafted()).when(new ArchiveChecklist(ID, "s"))
                .expectException(CommandRejected.class).expectExceptionMessage("Cannot archive checklist in status DRAFT");
    }

    @Test
    void a_key_used_twice_an_empty_section_and_a_missing_title_are_named() {
        ChecklistItem item = SECTIONS.get(0).items().get(0);
        List<ChecklistSection> bad = List.of(new ChecklistSection("a", "A", List.of(item, item)),
                new ChecklistSection("b", "B", List.of()));
        fixture.givenNoPriorActivity()
                .when(new DraftChecklist(ID, "kl01-sach", 1, " ", bad, "p-supervisor"))
                .expectNoEvents()
                .expectException(reason(CommandRejected.Reason.INVALID))
                .expectException(fields("title", "sections[0].items[1].key", "sections[1].items"));
    }

    @Test
    void the_shipped_template_is_valid_vietnamese_with_critical_items() {
        DefaultChecklist.Template template = new DefaultChecklist(null, null, new ObjectMapper()).load();
        Checklist.requireValid(template.title(), template.sections());
        assertThat(template.title()).isEqualTo("Giám sát thực hiện Kết luận 01-KL/TW và Đề án trang bị sách cho cơ sở");
        List<ChecklistItem> items = template.sections().stream().flatMap(s -> s.items().stream()).toList();
        assertThat(items).hasSizeGreaterThan(15).anyMatch(ChecklistItem::critical)
                .extracting(ChecklistItem::kind).contains(ItemKind.CHECK, ItemKind.NUMBER, ItemKind.TEXT);
        // Vietnamese: every item's text carries at least one Vietnamese letter beyond ASCII.
        assertThat(items).allSatisfy(i -> assertThat(i.text()).matches(".*[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ].*"));
    }
}

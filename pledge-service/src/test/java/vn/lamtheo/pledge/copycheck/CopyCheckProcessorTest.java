package vn.lamtheo.pledge.copycheck;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lamtheo.kernel.events.pledge.CopyDirection;
import vn.lamtheo.kernel.events.pledge.CopyKind;
import vn.lamtheo.kernel.events.pledge.PledgeEvent;
import vn.lamtheo.kernel.events.pledge.PledgeStatus;
import vn.lamtheo.kernel.events.pledge.PledgeEvents;
import vn.lamtheo.platform.store.TestMongo;
import vn.lamtheo.pledge.api.MarkCopiedBy;
import vn.lamtheo.pledge.api.MarkCopiedFrom;
import vn.lamtheo.pledge.api.RecordCopyCheck;
import vn.lamtheo.pledge.template.TemplateCheck;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

/**
 * The copy-check handler on the embedded store: it indexes each submitted text, checks it against those indexed
 * before, records the result (COPY / SELF_COPY, COPIED_FROM) and links the source (COPIED_BY); a stale text records
 * nothing; after a reset the same events give the same commands (the pledge skips what it already recorded).
 */
class CopyCheckProcessorTest {

    static final String BRANCH = "cau-ngang/nhi-truong/ap-la-bang-chop";
    static final String OTHER_BRANCH = "cau-ngang/truong-tho/co-quan";

    @TempDir
    Path dir;
    TestMongo mongo;
    EmbeddedEventStore store;
    CopyCheckProcessor processor;
    CopyCheckConfiguration.PledgeCopyIndex index;
    final List<Object> sent = new ArrayList<>();
    final Map<String, Long> sequences = new HashMap<>();

    @BeforeEach
    void setUp() {
        mongo = new TestMongo(dir);
        store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        CommandGateway commands = mock(CommandGateway.class);
        doAnswer(call -> {
            sent.add(call.getArgument(0));
            return null;
        }).when(commands).sendAndWait(any());
        index = new CopyCheckConfiguration().pledgeCopyIndex(mongo.database(), TemplateCheck.withDefaults());
        processor = new CopyCheckProcessor(index, commands, new vn.lamtheo.pledge.application.PledgeEvents(store));
    }

    @AfterEach
    void tearDown() {
        store.shutDown();
        mongo.close();
    }

    /** Stores the event in the pledge's stream (as the aggregate would) and hands it to the processor. */
    void happen(PledgeEvent event) {
        long sequence = sequences.merge(event.pledgeId(), 1L, Long::sum) - 1;
        store.publish(new GenericDomainEventMessage<>("Pledge", event.pledgeId(), sequence, event));
    }

    void deliver(PledgeEvent event) {
        if (event instanceof vn.lamtheo.kernel.events.pledge.PledgeSubmitted e) processor.on(e);
        else if (event instanceof vn.lamtheo.kernel.events.pledge.PledgeRevised e) processor.on(e);
        else if (event instanceof vn.lamtheo.kernel.events.pledge.PledgeImported e) processor.on(e);
    }

    @Test
    void checks_indexes_records_and_links_and_a_replay_sends_the_same_commands() {
        PledgeEvents first = new PledgeEvents("pl-a", "member1", BRANCH, "cau-ngang/nhi-truong", 2025);
        PledgeEvents sameMemberNextYear = new PledgeEvents("pl-b", "member1", BRANCH, "cau-ngang/nhi-truong", 2026);
        PledgeEvents otherMember = new PledgeEvents("pl-c", "member3", OTHER_BRANCH, "cau-ngang/truong-tho", 2026);
        List<PledgeEvent> story = List.of(first.imported(PledgeStatus.APPROVED), sameMemberNextYear.drafted(),
                sameMemberNextYear.submitted(), otherMember.drafted(), otherMember.submitted());
        story.forEach(this::happen);
        story.forEach(this::deliver);

        List<Object> live = List.copyOf(sent);
        List<RecordCopyCheck> records = live.stream().filter(RecordCopyCheck.class::isInstance).map(RecordCopyCheck.class::cast).toList();
        assertThat(records).extracting(RecordCopyCheck::pledgeId).containsExactly("pl-a", "pl-b", "pl-c");
        assertThat(records.get(0).sources()).isEmpty();
        assertThat(records.get(0).suspected()).isFalse();

        RecordCopyCheck selfCopy = records.get(1);
        assertThat(selfCopy.suspected()).isTrue();
        assertThat(selfCopy.sources()).singleElement().satisfies(s -> {
            assertThat(s.pledgeId()).isEqualTo("pl-a");
            assertThat(s.kind()).isEqualTo(CopyKind.SELF_COPY);
            assertThat(s.direction()).isEqualTo(CopyDirection.COPIED_FROM);
            assertThat(s.unitId()).isEqualTo(BRANCH);
            assertThat(s.year()).isEqualTo(2025);
            assertThat(s.passages()).isNotEmpty();
            // the same text written the same way: the engine's tie-break value travels with the recorded source
            assertThat(s.surfaceAgreement()).isEqualTo(1.0);
        });

        RecordCopyCheck copy = records.get(2);
        assertThat(copy.suspected()).isTrue();
        assertThat(copy.sources()).extracting(s -> s.pledgeId()).containsExactlyInAnyOrder("pl-a", "pl-b");
        assertThat(copy.sources()).allSatisfy(s -> assertThat(s.kind()).isEqualTo(CopyKind.COPY));

        List<MarkCopiedBy> links = live.stream().filter(MarkCopiedBy.class::isInstance).map(MarkCopiedBy.class::cast).toList();
        assertThat(links).extracting(MarkCopiedBy::pledgeId).containsExactlyInAnyOrder("pl-a", "pl-a", "pl-b");
        assertThat(links).allSatisfy(l -> assertThat(l.source().direction()).isEqualTo(CopyDirection.COPIED_BY));
        assertThat(links).filteredOn(l -> l.pledgeId().equals("pl-b")).singleElement()
                .satisfies(l -> assertThat(l.source().pledgeId()).isEqualTo("pl-c"));

        // A reset: the index is emptied and the same events replayed give exactly the same commands.
        sent.clear();
        processor.reset();
        story.forEach(this::deliver);
        assertThat(sent).isEqualTo(live);

        // Redelivery of the last event without a reset (the text is already indexed): the same result again.
        sent.clear();
        deliver(story.get(story.size() - 1));
        assertThat(sent).isEqualTo(live.subList(live.indexOf(copy), live.size()));
    }

    @Test
    void a_later_years_copy_checked_before_its_source_is_told_that_it_copied_from_it() {
        PledgeEvents lastYear = new PledgeEvents("pl-old", "member1", BRANCH, "cau-ngang/nhi-truong", 2025);
        PledgeEvents thisYear = new PledgeEvents("pl-new", "member1", BRANCH, "cau-ngang/nhi-truong", 2026);
        // this year's pledge is imported first, last year's (the same text) after it
        List<PledgeEvent> story = List.of(thisYear.imported(PledgeStatus.SUBMITTED), lastYear.imported(PledgeStatus.APPROVED));
        story.forEach(this::happen);
        story.forEach(this::deliver);

        List<RecordCopyCheck> records = sent.stream().filter(RecordCopyCheck.class::isInstance).map(RecordCopyCheck.class::cast).toList();
        assertThat(records).extracting(RecordCopyCheck::pledgeId).containsExactly("pl-new", "pl-old");
        assertThat(records.get(0).sources()).isEmpty();
        // last year's check sees this year's text, which it cannot have copied: not a source, and not suspected
        assertThat(records.get(1).suspected()).isFalse();
        assertThat(records.get(1).sources()).singleElement()
                .satisfies(s -> assertThat(s.direction()).isEqualTo(CopyDirection.COPIED_BY));

        assertThat(sent).filteredOn(MarkCopiedBy.class::isInstance).isEmpty();
        assertThat(sent).filteredOn(MarkCopiedFrom.class::isInstance).singleElement().satisfies(command -> {
            MarkCopiedFrom link = (MarkCopiedFrom) command;
            assertThat(link.pledgeId()).isEqualTo("pl-new");
            assertThat(link.source().pledgeId()).isEqualTo("pl-old");
            assertThat(link.source().direction()).isEqualTo(CopyDirection.COPIED_FROM);
            assertThat(link.source().kind()).isEqualTo(CopyKind.SELF_COPY);
            assertThat(link.source().year()).isEqualTo(2025);
            assertThat(link.source().suspected()).isTrue();
            assertThat(link.source().passages()).isNotEmpty();
        });
    }

    @Test
    void a_replay_does_not_tell_a_revised_pledge_that_its_replaced_text_copied_from_an_earlier_year() {
        PledgeEvents lastYear = new PledgeEvents("pl-old", "member1", BRANCH, "cau-ngang/nhi-truong", 2025);
        PledgeEvents thisYear = new PledgeEvents("pl-new", "member1", BRANCH, "cau-ngang/nhi-truong", 2026);
        List<PledgeEvent> story = List.of(thisYear.drafted(), thisYear.submitted(), lastYear.imported(PledgeStatus.APPROVED),
                thisYear.revisionRequested("secretary1"), thisYear.revised(1));
        story.forEach(this::happen);

        // a reset replays the story: when last year's pledge is checked, this year's indexed text is already replaced
        processor.reset();
        story.forEach(this::deliver);
        assertThat(sent).filteredOn(MarkCopiedFrom.class::isInstance).isEmpty();
        assertThat(sent).filteredOn(RecordCopyCheck.class::isInstance).extracting(c -> ((RecordCopyCheck) c).pledgeId())
                .containsExactly("pl-old", "pl-new");
    }

    @Test
    void a_text_revised_meanwhile_is_indexed_but_its_stale_result_is_not_recorded() {
        PledgeEvents p = new PledgeEvents("pl-a", "member1", BRANCH, "cau-ngang/nhi-truong", 2026);
        List<PledgeEvent> story = List.of(p.drafted(), p.submitted(), p.revisionRequested("secretary1"), p.revised(1));
        story.forEach(this::happen);
        deliver(story.get(1));
        assertThat(sent).isEmpty();
        deliver(story.get(3));
        assertThat(sent).singleElement().isInstanceOf(RecordCopyCheck.class);
        // the revision is not a copy of the text it replaces
        assertThat(((RecordCopyCheck) sent.get(0)).sources()).isEmpty();
    }
}

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
import vn.lamtheo.kernel.events.pledge.CopySource;
import vn.lamtheo.kernel.events.pledge.PledgeRevised;
import vn.lamtheo.pledge.api.RecordCopyCheck;
import vn.lamtheo.pledge.api.RecordCopyPair;
import vn.lamtheo.pledge.api.WithdrawCopyPair;
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
 * before, records each pair on both pledges with the direction of their years and first-submission times (never of
 * the order of the checks); a stale text records nothing; a revision that no longer matches withdraws the pair; after
 * a reset the same events give the same commands (the pledges skip what they already recorded).
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
        if (event instanceof vn.lamtheo.kernel.events.pledge.PledgeSubmitted e) processor.on(e, null); // no event store position here
        else if (event instanceof vn.lamtheo.kernel.events.pledge.PledgeRevised e) processor.on(e, null); // no event store position here
        else if (event instanceof vn.lamtheo.kernel.events.pledge.PledgeImported e) processor.on(e, null); // no event store position here
    }

    <T> List<T> sent(Class<T> type) {
        return sent.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void checks_indexes_records_on_both_sides_and_a_replay_sends_the_same_commands() {
        PledgeEvents first = new PledgeEvents("pl-a", "member1", BRANCH, "cau-ngang/nhi-truong", 2025);
        PledgeEvents sameMemberNextYear = new PledgeEvents("pl-b", "member1", BRANCH, "cau-ngang/nhi-truong", 2026);
        PledgeEvents otherMember = new PledgeEvents("pl-c", "member3", OTHER_BRANCH, "cau-ngang/truong-tho", 2026);
        otherMember.at = sameMemberNextYear.at.plusSeconds(3600);
        List<PledgeEvent> story = List.of(first.imported(PledgeStatus.APPROVED), sameMemberNextYear.drafted(),
                sameMemberNextYear.submitted(), otherMember.drafted(), otherMember.submitted());
        story.forEach(this::happen);
        story.forEach(this::deliver);

        List<Object> live = List.copyOf(sent);
        List<RecordCopyCheck> records = sent(RecordCopyCheck.class);
        assertThat(records).extracting(RecordCopyCheck::pledgeId).containsExactly("pl-a", "pl-b", "pl-c");
        assertThat(records.get(0).sources()).isEmpty();

        RecordCopyCheck selfCopy = records.get(1);
        assertThat(selfCopy.sources()).singleElement().satisfies(s -> {
            assertThat(s.pledgeId()).isEqualTo("pl-a");
            assertThat(s.kind()).isEqualTo(CopyKind.SELF_COPY);
            assertThat(s.direction()).isEqualTo(CopyDirection.COPIED_FROM);
            assertThat(s.suspected()).isTrue();
            assertThat(s.unitId()).isEqualTo(BRANCH);
            assertThat(s.year()).isEqualTo(2025);
            assertThat(s.passages()).isNotEmpty();
            // the same text written the same way: the engine's tie-break value travels with the recorded source
            assertThat(s.surfaceAgreement()).isEqualTo(1.0);
        });

        RecordCopyCheck copy = records.get(2);
        assertThat(copy.sources()).extracting(CopySource::pledgeId).containsExactlyInAnyOrder("pl-a", "pl-b");
        assertThat(copy.sources()).allSatisfy(s -> assertThat(s.kind()).isEqualTo(CopyKind.COPY));
        // pl-b was first submitted an hour before pl-c: pl-c is the later one
        assertThat(copy.sources()).allSatisfy(s -> assertThat(s.direction()).isEqualTo(CopyDirection.COPIED_FROM));

        // each pair also goes on the other pledge, mirrored, with the same score, before the checked pledge's result
        List<RecordCopyPair> pairs = sent(RecordCopyPair.class);
        assertThat(pairs).extracting(RecordCopyPair::pledgeId).containsExactlyInAnyOrder("pl-a", "pl-a", "pl-b");
        assertThat(pairs).allSatisfy(l -> assertThat(l.source().direction()).isEqualTo(CopyDirection.COPIED_BY));
        RecordCopyPair onB = pairs.stream().filter(l -> l.pledgeId().equals("pl-b")).findFirst().orElseThrow();
        assertThat(onB.source().pledgeId()).isEqualTo("pl-c");
        assertThat(onB.source().score()).isEqualTo(copy.sources().stream()
                .filter(s -> s.pledgeId().equals("pl-b")).findFirst().orElseThrow().score());
        assertThat(live.indexOf(onB)).isLessThan(live.indexOf(copy));

        // A reset: the index is emptied and the same events replayed give exactly the same commands.
        sent.clear();
        processor.reset();
        story.forEach(this::deliver);
        assertThat(sent).isEqualTo(live);
    }

    @Test
    void a_later_years_copy_checked_before_its_source_is_told_that_it_copied_from_it() {
        PledgeEvents lastYear = new PledgeEvents("pl-old", "member1", BRANCH, "cau-ngang/nhi-truong", 2025);
        PledgeEvents thisYear = new PledgeEvents("pl-new", "member1", BRANCH, "cau-ngang/nhi-truong", 2026);
        // this year's pledge is imported first, last year's (the same text) after it
        List<PledgeEvent> story = List.of(thisYear.imported(PledgeStatus.SUBMITTED), lastYear.imported(PledgeStatus.APPROVED));
        story.forEach(this::happen);
        story.forEach(this::deliver);

        List<RecordCopyCheck> records = sent(RecordCopyCheck.class);
        assertThat(records).extracting(RecordCopyCheck::pledgeId).containsExactly("pl-new", "pl-old");
        assertThat(records.get(0).sources()).isEmpty();
        assertThat(records.get(1).sources()).singleElement()
                .satisfies(s -> assertThat(s.direction()).isEqualTo(CopyDirection.COPIED_BY));
        assertThat(sent(RecordCopyPair.class)).singleElement().satisfies(link -> {
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
    void the_same_year_is_ordered_by_first_submission_time_whatever_the_order_of_the_checks() {
        PledgeEvents original = new PledgeEvents("pl-orig", "member1", BRANCH, "cau-ngang/nhi-truong", 2026);
        PledgeEvents copy = new PledgeEvents("pl-copy", "member2", BRANCH, "cau-ngang/nhi-truong", 2026);
        copy.at = original.at.plusSeconds(86_400);
        // the copy arrives first (a file in no particular order), with the times the file gives
        List<PledgeEvent> story = List.of(copy.imported(PledgeStatus.SUBMITTED, copy.at),
                original.imported(PledgeStatus.SUBMITTED, original.at));
        story.forEach(this::happen);
        story.forEach(this::deliver);

        assertThat(sent(RecordCopyCheck.class)).filteredOn(r -> r.pledgeId().equals("pl-orig")).singleElement()
                .satisfies(r -> assertThat(r.sources()).extracting(CopySource::direction).containsExactly(CopyDirection.COPIED_BY));
        assertThat(sent(RecordCopyPair.class)).singleElement().satisfies(link -> {
            assertThat(link.pledgeId()).isEqualTo("pl-copy");
            assertThat(link.source().direction()).isEqualTo(CopyDirection.COPIED_FROM);
        });
    }

    @Test
    void without_comparable_times_the_same_year_is_undetermined_on_both_sides() {
        PledgeEvents one = new PledgeEvents("pl-1", "member1", BRANCH, "cau-ngang/nhi-truong", 2026);
        PledgeEvents two = new PledgeEvents("pl-2", "member2", BRANCH, "cau-ngang/nhi-truong", 2026);
        two.at = one.at.plusSeconds(60); // the import's own time says nothing of when the pledge was written
        List<PledgeEvent> story = List.of(one.imported(PledgeStatus.SUBMITTED), two.imported(PledgeStatus.SUBMITTED));
        story.forEach(this::happen);
        story.forEach(this::deliver);

        assertThat(sent(RecordCopyCheck.class).get(1).sources()).extracting(CopySource::direction)
                .containsExactly(CopyDirection.UNDETERMINED);
        assertThat(sent(RecordCopyPair.class)).extracting(l -> l.source().direction())
                .containsExactly(CopyDirection.UNDETERMINED);
    }

    @Test
    void a_revision_keeps_the_first_submission_time_so_the_original_stays_the_original() {
        PledgeEvents a = new PledgeEvents("pl-a", "member1", BRANCH, "cau-ngang/nhi-truong", 2026);
        PledgeEvents b = new PledgeEvents("pl-b", "member2", BRANCH, "cau-ngang/nhi-truong", 2026);
        // each event is checked as it happens (live)
        for (PledgeEvent e : List.of(a.drafted(), a.submitted())) {
            happen(e);
            deliver(e);
        }
        b.at = a.at.plusSeconds(3600);
        for (PledgeEvent e : List.of(b.drafted(), b.submitted())) {
            happen(e);
            deliver(e);
        }
        a.at = b.at.plusSeconds(3600); // A is returned for another reason and resubmits the same text after B
        for (PledgeEvent e : List.of(a.revisionRequested("secretary1"), a.revised(1))) {
            happen(e);
            deliver(e);
        }

        assertThat(sent(RecordCopyCheck.class).get(1).sources()).extracting(CopySource::direction)
                .containsExactly(CopyDirection.COPIED_FROM);
        RecordCopyCheck aRevised = sent(RecordCopyCheck.class).get(2);
        assertThat(aRevised.pledgeId()).isEqualTo("pl-a");
        assertThat(aRevised.sources()).extracting(CopySource::pledgeId, CopySource::direction)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("pl-b", CopyDirection.COPIED_BY));
        assertThat(sent(RecordCopyPair.class)).last().satisfies(link -> {
            assertThat(link.pledgeId()).isEqualTo("pl-b");
            assertThat(link.source().direction()).isEqualTo(CopyDirection.COPIED_FROM);
        });
    }

    @Test
    void a_revision_that_no_longer_matches_a_former_partner_withdraws_the_pair_from_it() {
        PledgeEvents a = new PledgeEvents("pl-a", "member1", BRANCH, "cau-ngang/nhi-truong", 2026);
        PledgeEvents b = new PledgeEvents("pl-b", "member2", BRANCH, "cau-ngang/nhi-truong", 2026);
        b.at = a.at.plusSeconds(3600);
        happen(a.drafted());
        happen(a.submitted());
        happen(b.drafted());
        happen(b.submitted());
        // what B's check recorded on A (the processor's commands are not executed here)
        happen(a.pair("pl-b", CopyDirection.COPIED_BY, 0.9, 0, false));
        happen(a.revisionRequested("secretary1"));
        a.at = b.at.plusSeconds(3600);
        PledgeRevised rewritten = new PledgeRevised("pl-a", "member1", BRANCH, "cau-ngang/nhi-truong", 2026,
                a.kind, 1, 1, CopyDirectionPropertyTest.written(CopyCheckHttpTest.another(2026)), List.of(), "member1", a.at);
        happen(rewritten);
        deliver(a.submitted());
        deliver(b.submitted());
        sent.clear();
        deliver(rewritten);

        assertThat(sent).hasSize(2);
        assertThat(sent.get(0)).isEqualTo(new WithdrawCopyPair("pl-b", "pl-a", a.at));
        assertThat(((RecordCopyCheck) sent.get(1)).sources()).isEmpty();
    }

    @Test
    void a_replay_does_not_pair_a_text_that_was_revised_meanwhile() {
        PledgeEvents lastYear = new PledgeEvents("pl-old", "member1", BRANCH, "cau-ngang/nhi-truong", 2025);
        PledgeEvents thisYear = new PledgeEvents("pl-new", "member1", BRANCH, "cau-ngang/nhi-truong", 2026);
        List<PledgeEvent> story = List.of(thisYear.drafted(), thisYear.submitted(), lastYear.imported(PledgeStatus.APPROVED),
                thisYear.revisionRequested("secretary1"), thisYear.revised(1));
        story.forEach(this::happen);

        // a reset replays the story: when last year's pledge is checked, this year's indexed text is already replaced
        processor.reset();
        story.forEach(this::deliver);
        assertThat(sent(RecordCopyCheck.class)).extracting(RecordCopyCheck::pledgeId).containsExactly("pl-old", "pl-new");
        assertThat(sent(RecordCopyCheck.class).get(0).sources()).isEmpty();
        // only the revision's check pairs the two
        assertThat(sent(RecordCopyPair.class)).singleElement()
                .satisfies(l -> assertThat(l.pledgeId()).isEqualTo("pl-old"));
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

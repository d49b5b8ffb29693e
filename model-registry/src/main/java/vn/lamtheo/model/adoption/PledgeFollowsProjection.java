package vn.lamtheo.model.adoption;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.lamtheo.kernel.events.pledge.PledgeContent;
import vn.lamtheo.kernel.events.pledge.PledgeDrafted;
import vn.lamtheo.kernel.events.pledge.PledgeEdited;
import vn.lamtheo.kernel.events.pledge.PledgeEvent;
import vn.lamtheo.kernel.events.pledge.PledgeImported;
import vn.lamtheo.kernel.events.pledge.PledgeRevised;
import vn.lamtheo.kernel.events.pledge.PledgeStatus;
import vn.lamtheo.kernel.events.pledge.PledgeSubmitted;
import vn.lamtheo.model.registry.RegistryProjection;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Members follow models through their pledges: the content events (drafted, edited, submitted, revised, imported)
 * say which models a pledge names ({@code followsModelIds}); while the pledge stands approved (APPROVED,
 * SELF_ASSESSED, EVALUATED) its member counts as an adopter of each, for the pledge's year. Sent back or retired,
 * it stops counting; a revised pledge counts again for the models it names once approved again.
 *
 * <p>Fed only by the pledge context's published events ({@code vn.lamtheo.kernel.events.pledge}), never by its
 * internals. Runs in the model projections' group, whose reset handler ({@link AdoptionProjection}) empties the
 * ledger before a replay; the ledger sets facts by key, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(RegistryProjection.GROUP)
public class PledgeFollowsProjection {

    /** The statuses in which a pledge stands approved: the models it names count it. */
    static final Set<PledgeStatus> COUNTED = EnumSet.of(PledgeStatus.APPROVED, PledgeStatus.SELF_ASSESSED, PledgeStatus.EVALUATED);

    private final AdopterLedger ledger;

    public PledgeFollowsProjection(AdopterLedger ledger) {
        this.ledger = ledger;
    }

    @EventHandler
    public void on(PledgeEvent event) {
        List<String> follows = followsOf(event);
        PledgeStatus after = event.statusAfter();
        if (follows == null && after == null) {
            return; // copy-check results and the like: nothing about models or approval
        }
        ledger.pledgeChanged(event.pledgeId(), event.memberId(), event.branchId(), event.year(), follows,
                after == null ? null : COUNTED.contains(after));
    }

    /** The models the event's content names, or null for an event without content. */
    static List<String> followsOf(PledgeEvent event) {
        PledgeContent content = null;
        if (event instanceof PledgeDrafted e) {
            content = e.content();
        } else if (event instanceof PledgeEdited e) {
            content = e.content();
        } else if (event instanceof PledgeSubmitted e) {
            content = e.content();
        } else if (event instanceof PledgeRevised e) {
            content = e.content();
        } else if (event instanceof PledgeImported e) {
            content = e.content();
        }
        if (content == null) {
            return null;
        }
        return content.followsModelIds().stream().filter(id -> id != null && !id.isBlank()).distinct().toList();
    }
}

package vn.lamtheo.pledge.application;

import org.springframework.stereotype.Component;
import vn.lamtheo.kernel.events.pledge.PledgeContent;
import vn.lamtheo.kernel.events.pledge.TemplateKind;
import vn.lamtheo.pledge.template.PriorPledges;

import java.util.Optional;

/** The member's pledge of another year: the key collection gives its id, its event stream its content. */
@Component
public class PriorPledgesFromEvents implements PriorPledges {

    private final PledgeKeys keys;
    private final PledgeEvents events;

    public PriorPledgesFromEvents(PledgeKeys keys, PledgeEvents events) {
        this.keys = keys;
        this.events = events;
    }

    @Override
    public Optional<PledgeContent> contentOf(String memberId, int year, TemplateKind kind) {
        return keys.find(memberId, year, kind).flatMap(events::content);
    }
}

package vn.lamtheo.pledge.template;

import vn.lamtheo.kernel.events.pledge.PledgeContent;
import vn.lamtheo.kernel.events.pledge.TemplateKind;

import java.util.Optional;

/** Finds the member's pledge of a given year and form (the template check compares with last year's). */
@FunctionalInterface
public interface PriorPledges {

    Optional<PledgeContent> contentOf(String memberId, int year, TemplateKind kind);

    PriorPledges NONE = (memberId, year, kind) -> Optional.empty();
}

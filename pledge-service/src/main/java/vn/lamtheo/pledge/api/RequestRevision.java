package vn.lamtheo.pledge.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.lamtheo.kernel.events.pledge.*;

import java.util.Map;

/** The reviewer returns a submitted pledge with a reason and optional comments per section key. */
public record RequestRevision(@TargetAggregateIdentifier String pledgeId, String reason, Map<String, String> sectionComments, String actorId, @TargetAggregateVersion Long expectedVersion) {
}

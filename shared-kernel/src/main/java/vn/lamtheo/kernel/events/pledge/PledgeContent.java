package vn.lamtheo.kernel.events.pledge;

import java.util.List;

/**
 * What the member writes: the header, the nine sections and the registry models they follow.
 * The model registry counts the member as an adopter of each model in {@code followsModelIds} while the pledge
 * stands approved (APPROVED, SELF_ASSESSED, EVALUATED), for the pledge's year.
 */
public record PledgeContent(PledgeHeader header, PledgeSections sections, List<String> followsModelIds) {
    public PledgeContent {
        header = header == null ? PledgeHeader.empty() : header;
        sections = sections == null ? PledgeSections.empty() : sections;
        followsModelIds = followsModelIds == null ? List.of() : List.copyOf(followsModelIds);
    }
}

package vn.lamtheo.kernel.events.pledge;

import java.util.List;

/**
 * What the member writes: the header, the nine sections and the registry models they follow.
 * The model registry counts adopters from {@code followsModelIds} of submitted and approved pledges.
 */
public record PledgeContent(PledgeHeader header, PledgeSections sections, List<String> followsModelIds) {
    public PledgeContent {
        header = header == null ? PledgeHeader.empty() : header;
        sections = sections == null ? PledgeSections.empty() : sections;
        followsModelIds = followsModelIds == null ? List.of() : List.copyOf(followsModelIds);
    }
}

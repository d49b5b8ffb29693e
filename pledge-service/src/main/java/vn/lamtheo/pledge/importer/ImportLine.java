package vn.lamtheo.pledge.importer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import vn.lamtheo.kernel.events.pledge.PledgeHeader;
import vn.lamtheo.kernel.events.pledge.PledgeSections;

import java.util.List;

/**
 * One line of a pledge file in the shared corpus format ({@code title} and {@code headings} come from the template).
 *
 * @param submittedAt optional: when the pledge was first submitted, ISO-8601 (an instant, a date-time with or without
 *                    an offset, or a date; without an offset, Vietnam's time)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ImportLine(String id, Integer year, String memberId, String branchId, String committeeId, String templateKind,
                  PledgeHeader header, PledgeSections sections, List<String> followsModelIds, String submittedAt) {
}

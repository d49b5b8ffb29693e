package vn.lamtheo.pledge.web;

import vn.lamtheo.kernel.events.pledge.EvaluationResult;
import vn.lamtheo.kernel.events.pledge.PledgeContent;
import vn.lamtheo.kernel.events.pledge.PledgeHeader;
import vn.lamtheo.kernel.events.pledge.PledgeSections;
import vn.lamtheo.kernel.events.pledge.TemplateKind;

import java.util.List;
import java.util.Map;

/** Request bodies of the pledge API; field names as in the shared corpus. */
final class PledgeRequests {

    private PledgeRequests() {
    }

    /** {@code POST /api/pledges} and {@code PUT /api/pledges/{id}} (year and form are fixed once drafted). */
    record PledgeBody(Integer year, TemplateKind templateKind, PledgeHeader header, PledgeSections sections,
                      List<String> followsModelIds) {
        PledgeContent content() {
            return new PledgeContent(header, sections, followsModelIds);
        }
    }

    record NoteBody(String note, String reason) {
        String text() {
            return note != null ? note : reason;
        }
    }

    record RevisionBody(String reason, Map<String, String> sectionComments) {
    }

    record FlagBody(List<String> sourcePledgeIds, String note) {
    }

    record SelfAssessBody(String text) {
    }

    record EvaluateBody(EvaluationResult result, String note) {
    }
}

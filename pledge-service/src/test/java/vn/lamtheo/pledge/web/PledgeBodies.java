package vn.lamtheo.pledge.web;

import vn.lamtheo.kernel.events.pledge.PledgeSections;
import vn.lamtheo.kernel.events.pledge.TestPledges;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON bodies of pledges as a client sends them (corpus field names). */
final class PledgeBodies {

    private PledgeBodies() {
    }

    static Map<String, Object> pledge(int year, Map<String, String> sections) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", year);
        body.put("templateKind", "PARTY_MEMBER");
        body.put("header", TestPledges.header());
        body.put("sections", sections);
        body.put("followsModelIds", List.of());
        return body;
    }

    static Map<String, Object> complete(int year) {
        return pledge(year, TestPledges.sections().asMap());
    }

    static Map<String, Object> without(int year, String sectionKey) {
        Map<String, String> sections = new LinkedHashMap<>(TestPledges.sections().asMap());
        sections.remove(sectionKey);
        return pledge(year, sections);
    }

    static Map<String, Object> changed(int year, String sectionKey, String text) {
        Map<String, String> sections = new LinkedHashMap<>(TestPledges.sections().asMap());
        sections.put(sectionKey, text);
        return pledge(year, sections);
    }

    static PledgeSections sections() {
        return TestPledges.sections();
    }
}

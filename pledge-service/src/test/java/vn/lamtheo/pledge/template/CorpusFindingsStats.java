package vn.lamtheo.pledge.template;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.lamtheo.kernel.events.pledge.PledgeContent;
import vn.lamtheo.kernel.events.pledge.PledgeHeader;
import vn.lamtheo.kernel.events.pledge.PledgeSections;
import vn.lamtheo.kernel.events.pledge.TemplateKind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.TreeMap;

/** Not a test: prints how often each rule fires on the corpus (run by hand while tuning rules). */
class CorpusFindingsStats {
    public static void main(String[] args) throws Exception {
        var mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        var check = TemplateCheck.withDefaults();
        var counts = new TreeMap<String, Integer>();
        int n = 0;
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            JsonNode d = mapper.readTree(line);
            var content = new PledgeContent(mapper.treeToValue(d.get("header"), PledgeHeader.class),
                    mapper.treeToValue(d.get("sections"), PledgeSections.class), null);
            var r = check.check(TemplateKind.valueOf(d.get("templateKind").asText()), d.get("year").asInt(), content, Optional.empty());
            r.violations().forEach(v -> counts.merge("HARD " + v.field(), 1, Integer::sum));
            r.findings().forEach(f -> counts.merge(f.rule() + " " + f.sectionKey(), 1, Integer::sum));
            n++;
        }
        System.out.println(n + " pledges");
        counts.forEach((k, v) -> System.out.println(k + ": " + v));
    }
}

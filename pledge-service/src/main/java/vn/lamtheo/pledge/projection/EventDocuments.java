package vn.lamtheo.pledge.projection;

import org.bson.Document;
import vn.lamtheo.kernel.events.pledge.*;

import java.util.Date;
import java.util.List;

/** How pledge event parts are written into projection documents (no pledge text beyond what a screen shows). */
public final class EventDocuments {

    private EventDocuments() {
    }

    public static Date date(java.time.Instant at) {
        return at == null ? null : Date.from(at);
    }

    public static Document lastAction(PledgeEvent e) {
        return new Document("type", e.getClass().getSimpleName()).append("at", date(e.at())).append("actorId", e.actorId());
    }

    public static List<Document> findings(List<TemplateFinding> findings) {
        return findings == null ? List.of() : findings.stream().map(f -> new Document("rule", f.rule())
                .append("sectionKey", f.sectionKey()).append("heading", f.heading()).append("message", f.message())).toList();
    }

    /** A copy source without its passages (the copy report shows those). */
    public static Document source(CopySource s) {
        // No member id: a reviewer may not know whose pledge of another branch matched; the copy report shows what they may read.
        return new Document("pledgeId", s.pledgeId()).append("unitId", s.unitId())
                .append("year", s.year()).append("score", s.score()).append("suspected", s.suspected())
                .append("kind", s.kind() == null ? null : s.kind().name())
                .append("direction", s.direction() == null ? null : s.direction().name());
    }
}

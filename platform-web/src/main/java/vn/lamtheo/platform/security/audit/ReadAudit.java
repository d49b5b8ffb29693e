package vn.lamtheo.platform.security.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import jakarta.servlet.http.HttpServletRequest;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.lamtheo.platform.security.Actor;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The audit of reads of personal data (Law 91/2025 counts political views, so pledges, as sensitive data): every
 * read of another person's pledge, its history or copy report, and every export, in the append-only collection
 * {@code audit_reads}. Entries are only ever inserted; the one deletion is of entries older than the retention
 * ({@link AuditProperties}). A read is recorded before the data is answered: when the audit cannot be written, the
 * read fails rather than going unrecorded.
 */
@Component
@EnableScheduling
@EnableConfigurationProperties(AuditProperties.class)
public class ReadAudit {

    static final String COLLECTION = "audit_reads";

    private static final Logger log = LoggerFactory.getLogger(ReadAudit.class);

    private final MongoCollection<Document> entries;
    private final AuditProperties properties;
    private final Clock clock;

    public ReadAudit(MongoDatabase database, AuditProperties properties, Clock clock) {
        this.entries = database.getCollection(COLLECTION);
        this.properties = properties;
        this.clock = clock;
    }

    /** {@code actor} read {@code what} of {@code subjectPersonId}'s data; a person reading their own is not recorded. */
    public void read(Actor actor, String subjectPersonId, ReadKind what, String objectId) {
        if (actor.personId().equals(subjectPersonId) && what != ReadKind.EXPORT) {
            return;
        }
        entries.insertOne(new Document("_id", new ObjectId().toHexString())
                .append("at", Date.from(clock.instant()))
                .append("actorPersonId", actor.personId())
                .append("actorUsername", actor.username())
                .append("subjectPersonId", subjectPersonId)
                .append("what", what.name())
                .append("objectId", objectId)
                .append("address", clientAddress()));
    }

    /**
     * Entries matching every given criterion (null: any), newest first, at most {@code maxResults}. A scan on the
     * embedded store (it has no secondary indexes): an investigator's query, not a hot path.
     */
    public List<AuditEntry> find(String subjectPersonId, String actorPersonId, Instant from, Instant to) {
        List<Bson> criteria = new ArrayList<>();
        if (subjectPersonId != null && !subjectPersonId.isBlank()) {
            criteria.add(Filters.eq("subjectPersonId", subjectPersonId));
        }
        if (actorPersonId != null && !actorPersonId.isBlank()) {
            criteria.add(Filters.eq("actorPersonId", actorPersonId));
        }
        if (from != null) {
            criteria.add(Filters.gte("at", Date.from(from)));
        }
        if (to != null) {
            criteria.add(Filters.lt("at", Date.from(to)));
        }
        List<AuditEntry> found = new ArrayList<>();
        entries.find(criteria.isEmpty() ? new Document() : Filters.and(criteria))
                .sort(Sorts.descending("at")).limit(properties.maxResults())
                .forEach(d -> found.add(new AuditEntry(d.getString("_id"), d.getDate("at").toInstant(),
                        d.getString("actorPersonId"), d.getString("actorUsername"), d.getString("subjectPersonId"),
                        ReadKind.valueOf(d.getString("what")), d.getString("objectId"), d.getString("address"))));
        return found;
    }

    /** Forgets entries past the retention, once a day (and shortly after start-up). */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "P1D")
    public void forgetExpired() {
        long deleted = entries.deleteMany(Filters.lt("at", Date.from(clock.instant().minus(properties.retention()))))
                .getDeletedCount();
        if (deleted > 0) {
            log.info("Read audit: {} entries older than {} deleted", deleted, properties.retention());
        }
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}

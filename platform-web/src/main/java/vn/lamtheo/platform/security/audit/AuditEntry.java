package vn.lamtheo.platform.security.audit;

import java.time.Instant;

/**
 * One read of a person's data by someone, as the audit keeps it: who read ({@code actorPersonId}, signed in as
 * {@code actorUsername}), whose data ({@code subjectPersonId}), what ({@code what}: {@link ReadKind}, and the object's
 * id), when, and from which client address. Never the data itself.
 */
public record AuditEntry(String id, Instant at, String actorPersonId, String actorUsername, String subjectPersonId,
                         ReadKind what, String objectId, String address) {
}

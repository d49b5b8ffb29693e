package vn.lamtheo.platform.security.personaldata;

import vn.lamtheo.platform.security.Actor;

/**
 * One part of what Lamtheo holds about a person, contributed by the context that holds it (pledges, models, the
 * audit), for the person's own export ({@code GET /api/me/export}). A context answers only what the person may see
 * themselves, through its ordinary read paths.
 */
public interface PersonalDataSection {

    /** The section's key in the export, e.g. {@code pledges}. */
    String name();

    /** What this context holds about {@code person}: records, lists and maps that Jackson writes as JSON. */
    Object of(Actor person);
}

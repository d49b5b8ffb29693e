package vn.lamtheo.kernel.events;

/**
 * Who acts when no person does: the {@code actorId} of the events Lamtheo's own jobs write. A system actor is named
 * {@code system:<job>}; the pledge copy check is plain {@value #COPY_CHECK}, the name its stored events have always
 * carried (and the pledge API shows). Readers ask {@link #is}, never compare with one name.
 */
public final class SystemActor {

    /** The pledge copy check. */
    public static final String COPY_CHECK = "system";
    /** The model overlap check. */
    public static final String OVERLAP_CHECK = "system:overlap-check";
    /** The yearly screening of models, when the schedule (not a curator) runs it. */
    public static final String SCREENING = "system:screening";

    private static final String PREFIX = COPY_CHECK + ":";

    private SystemActor() {
    }

    /** Whether {@code actorId} names one of Lamtheo's own jobs rather than a person. */
    public static boolean is(String actorId) {
        return actorId != null && (actorId.equals(COPY_CHECK) || actorId.startsWith(PREFIX));
    }
}

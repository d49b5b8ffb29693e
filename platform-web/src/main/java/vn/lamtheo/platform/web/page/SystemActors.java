package vn.lamtheo.platform.web.page;

/**
 * The system's own steps (copy checks, overlap checks, the yearly screening) are recorded under actor ids that are
 * nobody's name ({@code system}, {@code system:overlap-check}, …). Pages name them in words instead of showing the id.
 */
public final class SystemActors {

    private SystemActors() {
    }

    public static boolean isSystem(String actorId) {
        return actorId == null || actorId.equals("system") || actorId.startsWith("system:");
    }
}

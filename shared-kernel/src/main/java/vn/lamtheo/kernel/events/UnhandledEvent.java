package vn.lamtheo.kernel.events;

/**
 * The end of a chain of {@code instanceof} over a sealed event interface that claims to handle every event: Java 17
 * has no pattern switch to make the compiler check it, so the chain names each event (also those it deliberately
 * ignores) and ends here, and a test feeds it every permitted event ({@code getPermittedSubclasses()}). An event
 * added to a {@code permits} list without a branch fails that test, not a reader at run time.
 */
public final class UnhandledEvent extends IllegalStateException {

    public UnhandledEvent(Object handler, Object event) {
        super((handler instanceof Class<?> c ? c.getSimpleName() : String.valueOf(handler)) + " has no branch for "
                + (event == null ? "null" : event.getClass().getSimpleName()));
    }
}

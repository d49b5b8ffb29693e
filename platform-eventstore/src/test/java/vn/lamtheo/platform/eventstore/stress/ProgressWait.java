package vn.lamtheo.platform.eventstore.stress;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for an eventual condition of the stress test while the system is still moving towards it. It gives up as
 * soon as nothing has moved for the stall window (a lost event or a claim never taken over stops all progress; a
 * slow machine does not), or at an outer bound, and fails with a report of what differs instead of a bare timeout.
 * Nothing asserts on how long anything took.
 */
final class ProgressWait {

    private static final long POLL_MILLIS = 500;

    private ProgressWait() {
    }

    /**
     * @param progress a fingerprint of the work done so far (e.g. events delivered); any change counts as progress
     * @param stall    how long the fingerprint may stay the same before the wait is declared stalled
     * @param bound    the most the wait may take in all
     * @param report   what to say when it gives up: what differs, who holds what
     */
    static void until(String what, BooleanSupplier done, Supplier<?> progress, Duration stall, Duration bound,
                      Supplier<String> report) {
        long start = System.nanoTime();
        long lastMove = start;
        Object last = progress.get();
        while (!done.getAsBoolean()) {
            long now = System.nanoTime();
            Object current = progress.get();
            if (!Objects.equals(current, last)) {
                last = current;
                lastMove = now;
            }
            if (now - lastMove > stall.toNanos()) {
                throw new AssertionError(what + ": no progress for " + stall.toSeconds() + " s (progress stuck at "
                        + current + ")\n" + report.get());
            }
            if (now - start > bound.toNanos()) {
                throw new AssertionError(what + ": not reached within " + bound.toSeconds() + " s (progress at "
                        + current + ")\n" + report.get());
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(what + ": interrupted", e);
            }
        }
    }
}

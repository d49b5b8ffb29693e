package vn.lamtheo.platform.eventstore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A chore of the event store's side (heartbeats, retries) run on its own daemon thread at a fixed delay, first after
 * one interval. A failed run is logged and the next one comes as planned: these chores heal by repeating.
 */
final class PeriodicTask {

    private static final Logger log = LoggerFactory.getLogger(PeriodicTask.class);

    private final String name;
    private final Duration interval;
    private final Runnable chore;
    private volatile ScheduledExecutorService scheduler;

    PeriodicTask(String name, Duration interval, Runnable chore) {
        this.name = name;
        this.interval = interval;
        this.chore = chore;
    }

    void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::runSafely, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Answers whether it was running. */
    boolean stop() {
        ScheduledExecutorService running = scheduler;
        scheduler = null;
        if (running == null) {
            return false;
        }
        running.shutdownNow();
        return true;
    }

    boolean isRunning() {
        return scheduler != null;
    }

    private void runSafely() {
        try {
            chore.run();
        } catch (RuntimeException e) {
            log.warn("{} failed: {}", name, e.toString());
        }
    }
}

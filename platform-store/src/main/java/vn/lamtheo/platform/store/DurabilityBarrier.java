package vn.lamtheo.platform.store;

/**
 * Makes every write acknowledged so far survive a crash of the process before a command is acknowledged.
 * On a real MongoDB the write concern (majority, journaled) already does this; the embedded server
 * needs an explicit commit and fsync of its file store.
 */
@FunctionalInterface
public interface DurabilityBarrier {

    /** Returns once all writes that the driver acknowledged before this call are on disk. */
    void awaitDurable();

    DurabilityBarrier WRITE_CONCERN = () -> { };
}

package dev.retort.runtime;

import java.time.Duration;
import java.util.Optional;

/**
 * A request from outside a run (the command line's handler of Ctrl-C and of a termination signal) to stop
 * between two revisions: the revision being applied is finished and committed, with the revisions before it
 * when the run is one transaction, before the process ends. On MySQL, MariaDB and H2, which commit schema changes as they run, a
 * run stopped inside a revision would leave it applied but not recorded, and every later run would fail on it.
 * A killed process ({@code kill -9}) cannot be helped this way. One per process: runs are one at a time.
 */
public final class RunInterruption {
    private static final Object LOCK = new Object();
    private static boolean stopRequested;
    private static String revisionInProgress;

    private RunInterruption() {
    }

    /**
     * Asks the run to stop before its next revision and waits, up to {@code patience}, for the revision being
     * applied; returns the revision that was being applied when asked, if one was.
     */
    public static Optional<String> stopAndWait(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        synchronized (LOCK) {
            stopRequested = true;
            Optional<String> inProgress = Optional.ofNullable(revisionInProgress);
            while (revisionInProgress != null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    LOCK.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return inProgress;
        }
    }

    /** Whether a stop was asked for: the run commits what it applied when it leaves the revision in progress. */
    static boolean stopRequested() {
        synchronized (LOCK) {
            return stopRequested;
        }
    }

    /** Before a revision: refuses to start it once a stop was asked for. */
    static void enter(String revision) {
        synchronized (LOCK) {
            if (stopRequested) {
                throw new MigrationException("Stopped before " + revision + ", as asked (an interrupt or a"
                        + " termination signal); the revisions before it are applied and recorded");
            }
            revisionInProgress = revision;
        }
    }

    /** After a revision, once it is committed where revisions are committed one by one, or when it failed. */
    static void leave() {
        synchronized (LOCK) {
            revisionInProgress = null;
            LOCK.notifyAll();
        }
    }
}

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
    private static boolean waitingForLock;
    private static String revisionWrittenToScript;

    private RunInterruption() {
    }

    /**
     * Asks the run to stop before its next revision; returns the revision being applied, if one is, which
     * {@link #awaitRevision} then waits for.
     */
    public static Optional<String> requestStop() {
        synchronized (LOCK) {
            stopRequested = true;
            return Optional.ofNullable(revisionInProgress);
        }
    }

    /** Waits, up to {@code patience}, for the revision being applied to be done; whether it was. */
    public static boolean awaitRevision(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        synchronized (LOCK) {
            while (revisionInProgress != null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    LOCK.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The revision whose statements a {@code --sql} run is writing, if one is: a process that ends while one is
     * has written part of it, and the script is incomplete.
     */
    public static Optional<String> revisionWrittenToScript() {
        synchronized (LOCK) {
            return Optional.ofNullable(revisionWrittenToScript);
        }
    }

    /** Before and after (with {@code null}) a revision a {@code --sql} run writes. */
    static void writingToScript(String revision) {
        synchronized (LOCK) {
            revisionWrittenToScript = revision;
        }
    }

    /** Whether the process is waiting for the migration lock, so that a stop now leaves nothing applied. */
    public static boolean waitingForLock() {
        synchronized (LOCK) {
            return waitingForLock;
        }
    }

    static void waitingForLock(boolean waiting) {
        synchronized (LOCK) {
            waitingForLock = waiting;
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
                        + " termination signal); the steps before it are done and recorded");
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

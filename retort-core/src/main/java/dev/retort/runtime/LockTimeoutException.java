package dev.retort.runtime;

import dev.retort.config.Seconds;
import java.time.Duration;

/** Another run held the migration lock for longer than this run was willing to wait. */
public final class LockTimeoutException extends MigrationException {
    private static final long serialVersionUID = 1L;

    private final String lockName;
    private final Duration waited;
    private final String holder;

    public LockTimeoutException(String lockName, Duration waited, String holder) {
        super("Timed out after " + Seconds.format(waited) + "s waiting for the migration lock " + lockName
                + ", which another run holds (" + holder + "). Wait for it to finish, or raise 'lock_timeout'"
                + " (seconds) in the configuration.");
        this.lockName = lockName;
        this.waited = waited;
        this.holder = holder;
    }

    public String lockName() {
        return lockName;
    }

    public Duration waited() {
        return waited;
    }

    /** What the database says about the holder (process id, client, application), as far as it can tell. */
    public String holder() {
        return holder;
    }
}

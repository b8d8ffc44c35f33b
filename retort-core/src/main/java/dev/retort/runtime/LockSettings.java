package dev.retort.runtime;

import dev.retort.config.Seconds;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How long a run waits for the migration lock: the {@code lock_timeout} key in seconds, 60 unless set.
 *
 * @param timeout the longest wait
 * @param lockKey what the lock is named after: the qualified version table name
 */
public record LockSettings(Duration timeout, String lockKey) {
    public static final String TIMEOUT_KEY = "lock_timeout";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public LockSettings {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(lockKey, "lockKey");
    }

    /** Reads {@code lock_timeout} from a section's settings: seconds, or a string holding them. */
    public static LockSettings from(Map<String, Object> settings, String lockKey) {
        Object value = settings.get(TIMEOUT_KEY);
        if (value == null) {
            return new LockSettings(DEFAULT_TIMEOUT, lockKey);
        }
        return new LockSettings(Seconds.parse(value).orElseThrow(() -> new MigrationException("key '"
                + TIMEOUT_KEY + "' must be a number of seconds, not '" + value + "'")), lockKey);
    }
}

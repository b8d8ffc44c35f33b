package dev.retort.config;

import dev.retort.RetortException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A configuration problem the user can fix: a missing or malformed file, a key of the wrong type, an
 * undefined variable, a database URL retort cannot use. It carries the file, line and key when known.
 * The message is redacted on construction, so a password never reaches the user through it.
 */
public final class ConfigException extends RetortException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final String key;
    private final boolean unsetVariable;

    public ConfigException(String message) {
        this(message, null, 0, null, null);
    }

    public ConfigException(String message, Path file) {
        this(message, file, 0, null, null);
    }

    ConfigException(String message, Path file, int line, String key, Throwable cause) {
        this(Redaction.redact(message), file, line, key, cause, true);
    }

    // The flag only tells this constructor apart from the one above: the message is taken as it is.
    private ConfigException(String message, Path file, int line, String key, Throwable cause, boolean asIs) {
        this(message, file, line, key, cause, false, asIs);
    }

    private ConfigException(String message, Path file, int line, String key, Throwable cause, boolean unsetVariable,
            boolean asIs) {
        super(message, cause);
        this.file = file;
        this.line = line;
        this.key = key;
        this.unsetVariable = unsetVariable;
    }

    /** A value uses a variable that is not set: the environment, rather than the file, may be what is missing. */
    static ConfigException unsetVariable(String message, Path file, int line, String key) {
        return new ConfigException(Redaction.redact(message), file, line, key, null, true, true);
    }

    /**
     * Whether this is {@link #unsetVariable}: such a value fails a command only when the command reads it (see
     * {@code Settings}).
     */
    boolean isUnsetVariable() {
        return unsetVariable;
    }

    /** For a message whose every URL has been redacted already, and whose examples must stay readable. */
    static ConfigException redactedAlready(String message) {
        return new ConfigException(message, null, 0, null, null, true);
    }

    /** The file at fault, when the problem is in a file. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The 1-based line in {@link #file()}, when known. */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /** The key at fault, as a path such as {@code url} or {@code post_write_hooks[0].type}. */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }
}

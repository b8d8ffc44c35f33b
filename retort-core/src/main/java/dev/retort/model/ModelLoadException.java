package dev.retort.model;

import java.util.Optional;

/**
 * The models named by the config cannot be turned into a schema: the source file or class is missing,
 * does not compile, does not implement {@link Models}, or its code threw. It names the file or class;
 * an exception thrown by the models' code is its cause, summarised in the message with the line it came
 * from.
 */
public final class ModelLoadException extends ModelException {
    private static final long serialVersionUID = 1L;

    private final String source;

    ModelLoadException(String source, String message) {
        super(message);
        this.source = source;
    }

    ModelLoadException(String source, String message, Throwable cause) {
        super(message, cause);
        this.source = source;
    }

    /** The models' source file or class name, as the config gives it. */
    public String source() {
        return source;
    }

    /** What the models' own code threw, if that is the problem. */
    public Optional<Throwable> thrown() {
        return Optional.ofNullable(getCause());
    }
}

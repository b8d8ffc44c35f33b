package dev.retort.runtime;

import dev.retort.compile.CompileException;
import java.util.Optional;

/**
 * What a revision's or the environment hook's Java code threw that is not a runtime exception (a checked
 * exception, an assertion, a recursion without end, a class it could not load), carried to the step; or what
 * failed at a line no compiled frame shows: a statement of a revision run without javac, or an operation the
 * database cannot do, refused when it is compiled after the code that asked for it has returned.
 */
final class RevisionCodeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** {@code file:line}, where known. */
    private final String location;

    RevisionCodeException(Throwable cause) {
        this(cause, null);
    }

    private RevisionCodeException(Throwable cause, String location) {
        super(cause);
        this.location = location;
    }

    /**
     * {@code failure} of the code at {@code location} ({@code file:line}), to be reported there; the failures
     * of the run itself and those that already say where they happened, unchanged.
     */
    static RuntimeException at(RuntimeException failure, String location) {
        return failure instanceof MigrationException || failure instanceof CompileException
                || failure instanceof RevisionCodeException ? failure : new RevisionCodeException(failure, location);
    }

    /** Where the failure happened, when no compiled frame of the failure shows it. */
    Optional<String> location() {
        return Optional.ofNullable(location);
    }
}

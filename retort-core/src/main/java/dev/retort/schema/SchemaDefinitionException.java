package dev.retort.schema;

import dev.retort.RetortException;

/**
 * A schema object or operation that cannot exist as written: an empty name, a negative length, a
 * constraint naming a column the table does not have. It carries the object at fault ({@link #subject()},
 * such as {@code column "name"} or {@code table "account"}) and what is wrong with it ({@link #problem()}).
 */
public final class SchemaDefinitionException extends RetortException {
    private static final long serialVersionUID = 1L;

    private final String subject;
    private final String problem;

    public SchemaDefinitionException(String subject, String problem) {
        super(subject + ": " + problem);
        this.subject = subject;
        this.problem = problem;
    }

    /** The object at fault, as the user would name it. */
    public String subject() {
        return subject;
    }

    /** What is wrong with it and, where it helps, what to write instead. */
    public String problem() {
        return problem;
    }
}

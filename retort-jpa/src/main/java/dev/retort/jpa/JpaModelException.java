package dev.retort.jpa;

import dev.retort.RetortException;

/**
 * JPA entities could not be read into a schema: none were named or found, a class could not be loaded,
 * a naming strategy is unknown, or Hibernate refused the mapping. The message says what was read, what
 * went wrong and what to change; {@link #subject()} is what was being read, such as the packages scanned.
 */
public class JpaModelException extends RetortException {
    private static final long serialVersionUID = 1L;

    private final String subject;

    public JpaModelException(String subject, String message) {
        super(message);
        this.subject = subject;
    }

    public JpaModelException(String subject, String message, Throwable cause) {
        super(message, cause);
        this.subject = subject;
    }

    /** What was being read: the packages and classes of the source. */
    public String subject() {
        return subject;
    }
}

package dev.retort.revision;

import dev.retort.RetortException;

/**
 * Root of the errors raised by the revision graph: a malformed graph, an identifier that cannot be
 * resolved, or a migration request the graph cannot satisfy. Each subtype carries the values behind its
 * message.
 */
public abstract class RevisionException extends RetortException {
    private static final long serialVersionUID = 1L;

    protected RevisionException(String message) {
        super(message);
    }
}

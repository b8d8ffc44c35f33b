package dev.retort.script;

/**
 * A revision id that cannot be used: empty, containing characters the identifier grammar reserves, a symbol
 * of that grammar, or too long for the version table.
 */
public class InvalidRevisionIdException extends ScriptException {
    private static final long serialVersionUID = 1L;

    private final String id;

    public InvalidRevisionIdException(String id, String message) {
        super(message);
        this.id = id;
    }

    public String id() {
        return id;
    }
}

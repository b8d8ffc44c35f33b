package dev.retort.dialect.ddl;

/**
 * A name longer than the database keeps: PostgreSQL cuts an identifier to its first 63 bytes without a word,
 * after which the database no longer matches the name the models and revisions use. Refused when the
 * statement is compiled, before it runs.
 */
public class IdentifierTooLongException extends UnsupportedOperationForDialectException {
    private static final long serialVersionUID = 1L;

    private final String identifier;
    private final int bytes;
    private final int limit;

    public IdentifierTooLongException(String dialect, String displayName, String identifier, int bytes, int limit) {
        super(dialect, "identifier longer than " + limit + " bytes", "Identifier '" + identifier + "' is " + bytes
                + " bytes long (UTF-8), over the maximum of " + limit + " that " + displayName + " keeps; it would"
                + " cut the name without a word and no longer match it. Use a name of at most " + limit + " bytes.");
        this.identifier = identifier;
        this.bytes = bytes;
        this.limit = limit;
    }

    /** The name refused, as written. */
    public String identifier() {
        return identifier;
    }

    /** Its length in UTF-8 bytes. */
    public int bytes() {
        return bytes;
    }

    /** The most bytes the database keeps. */
    public int limit() {
        return limit;
    }
}

package dev.retort.dialect.ddl;

import dev.retort.RetortException;

/**
 * An operation, type or option one database cannot express. The message names what was asked for and
 * points to the alternative, such as SQLite's batch mode for altering constraints.
 */
public class UnsupportedOperationForDialectException extends RetortException {
    private static final long serialVersionUID = 1L;

    /** The advice given whenever SQLite is asked to alter a table in a way only a rebuild can. */
    public static final String SQLITE_BATCH_ADVICE = "Please refer to the batch mode feature which allows for "
            + "SQLite migrations using a copy-and-move strategy.";

    private final String dialect;
    private final String feature;

    public UnsupportedOperationForDialectException(String dialect, String feature, String message) {
        super(message);
        this.dialect = dialect;
        this.feature = feature;
    }

    /** The dialect that refused, by name. */
    public String dialect() {
        return dialect;
    }

    /** What was asked for, briefly: "ALTER of constraints", "type mysql.tinyint", "DROP INDEX IF EXISTS". */
    public String feature() {
        return feature;
    }
}

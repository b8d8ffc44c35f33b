package dev.retort.dialect;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** H2: transactional for data, but DDL commits; schemas and comments. */
public class H2Dialect extends Dialect {
    private static final DialectCapabilities CAPABILITIES =
            new DialectCapabilities(false, true, true, true, true, true, false,
                    true, false, false, EnumStorage.CHECK_CONSTRAINT, false, true, true, false, false, false);

    /** The keywords of H2 2.x, which cannot be identifiers unquoted. */
    private static final Set<String> RESERVED = Set.of(
            "_rowid_", "all", "and", "any", "array", "as", "asymmetric", "authorization", "between",
            "both", "case", "cast", "check", "constraint", "cross", "current_catalog", "current_date",
            "current_path", "current_role", "current_schema", "current_time", "current_timestamp",
            "current_user", "day", "default", "distinct", "else", "end", "except", "exists", "false",
            "fetch", "for", "foreign", "from", "full", "group", "groups", "having", "hour", "if", "ilike",
            "in", "inner", "intersect", "interval", "is", "join", "key", "leading", "left", "like",
            "limit", "localtime", "localtimestamp", "minus", "minute", "month", "natural", "not", "null",
            "offset", "on", "or", "order", "over", "partition", "primary", "qualify", "range", "regexp",
            "right", "row", "rownum", "rows", "second", "select", "session_user", "set", "some",
            "symmetric", "system_user", "table", "to", "top", "trailing", "true", "uescape", "union",
            "unique", "unknown", "user", "using", "value", "values", "when", "where", "window", "with",
            "year");

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public DialectCapabilities capabilities() {
        return CAPABILITIES;
    }

    /**
     * H2 folds a bare name to upper case, so {@code ORDERS}, written quoted, is stored as the bare {@code orders}
     * is; both read back in lower case. A name in upper case whose lower case would need quoting
     * ({@code "SELECT"}, {@code "A B"}) and any other name stay as they are.
     */
    @Override
    public String foldedName(String identifier) {
        String lower = identifier.toLowerCase(Locale.ROOT);
        return identifier.equals(identifier.toUpperCase(Locale.ROOT)) && quote(lower).equals(lower) ? lower : identifier;
    }

    /** H2 echoes {@code LENGTH(x)} as {@code CHAR_LENGTH(x)}, {@code IFNULL} as {@code COALESCE}, and so on. */
    @Override
    public Map<String, String> functionSynonyms() {
        return Map.of("length", "char_length", "character_length", "char_length", "ifnull", "coalesce",
                "lcase", "lower", "ucase", "upper");
    }

    /**
     * H2's store writes committed changes in the background, up to a second later; a schema change may reach
     * the file before the version row committed after it does.
     */
    @Override
    public Optional<String> flushAfterCommit() {
        return Optional.of("CHECKPOINT");
    }

    /** Into {@code <db>.trace.db}, a file that appears beside the database at its first entry. */
    @Override
    public boolean logsRefusedStatements() {
        return true;
    }

    @Override
    public Optional<String> uncommittedWorkQuery() {
        return Optional.of("SELECT CONTAINS_UNCOMMITTED FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID = SESSION_ID()");
    }

    /** H2's sequences are created and altered in the transaction; its other schema changes commit. */
    @Override
    public boolean schemaChangesAlwaysCommit() {
        return false;
    }

    /** H2's SYNTAX_ERROR_1 and SYNTAX_ERROR_2. */
    @Override
    public boolean isSyntaxError(int errorCode) {
        return errorCode == 42000 || errorCode == 42001;
    }

    @Override
    protected boolean isReserved(String lowerCaseWord) {
        return RESERVED.contains(lowerCaseWord) || super.isReserved(lowerCaseWord);
    }
}

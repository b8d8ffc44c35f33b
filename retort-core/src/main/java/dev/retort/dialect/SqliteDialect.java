package dev.retort.dialect;

import java.util.Set;

/** SQLite: transactional DDL, but no ALTER of constraints (use batch mode). */
public class SqliteDialect extends Dialect {
    /**
     * SQLite's keywords that its parser does not take as names everywhere (beyond the ANSI ones): those SQLAlchemy
     * quotes, and {@code nothing} and {@code returning}, which fail in a column definition.
     */
    private static final Set<String> RESERVED = Set.of(
            "add", "after", "analyze", "attach", "autoincrement", "before", "begin", "cascade", "cast", "collate",
            "commit", "conflict", "database", "deferrable", "deferred", "detach", "each", "escape", "exclusive",
            "explain", "fail", "glob", "if", "ignore", "immediate", "indexed", "initially", "instead", "isnull",
            "match", "natural", "nothing", "notnull", "of", "plan", "pragma", "query", "raise", "reindex", "rename",
            "replace", "restrict", "returning", "rollback", "temp", "temporary", "transaction", "trigger", "vacuum",
            "view", "virtual");
    private static final DialectCapabilities CAPABILITIES =
            new DialectCapabilities(true, false, true, false, false, true, false,
                    false, true, true, EnumStorage.CHECK_CONSTRAINT, false, false, false, true, true, true);

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public DialectCapabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    protected boolean isReserved(String lowerCaseWord) {
        return RESERVED.contains(lowerCaseWord) || super.isReserved(lowerCaseWord);
    }

    @Override
    public LockMethod lockMethod() {
        return LockMethod.FILE_LOCK;
    }
}

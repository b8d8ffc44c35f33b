package dev.retort.dialect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One database's way of speaking SQL: its name, its capabilities and how it quotes identifiers. Each
 * database is a small subclass that overrides only what differs from the ANSI defaults here.
 */
public abstract class Dialect implements Cloneable {
    private static final Set<String> ANSI_RESERVED = Set.of(
            "all", "alter", "and", "any", "as", "asc", "between", "by", "case", "check", "column", "constraint",
            "create", "cross", "current", "current_date", "current_time", "current_timestamp", "default", "delete",
            "desc", "distinct", "drop", "else", "end", "except", "exists", "false", "for", "foreign", "from", "full",
            "grant", "group", "having", "in", "index", "inner", "insert", "intersect", "into", "is", "join", "key",
            "left", "like", "limit", "not", "null", "offset", "on", "or", "order", "outer", "primary", "references",
            "right", "select", "set", "table", "then", "to", "true", "union", "unique", "update", "user", "using",
            "values", "when", "where", "with", "window", "row", "rows", "range");

    /** The name used in URLs and configuration: sqlite, postgresql, mysql, mariadb, h2. */
    public abstract String name();

    public abstract DialectCapabilities capabilities();

    /** The identifier as SQL: bare when that is safe, else quoted with any quote inside doubled. */
    public String quote(String identifier) {
        if (identifier.isEmpty()) {
            throw new IllegalArgumentException("an identifier cannot be empty");
        }
        return needsQuoting(identifier) ? quoteAlways(identifier) : identifier;
    }

    /**
     * The spelling in which the database gives back the name it stores for {@code identifier} as DDL writes it
     * ({@link #quote}), so that two spellings it stores alike are one name; the identifier itself where the
     * database keeps names as written.
     */
    public String foldedName(String identifier) {
        return identifier;
    }

    /** A possibly schema-qualified name, each part quoted as needed. */
    public String qualified(String schema, String name) {
        return schema == null || schema.isEmpty() ? quote(name) : quote(schema) + "." + quote(name);
    }

    /** A string literal, with single quotes doubled. */
    public String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /**
     * This dialect as the session on {@code connection} reads string literals: itself, unless a setting of the
     * session changes what a backslash in a literal means (MySQL's {@code NO_BACKSLASH_ESCAPES}, PostgreSQL's
     * {@code standard_conforming_strings = off}), which the literals an online run writes (bulk inserts, inline
     * literals) must follow. Scripts assume the server's defaults.
     */
    public Dialect forSession(Connection connection) {
        return this;
    }

    /**
     * The schemas where the session on {@code connection} looks up and creates names written without a schema,
     * as the session lists them (PostgreSQL's {@code search_path}, which may name schemas that do not exist);
     * empty where the database has no such list.
     */
    public Optional<String> searchPath(Connection connection) {
        return Optional.empty();
    }

    /** The first column of the first row {@code query} gives on {@code connection}; empty if it fails. */
    protected static Optional<String> sessionValue(Connection connection, String query) {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            return result.next() ? Optional.ofNullable(result.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    /** A copy of this dialect, for a session-specific variant. */
    protected Dialect copy() {
        try {
            return (Dialect) clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    protected String quoteAlways(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    protected boolean needsQuoting(String identifier) {
        if (!identifier.matches("[a-z_][a-z0-9_$]*")) {
            return true;
        }
        return isReserved(identifier.toLowerCase(Locale.ROOT));
    }

    protected boolean isReserved(String lowerCaseWord) {
        return ANSI_RESERVED.contains(lowerCaseWord);
    }

    /** How migrating commands lock this database against a concurrent run. */
    public LockMethod lockMethod() {
        return LockMethod.PROCESS_LOCK;
    }

    /**
     * A query that finds a table as a statement naming it would, cheaper than the JDBC driver's catalog: one
     * parameter, the table's name as written in SQL (schema-qualified and quoted as needed); one row holding
     * the schema the table is in, or no row when there is no such table. Empty where the driver's catalog is
     * asked instead.
     */
    public Optional<String> tableSchemaQuery() {
        return Optional.empty();
    }

    /**
     * A statement that writes what has been committed to disk, for a database that acknowledges a commit
     * before it is durable; run after each revision's commit, so that a process killed right after it does
     * not lose the version row while the revision's schema change, committed by itself, stays. Empty where
     * a commit is durable.
     */
    public Optional<String> flushAfterCommit() {
        return Optional.empty();
    }

    /**
     * The statement that releases the table locks a revision's {@code LOCK TABLES} took and did not release
     * (MySQL's {@code UNLOCK TABLES}, which commits the open transaction): while they are held, the session may
     * use no other table, and the version row could not be written. Empty where a revision cannot leave such
     * locks behind.
     */
    public Optional<String> unlockTables() {
        return Optional.empty();
    }

    /**
     * The statement that sets the session's character sets back to the connection's own after a revision set
     * them (MySQL's {@code SET NAMES utf8mb4}); empty where a revision cannot change them.
     */
    public Optional<String> restoreCharacterSet() {
        return Optional.empty();
    }

    /**
     * Whether a statement refused with this driver error code could not be read (a syntax error), so that
     * the database refused it before running it. Where schema changes commit by themselves, one that fails
     * while it runs has committed the transaction before it all the same; one that could not be read has not.
     */
    public boolean isSyntaxError(int errorCode) {
        return false;
    }

    /**
     * Whether {@code sql} changes only the session it runs in, so that a revision that failed after running
     * nothing else left nothing behind; false where the database cannot tell, as for {@code SET} on H2, which
     * may change the database's settings.
     */
    public boolean changesSessionOnly(String sql) {
        return false;
    }

    /**
     * Whether the database writes every statement it refuses to a log beside it (H2's {@code <db>.trace.db}):
     * there retort asks the catalog whether a table exists rather than reading it and taking "no such table"
     * for an answer.
     */
    public boolean logsRefusedStatements() {
        return false;
    }

    /**
     * A query of one boolean value: whether the session's open transaction holds statements not yet committed.
     * Where schema changes commit by themselves, retort asks it after a statement that may have committed what
     * ran before it, so that a failure's message says exactly what stays applied. Empty where the database
     * cannot tell; then the statement's first words decide.
     */
    public Optional<String> uncommittedWorkQuery() {
        return Optional.empty();
    }

    /**
     * The setting {@code sql} sets, where the database ignores it while a transaction is open; empty for every
     * other statement. After such a statement in a transaction, retort reads the setting back and fails the
     * revision when it did not change.
     */
    public Optional<SessionSetting> settingIgnoredInTransaction(String sql) {
        return Optional.empty();
    }

    /**
     * Whether every schema change that succeeds is committed, itself included: false where some stay in the
     * transaction (H2's {@code CREATE SEQUENCE}), so that retort asks {@link #uncommittedWorkQuery()} after
     * each one.
     */
    public boolean schemaChangesAlwaysCommit() {
        return true;
    }

    /**
     * Functions the database keeps under another name in the conditions it echoes, from a name one may write
     * to the name it writes, both in lower case ({@code length} to {@code octet_length} on MariaDB): calls by
     * either name mean the same there, and autogenerate compares them as one. None by default.
     */
    public Map<String, String> functionSynonyms() {
        return Map.of();
    }

    /**
     * Where the database puts nulls in an index column that does not say: as the smallest values by default
     * (MySQL, MariaDB, SQLite, H2 unless its {@code DEFAULT_NULL_ORDERING} is set otherwise).
     */
    public NullOrdering nullOrdering() {
        return NullOrdering.LOW;
    }

    /** The SQL type of the version table's column: {@code VARCHAR(32)}. */
    public String versionColumnType() {
        return "VARCHAR(32)";
    }

    @Override
    public String toString() {
        return name();
    }
}

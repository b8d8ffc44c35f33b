package dev.retort.dialect;

import java.sql.Connection;
import java.util.Optional;
import java.util.Set;

/** PostgreSQL: transactional DDL, schemas, comments. */
public class PostgresDialect extends Dialect {
    private static final DialectCapabilities CAPABILITIES =
            new DialectCapabilities(true, true, true, true, true, true, true,
                    true, true, true, EnumStorage.NAMED_TYPE, false, true, true, false, true, true);

    /** Words PostgreSQL reserves, with those that cannot name a column (its type and function keywords). */
    private static final Set<String> RESERVED = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric",
            "authorization", "binary", "both", "case", "cast", "check", "collate", "collation", "column",
            "concurrently", "constraint", "create", "cross", "current_catalog", "current_date",
            "current_role", "current_schema", "current_time", "current_timestamp", "current_user",
            "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "false", "fetch",
            "for", "foreign", "freeze", "from", "full", "grant", "group", "having", "ilike", "in",
            "initially", "inner", "intersect", "into", "is", "isnull", "join", "lateral", "leading",
            "left", "like", "limit", "localtime", "localtimestamp", "natural", "not", "notnull", "null",
            "offset", "on", "only", "or", "order", "outer", "overlaps", "placing", "primary",
            "references", "returning", "right", "select", "session_user", "similar", "some", "symmetric",
            "system_user", "table", "tablesample", "then", "to", "trailing", "true", "union", "unique",
            "user", "using", "variadic", "verbose", "when", "where", "window", "with");

    /** Whether a backslash in {@code '...'} is an ordinary character, as since PostgreSQL 9.1 by default. */
    private boolean standardConformingStrings = true;

    @Override
    public String name() {
        return "postgresql";
    }

    /** With {@code standard_conforming_strings = off}, a literal holding a backslash is an escape string. */
    @Override
    public String literal(String value) {
        return standardConformingStrings || value.indexOf('\\') < 0 ? super.literal(value)
                : "E" + super.literal(value.replace("\\", "\\\\"));
    }

    @Override
    public Dialect forSession(Connection connection) {
        if (!sessionValue(connection, "SHOW standard_conforming_strings").orElse("on").equals("off")) {
            return this;
        }
        PostgresDialect session = (PostgresDialect) copy();
        session.standardConformingStrings = false;
        return session;
    }

    @Override
    public Optional<String> searchPath(Connection connection) {
        return sessionValue(connection, "SHOW search_path");
    }

    @Override
    public DialectCapabilities capabilities() {
        return CAPABILITIES;
    }

    /** PostgreSQL sorts nulls as larger than any value: last ascending, first descending. */
    @Override
    public NullOrdering nullOrdering() {
        return NullOrdering.HIGH;
    }

    /** Finds the table as a statement naming it would, through the search path, as Alembic's check does. */
    @Override
    public Optional<String> tableSchemaQuery() {
        return Optional.of("SELECT n.nspname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n"
                + " ON n.oid = c.relnamespace WHERE c.oid = pg_catalog.to_regclass(?)");
    }

    @Override
    public LockMethod lockMethod() {
        return LockMethod.ADVISORY_LOCK;
    }

    @Override
    protected boolean isReserved(String lowerCaseWord) {
        return RESERVED.contains(lowerCaseWord) || super.isReserved(lowerCaseWord);
    }
}

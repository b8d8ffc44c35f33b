package dev.retort.reflect;

import dev.retort.dialect.ddl.NamedEnumTypes;
import dev.retort.schema.QualifiedName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Reads, with one catalog query, the enum types of a PostgreSQL connection's current schema (where
 * {@code CREATE TYPE name AS ENUM} puts an unqualified name) and the columns of tables, in any schema, that
 * use each, as a column of the type or an array of it: what a run's compiler must know before it creates
 * or drops such types. Tables of the current schema are named without their schema.
 */
public final class PostgresEnumTypeReader {
    private static final String ENUM_TYPES_AND_USERS = """
            SELECT s.name AS current_schema, t.typname, n.nspname, c.relname, a.attname
            FROM (SELECT current_schema() AS name) s
            LEFT JOIN pg_namespace tn ON tn.nspname = s.name
            LEFT JOIN pg_type t ON t.typnamespace = tn.oid AND t.typtype = 'e'
            LEFT JOIN (pg_attribute a
                       JOIN pg_class c ON c.oid = a.attrelid AND c.relkind IN ('r', 'p') AND NOT c.relispartition
                       JOIN pg_namespace n ON n.oid = c.relnamespace)
                   ON a.atttypid IN (t.oid, t.typarray) AND a.attnum > 0 AND NOT a.attisdropped
            """;

    private PostgresEnumTypeReader() {
    }

    /** The enum types the database has now, each with the table columns that use it. */
    public static NamedEnumTypes read(Connection connection) {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(ENUM_TYPES_AND_USERS)) {
            NamedEnumTypes types = null;
            while (rows.next()) {
                String currentSchema = rows.getString("current_schema");
                if (types == null) {
                    types = new NamedEnumTypes(Optional.ofNullable(currentSchema));
                }
                String type = rows.getString("typname");
                String table = rows.getString("relname");
                if (table != null) {
                    String schema = rows.getString("nspname");
                    types.uses(type, schema.equals(currentSchema) ? QualifiedName.of(table)
                            : QualifiedName.of(schema, table), rows.getString("attname"));
                } else if (type != null) {
                    types.exists(type);
                }
            }
            return types == null ? new NamedEnumTypes() : types;
        } catch (SQLException e) {
            throw new CatalogReadException("PostgreSQL", "the enum types of the schema could not be read: "
                    + e.getMessage(), e);
        }
    }
}

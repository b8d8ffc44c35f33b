package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import dev.retort.revision.VersionChange;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The table that records which revisions the database is at, with the same structure as Alembic's so
 * that a database Alembic managed can be adopted: one {@code version_num VARCHAR(32)} primary key column,
 * one row per head. Writes the statements Alembic writes, word for word in scripts.
 *
 * <p>Online, on a database whose catalog query says where the table is (PostgreSQL), the statements name
 * the table with the schema it was found in or created in, even without a configured schema: a revision
 * that changes the session's search path (pg_dump's {@code SELECT pg_catalog.set_config('search_path', '',
 * false)}) does not lose the version table for the rest of the run.
 */
public final class VersionTable {
    private final Dialect dialect;
    private final String name;
    private final Optional<String> schema;
    private boolean seen;
    private String foundInSchema;

    public VersionTable(Dialect dialect, String name, Optional<String> schema) {
        this.dialect = dialect;
        this.name = name;
        this.schema = schema;
    }

    public String name() {
        return name;
    }

    public Optional<String> schema() {
        return schema;
    }

    /** The name as written in statements, with its schema if there is one. */
    public String qualifiedName() {
        return dialect.qualified(schema.orElse(null), name);
    }

    /** Alembic's {@code CREATE TABLE}, trailing space after the comma included. */
    public String createSql() {
        return "CREATE TABLE " + qualifiedName() + " (\n"
                + "    version_num " + dialect.versionColumnType() + " NOT NULL, \n"
                + "    CONSTRAINT " + dialect.quote(name + "_pkc") + " PRIMARY KEY (version_num)\n"
                + ")";
    }

    /** The name online statements use: with the schema the table was found in, once it has been. */
    private String onlineName() {
        return foundInSchema == null ? qualifiedName() : dialect.qualified(foundInSchema, name);
    }

    /** The statement for one change, with bind parameters online and literals in scripts (Alembic's form). */
    public BoundSql statement(VersionChange change) {
        String table = qualifiedName();
        String column = table + ".version_num";
        String online = onlineName();
        String onlineColumn = online + ".version_num";
        if (change instanceof VersionChange.Insert insert) {
            return new BoundSql("INSERT INTO " + online + " (version_num) VALUES (?)", List.of(insert.id()),
                    "INSERT INTO " + table + " (version_num) VALUES (" + dialect.literal(insert.id()) + ")");
        } else if (change instanceof VersionChange.Update update) {
            return new BoundSql("UPDATE " + online + " SET version_num=? WHERE " + onlineColumn + " = ?",
                    List.of(update.to(), update.from()),
                    "UPDATE " + table + " SET version_num=" + dialect.literal(update.to()) + " WHERE " + column
                            + " = " + dialect.literal(update.from()));
        }
        VersionChange.Delete delete = (VersionChange.Delete) change;
        return new BoundSql("DELETE FROM " + online + " WHERE " + onlineColumn + " = ?", List.of(delete.id()),
                "DELETE FROM " + table + " WHERE " + column + " = " + dialect.literal(delete.id()));
    }

    /** Runs or writes one change; online, an UPDATE or DELETE must match exactly one row. */
    public void apply(SqlSink sink, VersionChange change) {
        long count = sink.execute(statement(change));
        if (count < 0 || change instanceof VersionChange.Insert || !dialect.capabilities().reliableRowCount()) {
            return;
        }
        if (count != 1) {
            String what = change instanceof VersionChange.Update update
                    ? "updating '" + update.from() + "' to '" + update.to() + "'"
                    : "deleting '" + ((VersionChange.Delete) change).id() + "'";
            throw new VersionTableException("Online migration expected to match one row when " + what + " in '"
                    + name + "'; " + count + " found");
        }
    }

    /**
     * Whether the table exists, as the database's catalog reports it. Once seen, it is taken to stay: no
     * command drops it, so a run asks the catalog once the table is there.
     */
    public boolean exists(Connection connection) {
        if (!seen) {
            seen = existsNow(connection);
        }
        return seen;
    }

    /** Whether the table exists, asking the catalog every time: for a table that runs create and drop. */
    boolean existsNow(Connection connection) {
        return dialect.tableSchemaQuery().map(query -> existsByQuery(connection, query))
                .orElseGet(() -> existsInCatalog(connection));
    }

    /** Asks the dialect's query, and keeps the schema the table is in for online statements. */
    private boolean existsByQuery(Connection connection, String query) {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, qualifiedName());
            try (ResultSet result = statement.executeQuery()) {
                if (!result.next()) {
                    return false;
                }
                foundInSchema = schema.isPresent() ? null : result.getString(1);
                return true;
            }
        } catch (SQLException e) {
            throw new DatabaseError(BoundSql.of(query), e);
        }
    }

    private boolean existsInCatalog(Connection connection) {
        try {
            DatabaseMetaData meta = connection.getMetaData();
            // MySQL and MariaDB drivers call a database a catalog: there the configured schema is one.
            boolean schemasAreCatalogs = !meta.supportsSchemasInTableDefinitions()
                    && meta.supportsCatalogsInTableDefinitions();
            String catalog = schemasAreCatalogs ? schema.orElse(connection.getCatalog()) : connection.getCatalog();
            String schemaPattern = schemasAreCatalogs ? null : schema.map(s -> storedCase(meta, s)).orElse(null);
            String storedName = storedCase(meta, name);
            // The name is a pattern to the catalog ('_' is any one character); only the table of that very name counts.
            try (ResultSet tables = meta.getTables(catalog, schemaPattern, storedName, new String[] {"TABLE"})) {
                while (tables.next()) {
                    boolean named = storedName.equals(tables.getString("TABLE_NAME"))
                            && (schemaPattern == null || schemaPattern.equals(tables.getString("TABLE_SCHEM")));
                    if (named && (schema.isPresent() || onSearchPath(connection, tables.getString("TABLE_SCHEM")))) {
                        return true;
                    }
                }
                return false;
            }
        } catch (SQLException e) {
            throw new DatabaseError(BoundSql.of("-- reading the catalog"), e);
        }
    }

    /** Creates the table unless it exists; true when it was created. */
    public boolean createIfMissing(Connection connection, SqlSink sink) {
        if (exists(connection)) {
            return false;
        }
        // Read first: where the CREATE fails, PostgreSQL answers nothing more in the transaction.
        Optional<String> searchPath = schema.isPresent() ? Optional.empty() : dialect.searchPath(connection);
        try {
            sink.execute(BoundSql.of(createSql()));
        } catch (DatabaseError e) {
            throw new MigrationException("Can't create the version table " + onlineName() + ", which records the"
                    + " revisions applied: " + e.getMessage().strip() + "\n" + (e.missingSchema()
                            ? missingSchema(searchPath)
                            : "The database user needs the right to create tables there (or create the table once"
                                    + " as another user: 'retort ensure-version --sql' prints its CREATE TABLE)."), e);
        }
        exists(connection); // where it went, for the statements that follow
        return true;
    }

    /** What to do when the schema the table goes to does not exist: the configured one, or the session's. */
    private String missingSchema(Optional<String> searchPath) {
        if (schema.isPresent()) {
            return "Create the schema " + schema.get() + " first, or set version_table_schema to one that exists.";
        }
        return searchPath.map(path -> "The connection's search path (" + path + ") names no schema that exists:"
                + " create the schema it names first, correct the URL's currentSchema or the role's search_path,"
                + " or set version_table_schema to a schema that exists.")
                .orElse("The connection selects no schema that exists: name one that exists in the URL, or set"
                        + " version_table_schema to one.");
    }

    /** The rows, or none when the table does not exist. */
    public List<String> rows(Connection connection) {
        if (!exists(connection)) {
            return List.of();
        }
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT version_num FROM " + onlineName())) {
            while (result.next()) {
                String row = result.getString(1);
                if (row == null) {
                    throw new MigrationException("The version table " + onlineName() + " holds a row without a"
                            + " revision (NULL), which no run writes; delete it (DELETE FROM " + onlineName()
                            + " WHERE version_num IS NULL), or replace every row with 'retort stamp --purge"
                            + " <revision>'");
                }
                rows.add(row);
            }
        } catch (SQLException e) {
            DatabaseError error = new DatabaseError(BoundSql.of("SELECT version_num FROM " + onlineName()), e);
            throw new MigrationException("Can't read the version table " + onlineName() + ": " + error.getMessage()
                    + "\nIf that table is not a version table made by retort or Alembic (one column, version_num),"
                    + " set 'version_table' to another name.", error);
        }
        return rows;
    }

    /** The name as the catalog stores it: folded as the database folds it unless it is written quoted. */
    private String storedCase(DatabaseMetaData meta, String identifier) {
        if (!dialect.quote(identifier).equals(identifier)) {
            return identifier;
        }
        try {
            if (meta.storesUpperCaseIdentifiers()) {
                return identifier.toUpperCase(Locale.ROOT);
            }
            if (meta.storesLowerCaseIdentifiers()) {
                return identifier.toLowerCase(Locale.ROOT);
            }
            return identifier;
        } catch (SQLException e) {
            return identifier;
        }
    }

    /** Without a configured schema only the connection's current schema counts. */
    private static boolean onSearchPath(Connection connection, String tableSchema) throws SQLException {
        String current = connection.getSchema();
        return tableSchema == null || current == null || current.equalsIgnoreCase(tableSchema);
    }
}

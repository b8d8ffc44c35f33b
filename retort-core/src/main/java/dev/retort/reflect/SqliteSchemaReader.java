package dev.retort.reflect;

import dev.retort.reflect.SqliteCatalog.TableRows;
import dev.retort.schema.Autoincrement;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DatabaseSchema;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Reads SQLite schemas (the main database, attached ones by name) with four queries per schema: each
 * query joins {@code sqlite_master} with a table-valued pragma, so the count does not grow with the
 * tables. SQLite's own tables ({@code sqlite_sequence}, ...) and virtual tables are left out; SQLite has
 * no sequences, enum types or comments. An enum written as the compiler writes one (a {@code VARCHAR} with
 * an unnamed {@code CHECK ... IN}) reads as that enum.
 */
final class SqliteSchemaReader implements SchemaReader {
    private static final String MAIN = "main";

    @Override
    public Optional<String> defaultSchema(Connection connection) {
        return Optional.of(MAIN);
    }

    /** The attached databases: {@code temp} holds no schema a model describes. */
    @Override
    public List<String> otherSchemas(Connection connection) {
        try {
            return CatalogQuery.rows(connection, "PRAGMA database_list", List.of(), row -> row.getString("name"))
                    .stream().filter(name -> !name.equals(MAIN) && !name.equals("temp")).sorted().toList();
        } catch (SQLException e) {
            throw new CatalogReadException("SQLite", "the attached databases cannot be listed: " + e.getMessage(), e);
        }
    }

    @Override
    public DatabaseSchema read(Connection connection, ReflectionScope scope) {
        SchemaNames names = SchemaNames.of("SQLite", scope, MAIN, UnaryOperator.identity(), UnaryOperator.identity());
        List<Table> tables = new ArrayList<>();
        for (String schema : names.queried()) {
            try {
                Map<String, TableRows> rows = SqliteCatalog.read(connection,
                        schema.equals(MAIN) ? Optional.empty() : Optional.of(schema), Optional.empty());
                for (TableRows table : rows.values()) {
                    QualifiedName name = names.name(schema, table.name());
                    if (!table.name().startsWith("sqlite_") && !SqliteTableBuilder.isVirtual(table)
                            && !scope.isVersionTable(name)) {
                        Table built = SqliteTableBuilder.build(name, table, referred -> primaryKey(rows, referred));
                        tables.add(canonical(EnumChecks.recognised(built, generated -> false)));
                    }
                }
            } catch (SQLException e) {
                throw new CatalogReadException("SQLite", "the catalog of schema " + schema + " cannot be read: "
                        + e.getMessage(), e);
            }
        }
        return new DatabaseSchema(tables, List.of(), List.of());
    }

    private static List<String> primaryKey(Map<String, TableRows> rows, String table) {
        return rows.values().stream().filter(candidate -> candidate.name().equalsIgnoreCase(table)).findFirst()
                .map(SqliteTableBuilder::primaryKey).orElse(List.of());
    }

    /**
     * The table with constraints and indexes in the order every reader gives them, and a non-integer key
     * column marked as the model leaves it: the autoincrement rule never applies to it.
     */
    private static Table canonical(Table table) {
        List<Column> columns = table.columns().stream()
                .map(column -> column.autoincrement() == Autoincrement.DISABLED
                        && !(column.type() instanceof ColumnType.IntegerType)
                        ? new Column(column.name(), column.type(), column.nullable(), column.serverDefault(),
                                Autoincrement.AUTO, column.identity(), column.comment(), column.inline(),
                column.computed())
                        : column)
                .toList();
        return new Table(table.name(), columns, table.primaryKey(),
                table.constraints().stream().sorted(TableParts.CONSTRAINT_ORDER).toList(),
                table.indexes().stream().sorted(TableParts.INDEX_ORDER).toList(), table.comment());
    }
}

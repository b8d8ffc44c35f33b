package dev.retort.reflect;

import dev.retort.dialect.Dialect;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Computed;
import dev.retort.schema.DatabaseSchema;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.IndexElement;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Sequence;
import dev.retort.schema.SqlExpression;
import dev.retort.schema.ServerDefault;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Reads MySQL and MariaDB databases (a schema is a database here) from {@code information_schema} with
 * five bulk queries, plus one over all sequences on MariaDB. Unique keys, however created, read as
 * unique constraints; the index InnoDB makes for a foreign key is left out; MariaDB's {@code JSON} (a
 * {@code LONGTEXT} with a {@code json_valid} check) reads as JSON without the check.
 */
final class MySqlSchemaReader implements SchemaReader {
    private static final String OTHER_DATABASES = """
            SELECT SCHEMA_NAME FROM information_schema.SCHEMATA
            WHERE SCHEMA_NAME NOT IN ('mysql', 'information_schema', 'performance_schema', 'sys')
              AND NOT (SCHEMA_NAME <=> DATABASE())
            ORDER BY SCHEMA_NAME
            """;
    private static final String TABLES = """
            SELECT table_schema, table_name, table_type, table_collation, table_comment
            FROM information_schema.tables WHERE table_schema IN ({schemas})
            """;
    private static final String COLUMNS = """
            SELECT table_schema, table_name, column_name, column_type, is_nullable, column_default, extra,
                   collation_name, column_comment, generation_expression
            FROM information_schema.columns WHERE table_schema IN ({schemas})
            ORDER BY table_schema, table_name, ordinal_position
            """;
    private static final String INDEXES = """
            SELECT table_schema, table_name, index_name, non_unique, column_name, NULL AS expression, index_type,
                   collation
            FROM information_schema.statistics WHERE table_schema IN ({schemas})
            ORDER BY table_schema, table_name, index_name, seq_in_index
            """;
    /** MySQL 8 also has functional key parts, whose column is NULL and whose expression is given. */
    private static final String MYSQL_INDEXES = INDEXES.replace("NULL AS expression", "expression");
    private static final String FOREIGN_KEYS = """
            SELECT k.table_schema, k.table_name, k.constraint_name, k.column_name, k.referenced_table_schema,
                   k.referenced_table_name, k.referenced_column_name, r.update_rule, r.delete_rule
            FROM information_schema.key_column_usage k
            JOIN information_schema.referential_constraints r ON r.constraint_schema = k.constraint_schema
                 AND r.constraint_name = k.constraint_name AND r.table_name = k.table_name
            WHERE k.table_schema IN ({schemas}) AND k.referenced_table_name IS NOT NULL
            ORDER BY k.table_schema, k.table_name, k.constraint_name, k.ordinal_position
            """;
    private static final String MARIADB_CHECKS = """
            SELECT constraint_schema AS table_schema, table_name, constraint_name, check_clause, level
            FROM information_schema.check_constraints WHERE constraint_schema IN ({schemas})
            """;
    private static final String MYSQL_CHECKS = """
            SELECT t.table_schema, t.table_name, c.constraint_name, c.check_clause, 'Table' AS level
            FROM information_schema.check_constraints c
            JOIN information_schema.table_constraints t ON t.constraint_schema = c.constraint_schema
                 AND t.constraint_name = c.constraint_name AND t.constraint_type = 'CHECK'
            WHERE c.constraint_schema IN ({schemas})
            """;

    private final Dialect dialect;

    MySqlSchemaReader(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public Optional<String> defaultSchema(Connection connection) {
        try {
            return Optional.ofNullable(connection.getCatalog());
        } catch (SQLException e) {
            throw new CatalogReadException(product(), "the current database cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> otherSchemas(Connection connection) {
        try {
            return CatalogQuery.rows(connection, OTHER_DATABASES, List.of(), row -> row.getString(1));
        } catch (SQLException e) {
            throw new CatalogReadException(product(), "the databases cannot be listed: " + e.getMessage(), e);
        }
    }

    /** The database as messages name it: the dialect's, as the URL chose it. */
    private String product() {
        return dialect.name().equals("mariadb") ? "MariaDB" : "MySQL";
    }

    @Override
    public DatabaseSchema read(Connection connection, ReflectionScope scope) {
        try {
            boolean mariaDb = connection.getMetaData().getDatabaseProductVersion().contains("MariaDB");
            SchemaNames names = SchemaNames.of(mariaDb ? "MariaDB" : "MySQL", scope, connection.getCatalog(),
                    UnaryOperator.identity(), UnaryOperator.identity());
            Map<String, MySqlTable> tables = new LinkedHashMap<>();
            List<QualifiedName> sequenceNames = new ArrayList<>();
            List<String> sequenceSql = new ArrayList<>();
            for (TableRow row : CatalogQuery.rows(connection, TABLES, names.queried(), TableRow::read)) {
                QualifiedName name = names.name(row.schema, row.name);
                if (row.type.equals("SEQUENCE")) {
                    sequenceNames.add(name);
                    sequenceSql.add(dialect.qualified(row.schema, row.name));
                } else if (row.type.equals("BASE TABLE") && !scope.isVersionTable(name)) {
                    tables.put(key(row.schema, row.name), new MySqlTable(new TableParts(name,
                            row.comment == null || row.comment.isEmpty() ? Optional.empty() : Optional.of(row.comment)),
                            row.collation));
                }
            }
            Map<String, String> checks = checks(connection, names, tables, mariaDb);
            columns(connection, names, tables, checks, mariaDb);
            Map<String, List<ForeignKey>> foreignKeys = foreignKeys(connection, names, tables);
            indexes(connection, names, tables, foreignKeys, mariaDb);
            List<Table> built = tables.values().stream().map(table -> table.parts.table()).toList();
            return new DatabaseSchema(built, sequences(connection, sequenceNames, sequenceSql), List.of());
        } catch (SQLException e) {
            throw new CatalogReadException(dialect.name(), "a catalog query failed: " + e.getMessage(), e);
        }
    }

    private record MySqlTable(TableParts parts, String collation) {
    }

    private record TableRow(String schema, String name, String type, String collation, String comment) {
        static TableRow read(ResultSet row) throws SQLException {
            return new TableRow(row.getString("table_schema"), row.getString("table_name"), row.getString("table_type"),
                    row.getString("table_collation"), row.getString("table_comment"));
        }
    }

    private static String key(String... parts) {
        return String.join("\u0000", parts);
    }

    /**
     * The check constraints, added to their tables; returns the columns whose check is MariaDB's
     * {@code json_valid}, keyed by table and column, so that they read as JSON.
     */
    private Map<String, String> checks(Connection connection, SchemaNames names, Map<String, MySqlTable> tables,
            boolean mariaDb) throws SQLException {
        Map<String, String> jsonColumns = new HashMap<>();
        String sql = mariaDb ? MARIADB_CHECKS : MYSQL_CHECKS;
        CatalogQuery.rows(connection, sql, names.queried(), row -> {
            MySqlTable table = tables.get(key(row.getString("table_schema"), row.getString("table_name")));
            String name = row.getString("constraint_name");
            String clause = row.getString("check_clause");
            if (table == null) {
                return name;
            }
            if ("Column".equals(row.getString("level")) && clause.equals("json_valid(`" + name + "`)")) {
                jsonColumns.put(key(row.getString("table_schema"), row.getString("table_name"), name), name);
            } else {
                String condition = SqlText.bareIdentifiers(clause, dialect, UnaryOperator.identity());
                table.parts.constraint(new CheckConstraint(Optional.of(name),
                        SqlText.unwrapped(SqlText.doubledQuotes(condition), true)));
            }
            return name;
        });
        return jsonColumns;
    }

    private void columns(Connection connection, SchemaNames names, Map<String, MySqlTable> tables,
            Map<String, String> jsonColumns, boolean mariaDb) throws SQLException {
        CatalogQuery.rows(connection, COLUMNS, names.queried(), row -> {
            MySqlTable table = tables.get(key(row.getString("table_schema"), row.getString("table_name")));
            if (table == null) {
                return null;
            }
            String name = row.getString("column_name");
            String extra = row.getString("extra") == null ? "" : row.getString("extra").toLowerCase();
            Optional<Computed> computed = computed(extra, row.getString("generation_expression"), mariaDb);
            String collation = row.getString("collation_name");
            Optional<String> ownCollation = collation == null || collation.equals(table.collation) ? Optional.empty()
                    : Optional.of(collation);
            boolean json = jsonColumns.containsKey(key(row.getString("table_schema"), row.getString("table_name"), name));
            ColumnType type = json ? new ColumnType.JsonType() : MySqlTypes.type(row.getString("column_type"),
                    ownCollation);
            Column column = Column.of(name, type).nullable(row.getString("is_nullable").equals("YES"));
            String comment = row.getString("column_comment");
            if (comment != null && !comment.isEmpty()) {
                column = column.comment(comment);
            }
            if (computed.isPresent()) {
                table.parts.column(column.computed(computed.get()));
                return name;
            }
            Optional<ServerDefault> value = MySqlTypes.withOnUpdate(MySqlTypes.serverDefault(
                    row.getString("column_default"), type, mariaDb, extra.contains("default_generated")), extra);
            if (value.isPresent()) {
                column = column.serverDefault(value.get());
            }
            if (extra.contains("auto_increment")) {
                table.parts.numberedColumn(column, column.identity(Identity.byDefault()));
            } else {
                table.parts.column(column);
            }
            return name;
        });
    }

    /**
     * The expression of a generated column, which {@code EXTRA} calls {@code VIRTUAL GENERATED} or
     * {@code STORED GENERATED} (MariaDB before 10.2.5: {@code VIRTUAL} or {@code PERSISTENT}); names in it
     * lose the backquotes the database adds, and MySQL 8's {@code \'} in it is a quote.
     */
    private Optional<Computed> computed(String extra, String expression, boolean mariaDb) {
        boolean stored = extra.contains("stored") || extra.contains("persistent");
        if (!stored && !extra.contains("virtual") || expression == null) {
            return Optional.empty();
        }
        String unescaped = mariaDb ? expression : expression.replace("\\'", "'");
        String sql = SqlText.unwrapped(SqlText.bareIdentifiers(unescaped, dialect, UnaryOperator.identity()));
        return Optional.of(new Computed(new SqlExpression(sql), stored));
    }

    private record KeyColumnRow(String schema, String table, String name, String column, String referredSchema,
            String referredTable, String referredColumn, String onUpdate, String onDelete) {
        static KeyColumnRow read(ResultSet row) throws SQLException {
            return new KeyColumnRow(row.getString("table_schema"), row.getString("table_name"),
                    row.getString("constraint_name"), row.getString("column_name"),
                    row.getString("referenced_table_schema"), row.getString("referenced_table_name"),
                    row.getString("referenced_column_name"), row.getString("update_rule"),
                    row.getString("delete_rule"));
        }
    }

    /** The foreign keys, added to their tables and returned by table, for telling their indexes apart. */
    private Map<String, List<ForeignKey>> foreignKeys(Connection connection, SchemaNames names,
            Map<String, MySqlTable> tables) throws SQLException {
        Map<String, List<KeyColumnRow>> byKey = new LinkedHashMap<>();
        for (KeyColumnRow row : CatalogQuery.rows(connection, FOREIGN_KEYS, names.queried(), KeyColumnRow::read)) {
            byKey.computeIfAbsent(key(row.schema, row.table) + "\u0000" + row.name, k -> new ArrayList<>()).add(row);
        }
        Map<String, List<ForeignKey>> byTable = new HashMap<>();
        for (List<KeyColumnRow> rows : byKey.values()) {
            KeyColumnRow first = rows.get(0);
            MySqlTable table = tables.get(key(first.schema, first.table));
            if (table == null) {
                continue;
            }
            ForeignKey foreignKey = new ForeignKey(Optional.of(first.name),
                    rows.stream().map(KeyColumnRow::column).toList(),
                    names.name(first.referredSchema, first.referredTable),
                    rows.stream().map(KeyColumnRow::referredColumn).toList(), action(first.onDelete),
                    action(first.onUpdate), Optional.empty(), Optional.empty(), Optional.empty());
            table.parts.constraint(foreignKey);
            byTable.computeIfAbsent(key(first.schema, first.table), k -> new ArrayList<>()).add(foreignKey);
        }
        return byTable;
    }

    /** An action; {@code RESTRICT}, what MySQL reports when none was given and what NO ACTION means there, is none. */
    private static Optional<ReferentialAction> action(String rule) {
        if (rule == null || rule.equals("RESTRICT") || rule.equals("NO ACTION")) {
            return Optional.empty();
        }
        return Optional.of(ReferentialAction.parse(rule));
    }

    /** One column or expression of an index; {@code descending} where its collation is {@code D}. */
    private record IndexRow(String schema, String table, String name, boolean unique, String column,
            String expression, String type, boolean descending) {
        static IndexRow read(ResultSet row) throws SQLException {
            return new IndexRow(row.getString("table_schema"), row.getString("table_name"), row.getString("index_name"),
                    row.getInt("non_unique") == 0, row.getString("column_name"), row.getString("expression"),
                    row.getString("index_type"), "D".equals(row.getString("collation")));
        }

        /** A column; a descending one, or an expression, as the models write it ({@code b DESC}). */
        IndexElement element(Dialect dialect) {
            if (column != null && !descending) {
                return new IndexColumn(column);
            }
            String indexed = column != null ? dialect.quote(column) : SqlText.unwrapped(
                    SqlText.bareIdentifiers(expression, dialect, UnaryOperator.identity()), true);
            return new SqlExpression(descending ? indexed + " DESC" : indexed);
        }

        boolean isPlainColumn() {
            return column != null && !descending;
        }
    }

    private void indexes(Connection connection, SchemaNames names, Map<String, MySqlTable> tables,
            Map<String, List<ForeignKey>> foreignKeys, boolean mariaDb) throws SQLException {
        Map<String, List<IndexRow>> byIndex = new LinkedHashMap<>();
        String sql = mariaDb ? INDEXES : MYSQL_INDEXES;
        for (IndexRow row : CatalogQuery.rows(connection, sql, names.queried(), IndexRow::read)) {
            byIndex.computeIfAbsent(key(row.schema, row.table) + "\u0000" + row.name, k -> new ArrayList<>()).add(row);
        }
        for (List<IndexRow> rows : byIndex.values()) {
            IndexRow first = rows.get(0);
            MySqlTable table = tables.get(key(first.schema, first.table));
            if (table == null) {
                continue;
            }
            List<IndexElement> elements = rows.stream().map(row -> row.element(dialect)).toList();
            boolean expressions = rows.stream().anyMatch(row -> !row.isPlainColumn());
            List<String> columns = expressions ? List.of() : rows.stream().map(IndexRow::column).toList();
            if (expressions) {
                table.parts.index(new Index(Optional.of(first.name), elements, first.unique, Optional.empty(),
                        Map.of()));
            } else if (first.name.equals("PRIMARY")) {
                table.parts.primaryKey(new PrimaryKey(Optional.empty(), columns));
            } else if (first.unique) {
                table.parts.constraint(new UniqueConstraint(Optional.of(first.name), columns));
            } else if (!backsForeignKey(first.name, columns, foreignKeys.getOrDefault(key(first.schema, first.table),
                    List.of()))) {
                Index index = Index.on(Optional.of(first.name), columns);
                boolean special = first.type.equals("FULLTEXT") || first.type.equals("SPATIAL");
                table.parts.index(special ? index.dialectOption("mysql_prefix", first.type) : index);
            }
        }
    }

    /** The index InnoDB made for a foreign key: named as the key (or its first column), on its columns. */
    private static boolean backsForeignKey(String index, List<String> columns, List<ForeignKey> foreignKeys) {
        return foreignKeys.stream().anyMatch(key -> key.columns().equals(columns)
                && (key.name().orElse("").equals(index) || columns.get(0).equals(index)));
    }

    /** MariaDB's sequences, all read by one {@code UNION ALL} over them. */
    private List<Sequence> sequences(Connection connection, List<QualifiedName> sequenceNames, List<String> sql)
            throws SQLException {
        if (sequenceNames.isEmpty()) {
            return List.of();
        }
        List<String> selects = new ArrayList<>();
        for (int i = 0; i < sql.size(); i++) {
            selects.add("SELECT " + i + " AS position, start_value, increment, minimum_value, maximum_value, "
                    + "cycle_option FROM " + sql.get(i));
        }
        String union = String.join(" UNION ALL ", selects);
        List<Sequence> sequences = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(union)) {
            while (row.next()) {
                sequences.add(SequenceDefaults.normalised(sequenceNames.get(row.getInt("position")),
                        row.getLong("start_value"),
                        row.getLong("increment"), row.getLong("minimum_value"), row.getLong("maximum_value"),
                        row.getInt("cycle_option") != 0, MARIADB_BOUNDS));
            }
        }
        return sequences;
    }

    /** MariaDB's default sequence range stops one short of {@code bigint}'s at either end. */
    private static final SequenceDefaults.Bounds MARIADB_BOUNDS =
            new SequenceDefaults.Bounds(Long.MIN_VALUE + 1, Long.MAX_VALUE - 1);
}

package dev.retort.reflect;

import dev.retort.dialect.Dialect;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Computed;
import dev.retort.dialect.NullOrdering;
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
import dev.retort.schema.ServerDefault;
import dev.retort.schema.SqlExpression;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads an H2 (2.x) database from its {@code INFORMATION_SCHEMA} with six bulk queries. H2 folds
 * unquoted names to upper case, so a name in upper case that needs no quoting in lower case reads in
 * lower case ({@code CUSTOMER} is {@code customer}, {@code "Mixed"} stays), in names and in the SQL of
 * checks and defaults alike. An identity {@code BY DEFAULT} from 1 by 1 on the column the model's
 * autoincrement rule picks is that autoincrement column, since that is how H2's compiler writes one; a
 * {@code VARCHAR} with a {@code CHECK ... IN} H2 named itself is the enum the compiler wrote so.
 */
final class H2SchemaReader implements SchemaReader {
    private static final String OTHER_SCHEMAS = """
            SELECT SCHEMA_NAME FROM INFORMATION_SCHEMA.SCHEMATA
            WHERE SCHEMA_NAME <> 'INFORMATION_SCHEMA' AND SCHEMA_NAME <> CURRENT_SCHEMA
            ORDER BY SCHEMA_NAME
            """;
    private static final String TABLES = """
            SELECT TABLE_SCHEMA, TABLE_NAME, REMARKS FROM INFORMATION_SCHEMA.TABLES
            WHERE TABLE_TYPE = 'BASE TABLE' AND TABLE_SCHEMA IN ({schemas})
            """;
    private static final String COLUMNS = """
            SELECT c.TABLE_SCHEMA, c.TABLE_NAME, c.COLUMN_NAME, c.DTD_IDENTIFIER, c.DATA_TYPE, c.DECLARED_DATA_TYPE,
                   c.CHARACTER_MAXIMUM_LENGTH, c.DECLARED_NUMERIC_PRECISION, c.DECLARED_NUMERIC_SCALE, c.IS_NULLABLE,
                   c.COLUMN_DEFAULT, c.IS_IDENTITY, c.IDENTITY_GENERATION, c.IDENTITY_START, c.IDENTITY_INCREMENT,
                   c.IS_GENERATED, c.GENERATION_EXPRESSION, c.REMARKS, e.DATA_TYPE AS ELEMENT_TYPE,
                   e.DECLARED_DATA_TYPE AS ELEMENT_DECLARED_TYPE,
                   e.CHARACTER_MAXIMUM_LENGTH AS ELEMENT_LENGTH, e.DECLARED_NUMERIC_PRECISION AS ELEMENT_PRECISION,
                   e.DECLARED_NUMERIC_SCALE AS ELEMENT_SCALE
            FROM INFORMATION_SCHEMA.COLUMNS c
            LEFT JOIN INFORMATION_SCHEMA.ELEMENT_TYPES e ON e.OBJECT_SCHEMA = c.TABLE_SCHEMA
                 AND e.OBJECT_NAME = c.TABLE_NAME AND e.OBJECT_TYPE = 'TABLE'
                 AND e.COLLECTION_TYPE_IDENTIFIER = c.DTD_IDENTIFIER
            WHERE c.TABLE_SCHEMA IN ({schemas})
            ORDER BY c.TABLE_SCHEMA, c.TABLE_NAME, c.ORDINAL_POSITION
            """;
    private static final String ENUM_VALUES = """
            SELECT OBJECT_SCHEMA, OBJECT_NAME, ENUM_IDENTIFIER, VALUE_NAME FROM INFORMATION_SCHEMA.ENUM_VALUES
            WHERE OBJECT_TYPE = 'TABLE' AND OBJECT_SCHEMA IN ({schemas})
            ORDER BY OBJECT_SCHEMA, OBJECT_NAME, ENUM_IDENTIFIER, VALUE_ORDINAL
            """;
    private static final String CONSTRAINTS = """
            SELECT tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, k.COLUMN_NAME,
                   rc.UPDATE_RULE, rc.DELETE_RULE, u.TABLE_SCHEMA AS REFERRED_SCHEMA, u.TABLE_NAME AS REFERRED_TABLE,
                   u.COLUMN_NAME AS REFERRED_COLUMN, cc.CHECK_CLAUSE
            FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
            LEFT JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
                 AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            LEFT JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc ON rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
                 AND rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            LEFT JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE u ON u.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA
                 AND u.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME AND u.ORDINAL_POSITION = k.POSITION_IN_UNIQUE_CONSTRAINT
            LEFT JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
                 AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            WHERE tc.TABLE_SCHEMA IN ({schemas})
            ORDER BY tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION
            """;
    private static final String INDEXES = """
            SELECT i.TABLE_SCHEMA, i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME, c.COLUMN_NAME,
                   c.ORDERING_SPECIFICATION, c.NULL_ORDERING,
                   (SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS
                    WHERE SETTING_NAME = 'DEFAULT_NULL_ORDERING') AS DEFAULT_NULL_ORDERING
            FROM INFORMATION_SCHEMA.INDEXES i
            JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME
                 AND c.TABLE_NAME = i.TABLE_NAME
            WHERE i.TABLE_SCHEMA IN ({schemas}) AND NOT i.IS_GENERATED
            ORDER BY i.TABLE_SCHEMA, i.TABLE_NAME, i.INDEX_NAME, c.ORDINAL_POSITION
            """;
    private static final String SEQUENCES = """
            SELECT SEQUENCE_SCHEMA, SEQUENCE_NAME, DATA_TYPE, START_VALUE, MINIMUM_VALUE, MAXIMUM_VALUE, INCREMENT,
                   CYCLE_OPTION
            FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA IN ({schemas})
            """;

    private final Dialect dialect;

    H2SchemaReader(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public Optional<String> defaultSchema(Connection connection) {
        return Optional.ofNullable(currentSchema(connection)).map(this::modelName);
    }

    /** {@code public} as well as {@code PUBLIC}: H2 folds the bare spelling to the stored one. */
    @Override
    public boolean isDefaultSchema(Connection connection, String schema) {
        return storedName(schema).equals(currentSchema(connection));
    }

    /**
     * H2 computes a constant default when it is set, as it optimises a query: its plan of
     * {@code SELECT expression}, which H2 writes without running the query, shows what it keeps.
     */
    @Override
    public Optional<ServerDefault> foldedDefault(Connection connection, SqlExpression expression) {
        if (expression.sql().contains(";")) {
            return Optional.empty(); // one expression, never a second statement
        }
        try (Statement statement = connection.createStatement();
                ResultSet plan = statement.executeQuery("EXPLAIN SELECT " + expression.sql())) {
            String text = plan.next() ? plan.getString(1).strip() : "";
            if (!text.regionMatches(true, 0, "SELECT", 0, "SELECT".length())) {
                return Optional.empty();
            }
            return H2Types.serverDefault(UnicodeLiterals.plain(text.substring("SELECT".length()).strip()), this::sql);
        } catch (SQLException e) {
            return Optional.empty(); // not an expression H2 can plan alone: compared as written
        }
    }

    private static String currentSchema(Connection connection) {
        try {
            return connection.getSchema();
        } catch (SQLException e) {
            throw new CatalogReadException("H2", "the current schema cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> otherSchemas(Connection connection) {
        try {
            return CatalogQuery.rows(connection, OTHER_SCHEMAS, List.of(), row -> modelName(row.getString(1)));
        } catch (SQLException e) {
            throw new CatalogReadException("H2", "the schemas cannot be listed: " + e.getMessage(), e);
        }
    }

    @Override
    public DatabaseSchema read(Connection connection, ReflectionScope scope) {
        try {
            SchemaNames names = SchemaNames.of("H2", scope, connection.getSchema(), this::modelName, this::storedName);
            Map<String, TableParts> tables = new LinkedHashMap<>();
            for (Row row : rows(connection, TABLES, names)) {
                QualifiedName name = names.name(row.text("TABLE_SCHEMA"), row.text("TABLE_NAME"));
                if (!scope.isVersionTable(name)) {
                    tables.put(key(row.text("TABLE_SCHEMA"), row.text("TABLE_NAME")),
                            new TableParts(name, Optional.ofNullable(row.text("REMARKS"))));
                }
            }
            Map<String, List<String>> enums = enumValues(connection, names);
            columns(connection, names, tables, enums);
            constraints(connection, names, tables);
            indexes(connection, names, tables);
            List<Table> built = tables.values().stream()
                    .map(table -> EnumChecks.recognised(table.table(), H2SchemaReader::isGeneratedName)).toList();
            return new DatabaseSchema(built, sequences(connection, names), List.of());
        } catch (SQLException e) {
            throw new CatalogReadException("H2", "a catalog query failed: " + e.getMessage(), e);
        }
    }

    /** Whether H2 made the name up for a constraint declared without one: {@code CONSTRAINT_8A}. */
    private static boolean isGeneratedName(String name) {
        return name.matches("constraint_[0-9a-f]+");
    }

    /** {@code CUSTOMER} as {@code customer}; names H2 did not fold stay as they are. */
    String modelName(String stored) {
        return dialect.foldedName(stored);
    }

    /** A name the user wrote as H2 stores it: folded to upper case where it would be written bare. */
    private String storedName(String name) {
        return dialect.quote(name).equals(name) ? name.toUpperCase(Locale.ROOT) : name;
    }

    /** SQL H2 echoes, its Unicode literals ({@code U&'\00e9'}) written plainly and its names as models spell them. */
    private String sql(String echoed) {
        return SqlText.bareIdentifiers(UnicodeLiterals.plain(echoed), dialect, this::modelName);
    }

    /** One row of a catalog query, its columns by name. */
    private record Row(Map<String, Object> values) {
        String text(String column) {
            Object value = values.get(column);
            return value == null ? null : value.toString();
        }

        Long number(String column) {
            Object value = values.get(column);
            return value == null ? null : ((Number) value).longValue();
        }

        Integer integer(String column) {
            Long value = number(column);
            return value == null ? null : value.intValue();
        }

        static Row read(ResultSet result) throws SQLException {
            Map<String, Object> values = new HashMap<>();
            for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                values.put(result.getMetaData().getColumnLabel(i).toUpperCase(Locale.ROOT), result.getObject(i));
            }
            return new Row(values);
        }
    }

    private static List<Row> rows(Connection connection, String sql, SchemaNames names) throws SQLException {
        return CatalogQuery.rows(connection, sql, names.queried(), Row::read);
    }

    private static String key(String... parts) {
        return String.join("\u0000", parts);
    }

    private Map<String, List<String>> enumValues(Connection connection, SchemaNames names) throws SQLException {
        Map<String, List<String>> enums = new HashMap<>();
        for (Row row : rows(connection, ENUM_VALUES, names)) {
            enums.computeIfAbsent(key(row.text("OBJECT_SCHEMA"), row.text("OBJECT_NAME"), row.text("ENUM_IDENTIFIER")),
                    k -> new ArrayList<>()).add(row.text("VALUE_NAME"));
        }
        return enums;
    }

    private void columns(Connection connection, SchemaNames names, Map<String, TableParts> tables,
            Map<String, List<String>> enums) throws SQLException {
        for (Row row : rows(connection, COLUMNS, names)) {
            TableParts table = tables.get(key(row.text("TABLE_SCHEMA"), row.text("TABLE_NAME")));
            if (table == null) {
                continue;
            }
            String name = modelName(row.text("COLUMN_NAME"));
            Column column = Column.of(name, type(row, enums)).nullable("YES".equals(row.text("IS_NULLABLE")));
            if (row.text("REMARKS") != null) {
                column = column.comment(row.text("REMARKS"));
            }
            if (row.text("GENERATION_EXPRESSION") != null) {
                // H2 does not say whether it keeps the values; it computes them when a row is written
                table.column(column.computed(Computed.stored(sql(row.text("GENERATION_EXPRESSION")))));
                continue;
            }
            Optional<ServerDefault> value = H2Types.serverDefault(
                    UnicodeLiterals.plain(row.text("COLUMN_DEFAULT")), this::sql);
            if (value.isPresent()) {
                column = column.serverDefault(value.get());
            }
            if ("YES".equals(row.text("IS_IDENTITY"))) {
                identityColumn(table, column, row);
            } else {
                table.column(column);
            }
        }
    }

    private ColumnType type(Row row, Map<String, List<String>> enums) {
        List<String> values = enums.getOrDefault(key(row.text("TABLE_SCHEMA"), row.text("TABLE_NAME"),
                row.text("DTD_IDENTIFIER")), List.of());
        if ("ARRAY".equals(row.text("DATA_TYPE")) && row.text("ELEMENT_TYPE") != null) {
            H2Types.Description element = new H2Types.Description(row.text("ELEMENT_TYPE"),
                    row.text("ELEMENT_DECLARED_TYPE"), row.number("ELEMENT_LENGTH"), row.integer("ELEMENT_PRECISION"),
                    row.integer("ELEMENT_SCALE"));
            return new ColumnType.ArrayType(H2Types.type(element, values), 1);
        }
        H2Types.Description description = new H2Types.Description(row.text("DATA_TYPE"),
                row.text("DECLARED_DATA_TYPE"), row.number("CHARACTER_MAXIMUM_LENGTH"),
                row.integer("DECLARED_NUMERIC_PRECISION"), row.integer("DECLARED_NUMERIC_SCALE"));
        return H2Types.type(description, values);
    }

    /** An identity; {@code BY DEFAULT} from 1 by 1 may be the table's autoincrement column. */
    private static void identityColumn(TableParts table, Column column, Row row) {
        boolean always = "ALWAYS".equals(row.text("IDENTITY_GENERATION"));
        long increment = row.number("IDENTITY_INCREMENT");
        long start = row.number("IDENTITY_START");
        OptionalLong explicitIncrement = increment == 1 ? OptionalLong.empty() : OptionalLong.of(increment);
        OptionalLong explicitStart = start == (increment > 0 ? 1 : -1) ? OptionalLong.empty() : OptionalLong.of(start);
        Identity identity = new Identity(always, explicitStart, explicitIncrement);
        if (identity.equals(Identity.byDefault())) {
            table.numberedColumn(column, column.identity(identity));
        } else {
            table.column(column.identity(identity));
        }
    }

    private void constraints(Connection connection, SchemaNames names, Map<String, TableParts> tables)
            throws SQLException {
        Map<String, List<Row>> byConstraint = new LinkedHashMap<>();
        for (Row row : rows(connection, CONSTRAINTS, names)) {
            byConstraint.computeIfAbsent(key(row.text("TABLE_SCHEMA"), row.text("TABLE_NAME"),
                    row.text("CONSTRAINT_NAME")), k -> new ArrayList<>()).add(row);
        }
        for (List<Row> rows : byConstraint.values()) {
            Row first = rows.get(0);
            TableParts table = tables.get(key(first.text("TABLE_SCHEMA"), first.text("TABLE_NAME")));
            if (table == null) {
                continue;
            }
            Optional<String> name = Optional.of(modelName(first.text("CONSTRAINT_NAME")));
            List<String> columns = rows.stream().map(row -> row.text("COLUMN_NAME")).filter(column -> column != null)
                    .map(this::modelName).toList();
            switch (first.text("CONSTRAINT_TYPE")) {
                case "PRIMARY KEY" -> table.primaryKey(new PrimaryKey(name, columns));
                case "UNIQUE" -> table.constraint(new UniqueConstraint(name, columns));
                case "FOREIGN KEY" -> table.constraint(new ForeignKey(name, columns,
                        names.name(first.text("REFERRED_SCHEMA"), first.text("REFERRED_TABLE")),
                        rows.stream().map(row -> modelName(row.text("REFERRED_COLUMN"))).toList(),
                        action(first.text("DELETE_RULE")), action(first.text("UPDATE_RULE")), Optional.empty(),
                        Optional.empty(), Optional.empty()));
                default -> table.constraint(new CheckConstraint(name, sql(first.text("CHECK_CLAUSE"))));
            }
        }
    }

    private static Optional<ReferentialAction> action(String rule) {
        return rule == null || rule.equals("NO ACTION") ? Optional.empty() : Optional.of(ReferentialAction.parse(rule));
    }

    private void indexes(Connection connection, SchemaNames names, Map<String, TableParts> tables)
            throws SQLException {
        Map<String, List<Row>> byIndex = new LinkedHashMap<>();
        for (Row row : rows(connection, INDEXES, names)) {
            byIndex.computeIfAbsent(key(row.text("TABLE_SCHEMA"), row.text("TABLE_NAME"), row.text("INDEX_NAME")),
                    k -> new ArrayList<>()).add(row);
        }
        for (List<Row> rows : byIndex.values()) {
            Row first = rows.get(0);
            TableParts table = tables.get(key(first.text("TABLE_SCHEMA"), first.text("TABLE_NAME")));
            if (table != null) {
                List<IndexElement> elements = rows.stream().map(this::indexElement).toList();
                table.index(new Index(Optional.of(modelName(first.text("INDEX_NAME"))), elements,
                        first.text("INDEX_TYPE_NAME").startsWith("UNIQUE"), Optional.empty(), Map.of()));
            }
        }
    }

    /**
     * A column; one in another order than ascending, or with its nulls where H2 would not put them, is the
     * expression the models write for it, the column's name quoted as needed: {@code b DESC},
     * {@code a NULLS LAST}.
     */
    private IndexElement indexElement(Row row) {
        String column = modelName(row.text("COLUMN_NAME"));
        boolean descending = "DESC".equals(row.text("ORDERING_SPECIFICATION"));
        String nulls = row.text("NULL_ORDERING");
        String order = (descending ? " DESC" : "")
                + (nulls == null || nulls.equals(defaultNulls(row.text("DEFAULT_NULL_ORDERING"), descending))
                        ? "" : " NULLS " + nulls);
        return order.isEmpty() ? new IndexColumn(column) : new SqlExpression(dialect.quote(column) + order);
    }

    /** Where H2 puts the nulls of an index column that does not say, by its {@code DEFAULT_NULL_ORDERING}. */
    private static String defaultNulls(String setting, boolean descending) {
        NullOrdering ordering = Arrays.stream(NullOrdering.values()).filter(value -> value.name().equals(setting))
                .findFirst().orElse(NullOrdering.LOW);
        return ordering.nullsFirst(descending) ? "FIRST" : "LAST";
    }

    private List<Sequence> sequences(Connection connection, SchemaNames names) throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        for (Row row : rows(connection, SEQUENCES, names)) {
            sequences.add(SequenceDefaults.normalised(names.name(row.text("SEQUENCE_SCHEMA"),
                    row.text("SEQUENCE_NAME")), row.number("START_VALUE"), row.number("INCREMENT"),
                    row.number("MINIMUM_VALUE"), row.number("MAXIMUM_VALUE"), "YES".equals(row.text("CYCLE_OPTION")),
                    SequenceDefaults.Bounds.ofType(row.text("DATA_TYPE"))));
        }
        return sequences;
    }
}

package dev.retort.reflect;

import dev.retort.reflect.SqlTokens.Token;
import dev.retort.schema.Autoincrement;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Constraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.IndexElement;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.ServerDefault;
import dev.retort.schema.SqlExpression;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a SQLite table as the database has it, for batch mode's move and copy.
 *
 * <p>Columns, declared types, {@code NOT NULL}, defaults and the primary key come from
 * {@code PRAGMA table_xinfo}; foreign keys and their actions from {@code PRAGMA foreign_key_list}; unique
 * constraints and indexes from {@code PRAGMA index_list} and {@code index_info}, with each index's own
 * {@code CREATE INDEX} statement for expressions and partial {@code WHERE} conditions. The
 * {@code CREATE TABLE} statement in {@code sqlite_master} gives what no pragma reports: check constraints,
 * the names written for the primary key, unique constraints and foreign keys, foreign key deferrability,
 * and {@code AUTOINCREMENT}.
 *
 * <p>A declared type becomes a generic type only where SQLite's DDL compiler writes it back the same
 * ({@code INTEGER}, {@code VARCHAR(10)}, {@code NUMERIC(10, 2)}, {@code DATETIME}, ...); any other type is
 * kept as written in a {@link ColumnType.RawType}, so a rebuilt table declares the types it had. What
 * the schema model cannot hold (generated columns, {@code WITHOUT ROWID} or {@code STRICT} tables, index
 * columns ordered {@code DESC} or with a collation) is refused with a {@link ReflectionException} naming
 * it rather than silently lost.
 */
public final class SqliteTableReader {
    private static final Pattern TYPE = Pattern.compile(
            "([A-Z][A-Z ]*?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?");
    private static final Pattern INTEGER_LITERAL = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL_LITERAL = Pattern.compile("[+-]?(\\d+\\.\\d*|\\.\\d+|\\d+)([eE][+-]?\\d+)?");

    private final Connection connection;
    private final QualifiedName table;
    private final String schemaPrefix;

    private SqliteTableReader(Connection connection, QualifiedName table) {
        this.connection = connection;
        this.table = table;
        this.schemaPrefix = table.schema().map(schema -> quote(schema) + ".").orElse("");
    }

    /** The table as the database has it, or an exception naming the table when it does not exist. */
    public static Table read(Connection connection, QualifiedName table) {
        try {
            return new SqliteTableReader(connection, table).read();
        } catch (SQLException e) {
            throw new ReflectionException(table, "the database refused to describe it: " + e.getMessage(), e);
        }
    }

    private Table read() throws SQLException {
        List<String[]> master = query("SELECT name, sql FROM " + schemaPrefix + "sqlite_master WHERE type = 'table' "
                + "AND name = ? COLLATE NOCASE", table.name());
        if (master.isEmpty()) {
            throw new ReflectionException(table, "there is no such table"
                    + table.schema().map(schema -> " in schema " + schema).orElse(""));
        }
        String storedName = master.get(0)[0];
        String createSql = master.get(0)[1];
        CreateTableSql parsed = CreateTableSql.parse(createSql == null ? "" : createSql);
        refuseTableOptions(parsed);
        if (parsed.virtual) {
            throw new ReflectionException(table, "it is a virtual table; its module, not retort, defines its columns");
        }
        if (!parsed.conflictClauses.isEmpty()) {
            throw new ReflectionException(table, "it has ON CONFLICT clauses, which the schema model cannot hold: "
                    + String.join("; ", parsed.conflictClauses));
        }

        List<Column> columns = new ArrayList<>();
        TreeMap<Integer, String> keyColumns = new TreeMap<>();
        List<ColumnRow> rows = columnRows(storedName);
        for (ColumnRow row : rows) {
            if (row.pk > 0) {
                keyColumns.put(row.pk, row.name);
            }
        }
        for (ColumnRow row : rows) {
            columns.add(column(row, keyColumns, parsed));
        }
        Optional<PrimaryKey> primaryKey = keyColumns.isEmpty() ? Optional.empty()
                : Optional.of(new PrimaryKey(parsed.primaryKeyName, List.copyOf(keyColumns.values())));

        List<Constraint> constraints = new ArrayList<>(parsed.checks);
        List<Index> indexes = new ArrayList<>();
        readIndexes(storedName, parsed, constraints, indexes);
        constraints.addAll(foreignKeys(storedName, parsed));
        return new Table(table.withName(storedName), columns, primaryKey, constraints, indexes, Optional.empty());
    }

    private record ColumnRow(String name, String type, boolean notNull, String defaultValue, int pk, int hidden) {
    }

    private List<ColumnRow> columnRows(String name) throws SQLException {
        List<ColumnRow> rows = new ArrayList<>();
        boolean extended = true;
        String sql = "PRAGMA " + schemaPrefix + "table_xinfo(" + literal(name) + ")";
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            collectColumns(result, true, rows);
        } catch (SQLException e) {
            extended = false;
        }
        if (!extended) {
            rows.clear();
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("PRAGMA " + schemaPrefix + "table_info("
                            + literal(name) + ")")) {
                collectColumns(result, false, rows);
            }
        }
        return rows;
    }

    private static void collectColumns(ResultSet result, boolean extended, List<ColumnRow> rows) throws SQLException {
        while (result.next()) {
            rows.add(new ColumnRow(result.getString("name"), result.getString("type"), result.getInt("notnull") != 0,
                    result.getString("dflt_value"), result.getInt("pk"), extended ? result.getInt("hidden") : 0));
        }
    }

    private void refuseTableOptions(CreateTableSql parsed) {
        if (parsed.tableOptions.contains("ROWID") || parsed.tableOptions.contains("STRICT")) {
            throw new ReflectionException(table, "it is declared " + String.join(" ", parsed.tableOptions)
                    + ", which the schema model cannot hold; a rebuild would lose it");
        }
    }

    private Column column(ColumnRow row, TreeMap<Integer, String> keyColumns, CreateTableSql parsed) {
        if (row.hidden == 2 || row.hidden == 3) {
            throw new ReflectionException(table, "column " + row.name + " is a generated column, which the schema "
                    + "model cannot hold");
        }
        ColumnType type = collated(type(row.type), row.type, parsed.collations.get(row.name.toLowerCase(Locale.ROOT)));
        Column column = Column.of(row.name, type).nullable(!row.notNull && row.pk == 0);
        if (row.defaultValue != null) {
            column = column.serverDefault(serverDefault(row.defaultValue));
        }
        if (row.pk > 0 && keyColumns.size() == 1) {
            boolean rowid = row.type != null && row.type.trim().equalsIgnoreCase("INTEGER");
            if (!rowid) {
                column = column.autoincrement(false);
            } else if (parsed.autoincrement.contains(row.name.toLowerCase(Locale.ROOT))) {
                column = column.autoincrement(true);
            }
        }
        return column;
    }

    /** The schema's type for a declared type, where SQLite's compiler writes it back the same; else the type as written. */
    static ColumnType type(String declared) {
        String written = declared == null ? "" : declared.trim();
        if (written.isEmpty()) {
            return new ColumnType.RawType("BLOB");
        }
        Matcher matcher = TYPE.matcher(written.toUpperCase(Locale.ROOT).replaceAll("\\s+", " "));
        if (!matcher.matches()) {
            return new ColumnType.RawType(written);
        }
        String name = matcher.group(1);
        OptionalInt first = matcher.group(2) == null ? OptionalInt.empty()
                : OptionalInt.of(Integer.parseInt(matcher.group(2)));
        boolean second = matcher.group(3) != null;
        boolean bare = first.isEmpty();
        switch (name) {
            case "INTEGER":
                return bare ? new ColumnType.IntegerType(ColumnType.IntegerType.Width.NORMAL) : raw(written);
            case "BIGINT":
                return bare ? new ColumnType.IntegerType(ColumnType.IntegerType.Width.BIG) : raw(written);
            case "SMALLINT":
                return bare ? new ColumnType.IntegerType(ColumnType.IntegerType.Width.SMALL) : raw(written);
            case "VARCHAR":
                return second || first.isPresent() && first.getAsInt() < 1 ? raw(written)
                        : new ColumnType.StringType(first, Optional.empty());
            case "TEXT":
                return bare ? new ColumnType.TextType(Optional.empty()) : raw(written);
            case "BOOLEAN":
                return bare ? new ColumnType.BooleanType() : raw(written);
            case "DATE":
                return bare ? new ColumnType.DateType() : raw(written);
            case "DATETIME":
                return bare ? new ColumnType.TimestampType(false) : raw(written);
            case "TIME":
                return bare ? new ColumnType.TimeType(false) : raw(written);
            case "NUMERIC":
                return numeric(written, first, second ? OptionalInt.of(Integer.parseInt(matcher.group(3)))
                        : OptionalInt.empty());
            case "FLOAT":
                return second || first.isPresent() && first.getAsInt() < 1 ? raw(written)
                        : new ColumnType.FloatType(first);
            case "DOUBLE":
                return bare ? new ColumnType.DoubleType() : raw(written);
            case "BLOB":
                return bare ? new ColumnType.BinaryType(OptionalInt.empty()) : raw(written);
            default:
                return raw(written);
        }
    }

    /** The type with the column's {@code COLLATE}: on the string types, else written after the declared type. */
    static ColumnType collated(ColumnType type, String declared, String collation) {
        if (collation == null) {
            return type;
        }
        if (type instanceof ColumnType.StringType string) {
            return new ColumnType.StringType(string.length(), Optional.of(collation));
        }
        if (type instanceof ColumnType.TextType) {
            return new ColumnType.TextType(Optional.of(collation));
        }
        String written = declared == null || declared.isBlank() ? "BLOB" : declared.trim();
        return new ColumnType.RawType(written + " COLLATE " + quote(collation));
    }

    private static ColumnType numeric(String written, OptionalInt precision, OptionalInt scale) {
        if (precision.isPresent() && precision.getAsInt() < 1
                || scale.isPresent() && scale.getAsInt() > precision.getAsInt()) {
            return raw(written);
        }
        return new ColumnType.NumericType(precision, scale);
    }

    private static ColumnType raw(String written) {
        return new ColumnType.RawType(written);
    }

    /** A default as {@code PRAGMA table_info} reports it: one string or number is a literal, anything else SQL. */
    static ServerDefault serverDefault(String written) {
        String text = written.trim();
        List<Token> tokens = SqlTokens.of(text);
        if (tokens.size() == 1 && tokens.get(0).kind() == SqlTokens.Kind.STRING && tokens.get(0).start() == 0
                && tokens.get(0).end() == text.length()) {
            return ServerDefault.literal(tokens.get(0).value());
        }
        if (INTEGER_LITERAL.matcher(text).matches()) {
            try {
                return ServerDefault.literal(Long.parseLong(text.startsWith("+") ? text.substring(1) : text));
            } catch (NumberFormatException tooLong) {
                return ServerDefault.literal(new BigDecimal(text));
            }
        }
        if (DECIMAL_LITERAL.matcher(text).matches()) {
            return ServerDefault.literal(new BigDecimal(text));
        }
        return ServerDefault.sql(text);
    }

    private record ForeignKeyRow(int id, String table, String from, String to, String onUpdate, String onDelete,
            String match) {
    }

    private List<ForeignKey> foreignKeys(String name, CreateTableSql parsed) throws SQLException {
        Map<Integer, List<ForeignKeyRow>> byId = new TreeMap<>(Comparator.reverseOrder());
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA " + schemaPrefix + "foreign_key_list("
                        + literal(name) + ")")) {
            while (result.next()) {
                ForeignKeyRow row = new ForeignKeyRow(result.getInt("id"), result.getString("table"),
                        result.getString("from"), result.getString("to"), result.getString("on_update"),
                        result.getString("on_delete"), result.getString("match"));
                byId.computeIfAbsent(row.id, id -> new ArrayList<>()).add(row);
            }
        }
        List<ForeignKey> keys = new ArrayList<>();
        for (List<ForeignKeyRow> rows : byId.values()) {
            ForeignKeyRow first = rows.get(0);
            List<String> columns = rows.stream().map(ForeignKeyRow::from).toList();
            List<String> referred = rows.stream().map(ForeignKeyRow::to).toList();
            if (referred.stream().anyMatch(column -> column == null)) {
                referred = referredPrimaryKey(first.table);
            }
            CreateTableSql.ForeignKeyClause clause = parsed.foreignKeys.getOrDefault(CreateTableSql.key(columns),
                    new CreateTableSql.ForeignKeyClause(Optional.empty(), Optional.empty(), Optional.empty()));
            keys.add(new ForeignKey(clause.name(), columns, QualifiedName.of(first.table), referred,
                    action(first.onDelete), action(first.onUpdate), clause.deferrable(), clause.initially(),
                    match(first.match)));
        }
        return keys;
    }

    /** The primary key of a referred table, for {@code REFERENCES t} written without columns. */
    private List<String> referredPrimaryKey(String referredTable) throws SQLException {
        TreeMap<Integer, String> key = new TreeMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA " + schemaPrefix + "table_info("
                        + literal(referredTable) + ")")) {
            while (result.next()) {
                if (result.getInt("pk") > 0) {
                    key.put(result.getInt("pk"), result.getString("name"));
                }
            }
        }
        if (key.isEmpty()) {
            throw new ReflectionException(table, "a foreign key refers to table " + referredTable + " without naming "
                    + "columns, and that table has no primary key to refer to");
        }
        return List.copyOf(key.values());
    }

    private static Optional<ReferentialAction> action(String words) {
        if (words == null || words.isBlank() || words.equalsIgnoreCase("NO ACTION")) {
            return Optional.empty();
        }
        return Optional.of(ReferentialAction.parse(words));
    }

    private static Optional<ForeignKey.Match> match(String words) {
        if (words == null) {
            return Optional.empty();
        }
        return switch (words.trim().toUpperCase(Locale.ROOT)) {
            case "SIMPLE" -> Optional.of(ForeignKey.Match.SIMPLE);
            case "PARTIAL" -> Optional.of(ForeignKey.Match.PARTIAL);
            case "FULL" -> Optional.of(ForeignKey.Match.FULL);
            default -> Optional.empty();
        };
    }

    private record IndexRow(String name, boolean unique, String origin) {
    }

    /** Unique constraints (origin {@code u}) join the constraints; created indexes (origin {@code c}) the indexes. */
    private void readIndexes(String name, CreateTableSql parsed, List<Constraint> constraints, List<Index> indexes)
            throws SQLException {
        Map<String, IndexRow> rows = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA " + schemaPrefix + "index_list("
                        + literal(name) + ")")) {
            while (result.next()) {
                IndexRow row = new IndexRow(result.getString("name"), result.getInt("unique") != 0,
                        result.getString("origin"));
                rows.put(row.name, row);
            }
        }
        List<IndexRow> uniques = rows.values().stream().filter(row -> "u".equals(row.origin))
                .sorted(Comparator.comparing(IndexRow::name, SqliteTableReader::autoindexOrder)).toList();
        for (IndexRow row : uniques) {
            List<String> columns = indexColumns(row.name);
            constraints.add(new UniqueConstraint(Optional.ofNullable(parsed.uniqueNames.get(CreateTableSql.key(columns))),
                    columns));
        }
        List<String[]> created = query("SELECT name, sql FROM " + schemaPrefix + "sqlite_master WHERE type = 'index' "
                + "AND tbl_name = ? COLLATE NOCASE ORDER BY rowid", name);
        for (String[] index : created) {
            IndexRow row = rows.get(index[0]);
            if (row != null && "c".equals(row.origin)) {
                indexes.add(createdIndex(row, index[1]));
            }
        }
    }

    /** {@code sqlite_autoindex_t_2} after {@code sqlite_autoindex_t_1}: the order the constraints are written in. */
    private static int autoindexOrder(String left, String right) {
        Matcher a = Pattern.compile("_(\\d+)$").matcher(left);
        Matcher b = Pattern.compile("_(\\d+)$").matcher(right);
        if (a.find() && b.find()) {
            return Integer.compare(Integer.parseInt(a.group(1)), Integer.parseInt(b.group(1)));
        }
        return left.compareTo(right);
    }

    private List<String> indexColumns(String index) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA " + schemaPrefix + "index_info("
                        + literal(index) + ")")) {
            while (result.next()) {
                columns.add(result.getString("name"));
            }
        }
        return columns;
    }

    /** An index from its {@code CREATE INDEX} statement: columns, expressions and the partial condition. */
    private Index createdIndex(IndexRow row, String sql) {
        if (sql == null) {
            throw new ReflectionException(table, "index " + row.name + " has no CREATE INDEX statement to read");
        }
        List<Token> tokens = SqlTokens.of(sql);
        int on = 0;
        while (on < tokens.size() && !tokens.get(on).isWord("ON")) {
            on++;
        }
        int open = on;
        while (open < tokens.size() && tokens.get(open).kind() != SqlTokens.Kind.OPEN) {
            open++;
        }
        if (open >= tokens.size()) {
            throw new ReflectionException(table, "cannot read the columns of index " + row.name + " from " + sql);
        }
        List<IndexElement> elements = new ArrayList<>();
        for (int[] item : SqlTokens.items(tokens, open)) {
            elements.add(indexElement(row.name, sql, tokens, item[0], item[1]));
        }
        Index index = new Index(Optional.of(row.name), elements, row.unique, Optional.empty(), Map.of());
        int close = SqlTokens.matching(tokens, open);
        if (close + 1 < tokens.size() && tokens.get(close + 1).isWord("WHERE")) {
            String condition = sql.substring(tokens.get(close + 1).end()).trim();
            if (condition.endsWith(";")) {
                condition = condition.substring(0, condition.length() - 1).trim();
            }
            index = index.where(condition);
        }
        return index;
    }

    private IndexElement indexElement(String index, String sql, List<Token> tokens, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            if (token.kind() == SqlTokens.Kind.OPEN) {
                depth++;
            } else if (token.kind() == SqlTokens.Kind.CLOSE) {
                depth--;
            } else if (depth == 0 && (token.isWord("DESC") || token.isWord("COLLATE"))) {
                throw new ReflectionException(table, "index " + index + " has an element written '"
                        + sql.substring(tokens.get(from).start(), tokens.get(to - 1).end()) + "'; the schema model "
                        + "has no descending or collated index columns, so a rebuild would change it");
            }
        }
        int end = to;
        if (end - from > 1 && tokens.get(end - 1).isWord("ASC")) {
            end--;
        }
        Token first = tokens.get(from);
        if (end - from == 1 && (first.kind() == SqlTokens.Kind.WORD || first.kind() == SqlTokens.Kind.QUOTED)) {
            return new IndexColumn(first.value());
        }
        if (first.kind() == SqlTokens.Kind.OPEN && SqlTokens.matching(tokens, from) == end - 1 && end - from > 2) {
            // the compiler parenthesises expressions; one pair around the whole element is not part of it
            return new SqlExpression(sql.substring(first.end(), tokens.get(end - 1).start()).trim());
        }
        return new SqlExpression(sql.substring(first.start(), tokens.get(end - 1).end()).trim());
    }

    private List<String[]> query(String sql, String parameter) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new String[] {result.getString(1), result.getString(2)});
                }
            }
        }
        return rows;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** The check constraints written in a {@code CREATE TABLE} statement, named or not, in the order written. */
    static List<CheckConstraint> checks(String createTableSql) {
        return CreateTableSql.parse(createTableSql).checks;
    }
}

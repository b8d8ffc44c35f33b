package dev.retort.reflect;

import dev.retort.reflect.SqlTokens.Token;
import dev.retort.reflect.SqliteCatalog.ColumnRow;
import dev.retort.reflect.SqliteCatalog.ForeignKeyRow;
import dev.retort.reflect.SqliteCatalog.IndexRow;
import dev.retort.reflect.SqliteCatalog.TableRows;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Computed;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Makes a {@link Table} of what {@link SqliteCatalog} read of it and of its {@code CREATE TABLE}
 * statement ({@link CreateTableSql}); a generated column ({@code PRAGMA table_xinfo} hidden 2 or 3) reads
 * with its expression. What the schema model cannot hold ({@code WITHOUT ROWID} or {@code STRICT} tables,
 * {@code ON CONFLICT} clauses, virtual tables, index columns ordered {@code DESC} or with a collation) is
 * refused with a {@link ReflectionException} naming it rather than silently lost.
 */
final class SqliteTableBuilder {
    private static final Pattern GENERATED_WORDS = Pattern.compile("(?i)\\b(generated|always)\\b");

    private final QualifiedName table;
    private final TableRows rows;
    private final CreateTableSql parsed;
    private final Function<String, List<String>> primaryKeyOf;

    private SqliteTableBuilder(QualifiedName table, TableRows rows, Function<String, List<String>> primaryKeyOf) {
        this.table = table;
        this.rows = rows;
        this.parsed = CreateTableSql.parse(rows.createSql() == null ? "" : rows.createSql());
        this.primaryKeyOf = primaryKeyOf;
    }

    /**
     * The table {@code name} (its schema; the name as stored replaces the one asked for) of {@code rows};
     * {@code primaryKeyOf} gives the key columns of a table a foreign key names without columns.
     */
    static Table build(QualifiedName name, TableRows rows, Function<String, List<String>> primaryKeyOf) {
        return new SqliteTableBuilder(name.withName(rows.name()), rows, primaryKeyOf).build();
    }

    /** Whether the statement creates a virtual table, whose module rather than the model defines it. */
    static boolean isVirtual(TableRows rows) {
        return rows.createSql() != null && CreateTableSql.parse(rows.createSql()).virtual;
    }

    /** The primary key columns of {@code rows}, in key order. */
    static List<String> primaryKey(TableRows rows) {
        TreeMap<Integer, String> key = new TreeMap<>();
        rows.columns().stream().filter(column -> column.pk() > 0)
                .forEach(column -> key.put(column.pk(), column.name()));
        return List.copyOf(key.values());
    }

    private Table build() {
        refuseWhatTheModelCannotHold();
        TreeMap<Integer, String> keyColumns = new TreeMap<>();
        rows.columns().stream().filter(row -> row.pk() > 0).forEach(row -> keyColumns.put(row.pk(), row.name()));
        List<Column> columns = new ArrayList<>();
        for (ColumnRow row : rows.columns()) {
            columns.add(column(row, keyColumns));
        }
        Optional<PrimaryKey> primaryKey = keyColumns.isEmpty() ? Optional.empty()
                : Optional.of(new PrimaryKey(parsed.primaryKeyName, List.copyOf(keyColumns.values())));
        List<Constraint> constraints = new ArrayList<>(parsed.checks);
        constraints.addAll(uniqueConstraints(List.copyOf(keyColumns.values())));
        List<Index> indexes = new ArrayList<>();
        for (IndexRow index : rows.indexes()) {
            if ("c".equals(index.origin())) {
                indexes.add(createdIndex(index));
            }
        }
        constraints.addAll(foreignKeys());
        return new Table(table, columns, primaryKey, constraints, indexes, Optional.empty());
    }

    /**
     * The unique constraints: one for each index SQLite made for one (origin {@code u}), named as written, and
     * one for each constraint written on the columns of the primary key or of another unique constraint, in
     * the same order, for which SQLite made no index of its own but shares that one.
     */
    private List<UniqueConstraint> uniqueConstraints(List<String> primaryKey) {
        List<CreateTableSql.UniqueClause> clauses = new ArrayList<>(parsed.uniques);
        List<List<String>> indexed = new ArrayList<>();
        List<UniqueConstraint> constraints = new ArrayList<>();
        for (IndexRow index : rows.indexes()) {
            if ("u".equals(index.origin())) {
                Optional<String> name = takeUnique(clauses, CreateTableSql.key(index.columns()))
                        .flatMap(CreateTableSql.UniqueClause::name);
                constraints.add(new UniqueConstraint(name, index.columns()));
                indexed.add(index.columns());
            }
        }
        if (!primaryKey.isEmpty()) {
            indexed.add(primaryKey);
        }
        for (CreateTableSql.UniqueClause shared : clauses) {
            indexed.stream().filter(columns -> CreateTableSql.key(columns).equals(shared.columns())).findFirst()
                    .ifPresent(columns -> constraints.add(new UniqueConstraint(shared.name(), columns)));
        }
        return constraints;
    }

    /** The first unique constraint written on these columns not yet taken, taken. */
    private static Optional<CreateTableSql.UniqueClause> takeUnique(List<CreateTableSql.UniqueClause> clauses,
            List<String> columns) {
        for (int i = 0; i < clauses.size(); i++) {
            if (clauses.get(i).columns().equals(columns)) {
                return Optional.of(clauses.remove(i));
            }
        }
        return Optional.empty();
    }

    private void refuseWhatTheModelCannotHold() {
        if (parsed.tableOptions.contains("ROWID") || parsed.tableOptions.contains("STRICT")) {
            throw new ReflectionException(table, "it is declared " + String.join(" ", parsed.tableOptions)
                    + ", which the schema model cannot hold; a rebuild would lose it");
        }
        if (parsed.virtual) {
            throw new ReflectionException(table, "it is a virtual table; its module, not retort, defines its columns");
        }
        if (!parsed.conflictClauses.isEmpty()) {
            throw new ReflectionException(table, "it has ON CONFLICT clauses, which the schema model cannot hold: "
                    + String.join("; ", parsed.conflictClauses));
        }
    }

    private Column column(ColumnRow row, TreeMap<Integer, String> keyColumns) {
        String declaredType = row.hidden() == 2 || row.hidden() == 3 ? withoutGenerated(row.type()) : row.type();
        ColumnType type = SqliteTypes.collated(SqliteTypes.type(declaredType), declaredType,
                parsed.collations.get(row.name().toLowerCase(Locale.ROOT)));
        Column column = Column.of(row.name(), type).nullable(!row.notNull() && row.pk() == 0);
        if (row.hidden() == 2 || row.hidden() == 3) {
            return column.computed(generated(row));
        }
        if (row.defaultValue() != null) {
            column = column.serverDefault(booleanOrAsRead(type, SqliteTypes.serverDefault(row.defaultValue())));
        }
        if (row.pk() > 0 && keyColumns.size() == 1) {
            boolean rowid = row.type() != null && row.type().trim().equalsIgnoreCase("INTEGER");
            if (!rowid) {
                column = column.autoincrement(false);
            } else if (parsed.autoincrement.contains(row.name().toLowerCase(Locale.ROOT))) {
                column = column.autoincrement(true);
            }
        }
        return column;
    }

    /** SQLite counts {@code GENERATED ALWAYS} of {@code c INTEGER GENERATED ALWAYS AS (...)} in the type. */
    private static String withoutGenerated(String type) {
        return type == null ? null : GENERATED_WORDS.matcher(type).replaceAll("").trim();
    }

    /** A generated column's expression from the {@code CREATE TABLE} statement; hidden 3 is stored, 2 virtual. */
    private Computed generated(ColumnRow row) {
        Computed written = parsed.computed.get(row.name().toLowerCase(Locale.ROOT));
        if (written == null) {
            throw new ReflectionException(table, "column " + row.name() + " is a generated column whose expression "
                    + "cannot be read from the CREATE TABLE statement");
        }
        return new Computed(written.expression(), row.hidden() == 3);
    }

    /** SQLite writes boolean literals as 1 and 0; on a boolean column they read back as true and false. */
    private static ServerDefault booleanOrAsRead(ColumnType type, ServerDefault value) {
        if (type instanceof ColumnType.BooleanType && value instanceof ServerDefault.Literal literal
                && (Long.valueOf(0).equals(literal.value()) || Long.valueOf(1).equals(literal.value()))) {
            return ServerDefault.literal(Long.valueOf(1).equals(literal.value()));
        }
        return value;
    }

    private List<ForeignKey> foreignKeys() {
        Map<Integer, List<ForeignKeyRow>> byId = new TreeMap<>(java.util.Comparator.reverseOrder());
        rows.foreignKeys().forEach(row -> byId.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row));
        List<ForeignKey> keys = new ArrayList<>();
        List<CreateTableSql.ForeignKeyClause> clauses = new ArrayList<>(parsed.foreignKeys);
        for (List<ForeignKeyRow> key : byId.values()) {
            ForeignKeyRow first = key.get(0);
            List<String> columns = key.stream().map(ForeignKeyRow::from).toList();
            List<String> referred = key.stream().map(ForeignKeyRow::to).toList();
            if (referred.stream().anyMatch(column -> column == null)) {
                referred = referredPrimaryKey(first.table());
            }
            CreateTableSql.ForeignKeyClause clause = clause(clauses, CreateTableSql.key(columns));
            keys.add(new ForeignKey(clause.name(), columns, table.withName(first.table()), referred,
                    action(first.onDelete()), action(first.onUpdate()), clause.deferrable(), clause.initially(),
                    match(first.match())));
        }
        return keys;
    }

    /**
     * The first clause not yet taken on these columns, taken: the pragma lists keys in the order they are
     * declared, as the clauses are, so a named and an unnamed key on the same columns each get their own.
     */
    private static CreateTableSql.ForeignKeyClause clause(List<CreateTableSql.ForeignKeyClause> clauses,
            List<String> columns) {
        for (int i = 0; i < clauses.size(); i++) {
            if (clauses.get(i).columns().equals(columns)) {
                return clauses.remove(i);
            }
        }
        return new CreateTableSql.ForeignKeyClause(columns, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The primary key of a referred table, for {@code REFERENCES t} written without columns. */
    private List<String> referredPrimaryKey(String referredTable) {
        List<String> key = primaryKeyOf.apply(referredTable);
        if (key.isEmpty()) {
            throw new ReflectionException(table, "a foreign key refers to table " + referredTable + " without naming "
                    + "columns, and that table has no primary key to refer to");
        }
        return key;
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

    /** An index from its {@code CREATE INDEX} statement: columns, expressions and the partial condition. */
    private Index createdIndex(IndexRow row) {
        String sql = row.sql();
        if (sql == null) {
            throw new ReflectionException(table, "index " + row.name() + " has no CREATE INDEX statement to read");
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
            throw new ReflectionException(table, "cannot read the columns of index " + row.name() + " from " + sql);
        }
        List<IndexElement> elements = new ArrayList<>();
        for (int[] item : SqlTokens.items(tokens, open)) {
            elements.add(indexElement(sql, tokens, item[0], item[1]));
        }
        Index index = new Index(Optional.of(row.name()), elements, row.unique(), Optional.empty(), Map.of());
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

    /**
     * One element of an index: a column, or an expression as written; a descending or collated column ({@code name
     * DESC}, {@code name COLLATE NOCASE}) is an expression too, which the compiler writes back as it is.
     */
    private IndexElement indexElement(String sql, List<Token> tokens, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            if (token.kind() == SqlTokens.Kind.OPEN) {
                depth++;
            } else if (token.kind() == SqlTokens.Kind.CLOSE) {
                depth--;
            } else if (depth == 0 && (token.isWord("DESC") || token.isWord("COLLATE"))) {
                return new SqlExpression(sql.substring(tokens.get(from).start(), tokens.get(to - 1).end()).trim());
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
}

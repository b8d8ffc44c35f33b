package dev.retort.dialect.ddl;

import dev.retort.dialect.EnumStorage;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Computed;
import dev.retort.schema.Constraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.IndexElement;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ServerDefault;
import dev.retort.schema.SqlExpression;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes the clauses tables are made of: {@code CREATE TABLE} in SQLAlchemy's layout, column
 * definitions, constraints and index elements. This class writes them the ANSI way; a database whose
 * compiler needs something else returns a subclass from {@link DdlCompiler#tables()}.
 */
public class TableDdl {

    /** What SQLAlchemy puts before each column and constraint of a {@code CREATE TABLE}: a tab. */
    public static final String INDENT = "\t";
    /**
     * An index element and what ends it: a collation, an operator class ({@code text_pattern_ops}, after a name or a
     * parenthesis, not after an operator: {@code id + num_ops} is one expression), an order.
     */
    private static final Pattern ORDERED_ELEMENT = Pattern.compile("(?is)(.*?)("
            + "(?:\\s+COLLATE\\s+(?:\"[^\"]+\"|\\w+))?(?:(?<=[\\w\")])\\s+\\w+_ops)?"
            + "(?:\\s+(?:ASC|DESC))?(?:\\s+NULLS\\s+(?:FIRST|LAST))?)\\s*");
    /** A column's name, bare or quoted, which an index takes without parentheses. */
    private static final Pattern COLUMN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*|\"(?:[^\"]|\"\")+\"|`[^`]+`");

    private final DdlCompiler compiler;

    public TableDdl(DdlCompiler compiler) {
        this.compiler = compiler;
    }

    protected DdlCompiler compiler() {
        return compiler;
    }

    /**
     * {@code CREATE TABLE name (\n\tcol ..., \n\t...\n)} as SQLAlchemy lays it out: a newline after the
     * parenthesis, each element on its own line after a tab, {@code ", \n"} between elements.
     */
    public String createTable(Table table, String condition) {
        Optional<Column> autoincrement = autoincrementColumn(table);
        List<String> elements = new ArrayList<>();
        for (Column column : table.columns()) {
            elements.add(columnDefinition(column, autoincrement.filter(column::equals).isPresent()));
        }
        elements.addAll(tableConstraints(table, autoincrement));
        return "CREATE TABLE " + condition + compiler.table(table.name()) + " (\n" + INDENT
                + String.join(", \n" + INDENT, elements) + "\n)" + tableOptions(table);
    }

    /** The column of {@code table} written as numbering itself; a database where fewer columns can overrides this. */
    protected Optional<Column> autoincrementColumn(Table table) {
        return AutoincrementColumns.of(table);
    }

    /**
     * The statement with the tabs {@link #createTable} lays elements out with turned into four spaces, as
     * Alembic's offline scripts have them; any other tab, such as one in a string literal, stays.
     */
    public static String indentedWithSpaces(String sql) {
        return sql.replace("(\n" + INDENT, "(\n    ").replace(", \n" + INDENT, ", \n    ");
    }

    /** {@code name TYPE [DEFAULT x] [GENERATED ...] [NOT NULL]}, SQLAlchemy's generic column specification. */
    public String columnDefinition(Column column, boolean autoincrement) {
        String generation = generation(column, autoincrement);
        return compiler.name(column.name()) + " " + columnType(column, autoincrement) + defaultClause(column)
                + generation + nullClause(column, !generation.isEmpty()) + inlineComment(column);
    }

    protected String columnType(Column column, boolean autoincrement) {
        return compiler.type(column.type());
    }

    protected String defaultClause(Column column) {
        return column.serverDefault().map(value -> " DEFAULT " + serverDefault(value)).orElse("");
    }

    /** A server default: a literal of the column's database, or the expression as written. */
    public String serverDefault(ServerDefault value) {
        if (value instanceof SqlExpression expression) {
            return expressionDefault(expression.sql());
        }
        return compiler.literal(((ServerDefault.Literal) value).value());
    }

    protected String expressionDefault(String sql) {
        return sql;
    }

    /**
     * {@code sql} in parentheses, unless one pair already holds all of it ({@code (uuid())}, not {@code (a) + (b)});
     * quotes ({@code '}, {@code "}, {@code `}) hide the parentheses inside them, and with {@code backslashEscapes}
     * (MySQL, MariaDB) a backslash in one hides the character after it.
     */
    protected static String parenthesized(String sql, boolean backslashEscapes) {
        String text = sql.strip();
        return text.startsWith("(") && closingParenthesis(text, backslashEscapes) == text.length() - 1 ? sql
                : "(" + sql + ")";
    }

    /** Where the parenthesis that opens {@code text} closes, or -1. */
    private static int closingParenthesis(String text, boolean backslashEscapes) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\' && backslashEscapes) {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code  GENERATED ALWAYS AS (expr) ...} for a computed column, {@code  GENERATED ... AS IDENTITY} for an
     * identity column, else how the autoincrement column is marked.
     */
    protected String generation(Column column, boolean autoincrement) {
        if (column.computed().isPresent()) {
            return " " + computed(column.name(), column.computed().get());
        }
        if (column.identity().isPresent()) {
            return " " + identity(column.identity().get());
        }
        return autoincrement ? autoincrementClause() : "";
    }

    /** {@code GENERATED BY DEFAULT AS IDENTITY (START WITH 1 INCREMENT BY 1)}, options only when given. */
    public String identity(Identity identity) {
        List<String> options = new ArrayList<>();
        identity.start().ifPresent(start -> options.add("START WITH " + start));
        identity.increment().ifPresent(increment -> options.add("INCREMENT BY " + increment));
        return "GENERATED " + (identity.always() ? "ALWAYS" : "BY DEFAULT") + " AS IDENTITY"
                + (options.isEmpty() ? "" : " (" + String.join(" ", options) + ")");
    }

    /** {@code GENERATED ALWAYS AS (expr) STORED|VIRTUAL}; the storage as {@link #computedStorage} writes it. */
    public String computed(String column, Computed computed) {
        return "GENERATED ALWAYS AS (" + computed.sql() + ")" + computedStorage(column, computed);
    }

    /** {@code  STORED} or {@code  VIRTUAL}; a database that keeps only one kind overrides this. */
    protected String computedStorage(String column, Computed computed) {
        return " " + computed.storage();
    }

    /** How the autoincrement column says so; the ANSI default says nothing. */
    protected String autoincrementClause() {
        return "";
    }

    protected String nullClause(Column column, boolean generated) {
        return column.nullable() ? "" : " NOT NULL";
    }

    /** A comment written in the column's definition, where the database does that (MySQL). */
    protected String inlineComment(Column column) {
        return "";
    }

    /** The primary key, the other constraints in order, then the {@code CHECK}s of non-native enums. */
    protected List<String> tableConstraints(Table table, Optional<Column> autoincrement) {
        List<String> constraints = new ArrayList<>();
        table.primaryKey().flatMap(key -> primaryKey(key, autoincrement)).ifPresent(constraints::add);
        table.constraints().forEach(constraint -> constraints.add(constraintDefinition(constraint)));
        table.columns().forEach(column -> enumCheck(column).ifPresent(constraints::add));
        return constraints;
    }

    /** The table's primary key clause; empty where the column definition already says it. */
    protected Optional<String> primaryKey(PrimaryKey key, Optional<Column> autoincrement) {
        return Optional.of(constraintDefinition(key));
    }

    /** A constraint as in {@code CREATE TABLE} or {@code ALTER TABLE ... ADD}. */
    public String constraintDefinition(Constraint constraint) {
        String prefix = constraint.name().map(name -> "CONSTRAINT " + compiler.name(name) + " ").orElse("");
        if (constraint instanceof PrimaryKey key) {
            return prefix + "PRIMARY KEY (" + compiler.columns(key.columns()) + ")";
        } else if (constraint instanceof UniqueConstraint unique) {
            return prefix + "UNIQUE (" + compiler.columns(unique.columns()) + ")";
        } else if (constraint instanceof ForeignKey foreignKey) {
            return prefix + foreignKey(foreignKey);
        }
        return prefix + "CHECK (" + ((CheckConstraint) constraint).condition() + ")";
    }

    /** {@code FOREIGN KEY(a) REFERENCES t (id) [MATCH m] [ON DELETE x] [ON UPDATE y] [DEFERRABLE] [INITIALLY z]}. */
    protected String foreignKey(ForeignKey foreignKey) {
        return "FOREIGN KEY(" + compiler.columns(foreignKey.columns()) + ") REFERENCES "
                + compiler.table(foreignKey.referredTable()) + " (" + compiler.columns(foreignKey.referredColumns())
                + ")" + referentialOptions(foreignKey);
    }

    protected String referentialOptions(ForeignKey foreignKey) {
        StringBuilder sql = new StringBuilder();
        foreignKey.match().ifPresent(match -> sql.append(" MATCH ").append(match(foreignKey, match)));
        foreignKey.onDelete().ifPresent(action -> sql.append(" ON DELETE ").append(action.sql()));
        foreignKey.onUpdate().ifPresent(action -> sql.append(" ON UPDATE ").append(action.sql()));
        if (foreignKey.deferrable().isPresent() || foreignKey.initially().isPresent()) {
            sql.append(deferrability(foreignKey));
        }
        return sql.toString();
    }

    protected String match(ForeignKey foreignKey, ForeignKey.Match match) {
        return match.name();
    }

    protected String deferrability(ForeignKey foreignKey) {
        String deferrable = foreignKey.deferrable().map(value -> value ? " DEFERRABLE" : " NOT DEFERRABLE").orElse("");
        return deferrable + foreignKey.initially().map(when -> " INITIALLY " + when.name()).orElse("");
    }

    /** Refuses a foreign key option the database does not have. */
    protected UnsupportedOperationForDialectException unsupportedKeyOption(ForeignKey foreignKey, String option) {
        String dialect = compiler.dialect().name();
        return new UnsupportedOperationForDialectException(dialect, option, "Foreign key "
                + foreignKey.name().orElse("(unnamed)") + " on " + foreignKey.columns() + " asks for " + option
                + ", which the " + compiler.displayName() + " dialect does not support; leave it out");
    }

    /** {@code CHECK (col IN ('a', 'b'))} for a column of a non-native enum type. */
    public Optional<String> enumCheck(Column column) {
        if (!(column.type() instanceof ColumnType.EnumType type) || !enumNeedsCheck()) {
            return Optional.empty();
        }
        return Optional.of("CHECK (" + compiler.name(column.name()) + " IN ("
                + type.values().stream().map(compiler::literal).collect(Collectors.joining(", ")) + "))");
    }

    /** Whether enums are {@code VARCHAR} with a {@code CHECK} here, not a type of their own. */
    protected boolean enumNeedsCheck() {
        return compiler.dialect().capabilities().enums() == EnumStorage.CHECK_CONSTRAINT;
    }

    /** What follows the closing parenthesis of {@code CREATE TABLE}. */
    protected String tableOptions(Table table) {
        return "";
    }

    /** The index's columns and expressions, comma-separated; expressions in parentheses. */
    public String indexElements(Index index) {
        return index.elements().stream().map(this::indexElement).collect(Collectors.joining(", "));
    }

    /**
     * One column or expression of an index; an expression in parentheses, except the collation, operator class
     * and order that end it ({@code lower(name) DESC} is {@code (lower(name)) DESC}, {@code created_at DESC NULLS
     * LAST} a column with its order), which {@code CREATE INDEX} takes after them. A column's name given as SQL
     * ({@code sql("k2")}, {@code sql("qty DESC")}) is that column, written as given, without parentheses: MySQL
     * refuses a column in parentheses, and MariaDB and H2 index no expressions.
     */
    public String indexElement(IndexElement element) {
        if (element instanceof IndexColumn column) {
            return compiler.name(column.name());
        }
        String expression = ((SqlExpression) element).sql();
        Matcher ordered = ORDERED_ELEMENT.matcher(expression);
        if (!ordered.matches()) {
            return parenthesizedExpression(expression);
        }
        String indexed = ordered.group(1).strip();
        if (COLUMN_NAME.matcher(indexed).matches()) {
            return indexed + ordered.group(2);
        }
        return ordered.group(2).isBlank() ? parenthesizedExpression(expression)
                : parenthesizedExpression(indexed) + ordered.group(2);
    }

    private String parenthesizedExpression(String expression) {
        if (!compiler.dialect().capabilities().expressionIndexes()) {
            throw new UnsupportedOperationForDialectException(compiler.dialect().name(), "expression index",
                    compiler.displayName() + " indexes columns only, not expressions such as " + expression
                            + "; index a generated column holding the expression instead");
        }
        return "(" + expression + ")";
    }

    /** {@code  WHERE condition} of a partial index. */
    public String indexWhere(Index index) {
        if (index.where().isEmpty()) {
            return "";
        }
        if (!partialIndexes()) {
            throw new UnsupportedOperationForDialectException(compiler.dialect().name(), "partial index",
                    "Index " + index.name().orElse("(unnamed)") + " is partial (WHERE " + index.where().get()
                            + "), which the " + compiler.displayName() + " dialect does not support; index all rows");
        }
        return " WHERE " + index.where().get();
    }

    protected boolean partialIndexes() {
        return compiler.dialect().capabilities().partialIndexes();
    }
}

package dev.retort.dialect.mysql;

import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.TableDdl;
import dev.retort.dialect.ddl.UnsupportedOperationForDialectException;
import dev.retort.schema.Column;
import dev.retort.schema.Constraint;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * MySQL's column definitions, in the order SQLAlchemy writes them:
 * {@code name TYPE [GENERATED ALWAYS AS (expr) STORED|VIRTUAL] [NOT NULL] [DEFAULT x] [AUTO_INCREMENT]
 * [COMMENT '...']}. A default given as SQL text that is a plain literal (a number, a quoted string,
 * {@code NULL}, {@code TRUE}, {@code FALSE}) is written as given, as Alembic writes it, and so is the
 * {@code CURRENT_TIMESTAMP} family MySQL takes bare; any other expression default is parenthesised (MySQL
 * 8.0.13+). The table's comment follows the closing parenthesis.
 */
public class MySqlTableDdl extends TableDdl {
    /** A number, a quoted string, {@code NULL}, {@code TRUE} or {@code FALSE}, as SQL text. */
    private static final String LITERAL = "[+-]?(\\d+(\\.\\d*)?|\\.\\d+)(e[+-]?\\d+)?"
            + "|'([^'\\\\]|''|\\\\.)*'|null|true|false";
    /**
     * A default written without parentheses: the current time, and a default followed by {@code ON UPDATE}
     * (a time or a literal before it).
     */
    private static final Pattern BARE_DEFAULT = Pattern.compile("(?is)(current_timestamp|now|localtime|localtimestamp)"
            + "(\\s*\\(\\s*\\d*\\s*\\))?(\\s+on\\s+update\\s+.*)?|(" + LITERAL + ")\\s+on\\s+update\\s+.*");
    private static final Pattern PLAIN_LITERAL = Pattern.compile("(?is)" + LITERAL);

    private final boolean notNullComputedColumns;

    public MySqlTableDdl(DdlCompiler compiler, boolean notNullComputedColumns) {
        super(compiler);
        this.notNullComputedColumns = notNullComputedColumns;
    }

    @Override
    public String columnDefinition(Column column, boolean autoincrement) {
        if (column.computed().isPresent() && !column.nullable() && !notNullComputedColumns) {
            throw new UnsupportedOperationForDialectException(compiler().dialect().name(),
                    "NOT NULL on a computed column", compiler().displayName() + " cannot make computed column "
                            + column.name() + " NOT NULL; leave .notNull() out of it");
        }
        String generated = column.computed().map(computed -> " " + computed(column.name(), computed)).orElse("");
        return compiler().name(column.name()) + " " + columnSpecification(column.type(), generated,
                column.nullable()) + defaultClause(column)
                + (autoincrement || column.identity().isPresent() ? " AUTO_INCREMENT" : "") + inlineComment(column);
    }

    /**
     * {@code TYPE [GENERATED ALWAYS AS (expr) STORED|VIRTUAL] [NOT NULL]}; a nullable {@code TIMESTAMP} says
     * {@code NULL}, as MySQL would otherwise not.
     */
    private String columnSpecification(ColumnType type, String generated, boolean nullable) {
        String sql = compiler().type(type) + generated;
        if (!nullable) {
            return sql + " NOT NULL";
        }
        return sql + (type instanceof ColumnType.TimestampType stamp && stamp.withTimeZone() ? " NULL" : "");
    }

    /** MySQL calls every primary key {@code PRIMARY} and refuses that name written out. */
    @Override
    public String constraintDefinition(Constraint constraint) {
        if (constraint instanceof PrimaryKey key && key.name().filter("PRIMARY"::equalsIgnoreCase).isPresent()) {
            return super.constraintDefinition(new PrimaryKey(Optional.empty(), key.columns()));
        }
        return super.constraintDefinition(constraint);
    }

    @Override
    protected String expressionDefault(String sql) {
        return isPlainLiteral(sql) || BARE_DEFAULT.matcher(sql.trim()).matches() ? sql : parenthesized(sql, true);
    }

    /** Whether a default's SQL text is a number, a quoted string, {@code NULL}, {@code TRUE} or {@code FALSE}. */
    static boolean isPlainLiteral(String sql) {
        return PLAIN_LITERAL.matcher(sql.trim()).matches();
    }

    @Override
    protected String inlineComment(Column column) {
        return column.comment().map(comment -> " COMMENT " + compiler().dialect().literal(comment)).orElse("");
    }

    @Override
    protected String match(ForeignKey foreignKey, ForeignKey.Match match) {
        throw unsupportedKeyOption(foreignKey, "MATCH " + match.name()
                + " (MySQL parses MATCH but then ignores ON DELETE and ON UPDATE)");
    }

    @Override
    protected String deferrability(ForeignKey foreignKey) {
        throw unsupportedKeyOption(foreignKey, "DEFERRABLE/INITIALLY");
    }

    @Override
    protected String tableOptions(Table table) {
        return table.comment().map(comment -> "COMMENT=" + compiler().dialect().literal(comment)).orElse("");
    }
}

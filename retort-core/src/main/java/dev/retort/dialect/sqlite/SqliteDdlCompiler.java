package dev.retort.dialect.sqlite;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.ddl.ColumnAlterations;
import dev.retort.dialect.ddl.Conditional;
import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.TableDdl;
import dev.retort.dialect.ddl.UnsupportedOperationForDialectException;
import dev.retort.op.AddColumn;
import dev.retort.op.BatchAlterTable;
import dev.retort.op.Execute;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.Computed;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SqlExpression;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.sql.SqlDialect;
import java.util.List;

/**
 * SQLite, after Alembic's {@code ddl/sqlite.py}. In place, SQLite can create, drop and rename tables,
 * add, drop (3.35+) and rename (3.25+) columns, and create and drop indexes; any other change, such as
 * adding or dropping a constraint or altering a column's type, fails with a message pointing to batch
 * mode, which {@link SqliteBatchPlanner} plans. SQLite stores no comments: comment operations compile to
 * no statement at all and comments are left out of {@code CREATE TABLE}.
 */
public class SqliteDdlCompiler extends DdlCompiler {

    public SqliteDdlCompiler(Dialect dialect) {
        super(dialect, new SqliteTypeCompiler(dialect), new SqliteLiterals(dialect));
    }

    /**
     * {@code ADD COLUMN}; a reference written on the column goes inline
     * ({@code [CONSTRAINT fk] REFERENCES t (id)}), which SQLite allows, while an inline primary key or unique
     * constraint, or a stored generated column, needs batch mode.
     */
    @Override
    public List<String> visitAddColumn(AddColumn operation) {
        Column column = operation.column();
        refusePosition(operation.table(), column.name(), operation.position());
        if (column.inline().primaryKey() || column.inline().unique()) {
            requireAlterConstraints();
        }
        if (column.computed().filter(Computed::stored).isPresent()) {
            throw new UnsupportedOperationForDialectException("sqlite", "ADD COLUMN of a stored generated column",
                    "SQLite adds only VIRTUAL generated columns to an existing table, and column " + column.name()
                            + " is STORED. " + UnsupportedOperationForDialectException.SQLITE_BATCH_ADVICE);
        }
        String references = column.inline().references().map(this::inlineReference).orElse("");
        String definition = tables().columnDefinition(column, false)
                + tables().enumCheck(column).map(check -> " " + check).orElse("") + references;
        return List.of(alterTable(operation.table()) + " ADD COLUMN "
                + condition(operation.ifNotExists(), Conditional.ADD_COLUMN) + definition);
    }

    /** {@code  [CONSTRAINT name] REFERENCES t (c) ...}: the key keeps its name, for a batch to drop it by. */
    private String inlineReference(ForeignKey foreignKey) {
        String clause = tables().constraintDefinition(foreignKey);
        String name = foreignKey.name().map(key -> " CONSTRAINT " + name(key)).orElse("");
        return name + " " + clause.substring(clause.indexOf("REFERENCES "));
    }

    /**
     * The statements of the SQL, split as the sqlite3 shell splits a script (strings, comments and a
     * trigger's {@code BEGIN ... END} kept whole), since SQLite's driver runs only the first of several; one
     * statement keeps its text exactly as given.
     */
    @Override
    public List<String> visitExecute(Execute operation) {
        return eachStatement(operation, SqlDialect.SQLITE);
    }

    /**
     * SQLite refuses to drop a column of the primary key, a unique or foreign key, an index, a check (one written
     * with the column alone is not told apart here, so any counts) or another column's generated expression.
     */
    @Override
    public boolean dropsColumnInPlace(Table table, String column) {
        boolean keyed = table.primaryKey().filter(key -> key.columns().contains(column)).isPresent()
                || table.constraints().stream().anyMatch(constraint -> constraint instanceof UniqueConstraint unique
                        && unique.columns().contains(column) || constraint instanceof ForeignKey key
                        && key.columns().contains(column) || constraint instanceof CheckConstraint check
                        && CheckCondition.mentions(check.condition(), column));
        boolean indexed = table.indexes().stream().anyMatch(index -> index.columnNames().contains(column)
                || index.where().filter(where -> CheckCondition.mentions(where, column)).isPresent()
                || index.elements().stream().anyMatch(element -> element instanceof SqlExpression expression
                        && CheckCondition.mentions(expression.sql(), column)));
        boolean computedFrom = table.columns().stream().anyMatch(other -> !other.name().equals(column)
                && other.computed().filter(computed -> CheckCondition.mentions(computed.sql(), column)).isPresent());
        return !keyed && !indexed && !computedFrom;
    }

    @Override
    public boolean altersInPlace(BatchAlterTable batch) {
        return !SqliteBatchPlanner.recreates(batch);
    }

    @Override
    public List<String> visitBatchAlterTable(BatchAlterTable operation) {
        return new SqliteBatchPlanner(this).plan(operation, operation.copyFrom().orElse(null));
    }

    @Override
    protected String positionAdvice() {
        return "SQLite places a column when batchAlterTable rebuilds the table: give the position inside "
                + "batchAlterTable, and leave the batch at recreateAuto() or make it recreateAlways(), not "
                + "recreateNever()";
    }

    @Override
    protected boolean supports(Conditional conditional) {
        return conditional == Conditional.CREATE_TABLE || conditional == Conditional.DROP_TABLE
                || conditional == Conditional.CREATE_INDEX || conditional == Conditional.DROP_INDEX;
    }

    /** SQLite names an index with its schema and the table without: {@code CREATE INDEX s.ix ON t (...)}. */
    @Override
    protected String indexName(QualifiedName table, String index) {
        return table(table.withName(index));
    }

    @Override
    protected String indexTable(QualifiedName table) {
        return name(table.name());
    }

    /** The statement creating {@code index} on {@code table}, for a rebuilt table. */
    String createIndexStatement(QualifiedName table, Index index) {
        return createIndex(table, index, false, false);
    }

    @Override
    public TableDdl tables() {
        return new SqliteTableDdl(this);
    }

    @Override
    protected ColumnAlterations alterations() {
        return new SqliteColumnAlterations(this);
    }

    @Override
    public String displayName() {
        return "SQLite";
    }
}

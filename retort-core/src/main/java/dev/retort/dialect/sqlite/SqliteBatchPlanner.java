package dev.retort.dialect.sqlite;

import dev.retort.dialect.ddl.AutoincrementColumns;
import dev.retort.dialect.ddl.UnsupportedOperationForDialectException;
import dev.retort.op.AddColumn;
import dev.retort.op.BatchAlterTable;
import dev.retort.op.CreateIndex;
import dev.retort.op.DropIndex;
import dev.retort.op.Operation;
import dev.retort.schema.Column;
import dev.retort.schema.Computed;
import dev.retort.schema.Index;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SqlExpression;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Plans a {@link BatchAlterTable} on SQLite, as Alembic's batch mode does. With {@code recreate=auto}
 * the table is rebuilt only when some inner operation is not an add column, create index or drop index
 * (an added column with an expression default, a position, an inline key or unique constraint, or a
 * stored expression, which SQLite's {@code ADD COLUMN} refuses, also forces it); otherwise, and always
 * with {@code recreate=never}, the inner operations run as plain statements. A rebuild ("move and copy") is:
 *
 * <pre>
 * CREATE TABLE _retort_tmp_t (...)                  -- the table as the batch leaves it
 * INSERT INTO _retort_tmp_t (a, b) SELECT t.a, CAST(t.b AS TEXT) FROM t
 * DELETE FROM sqlite_sequence ... ; INSERT INTO sqlite_sequence ...  -- only for an AUTOINCREMENT key
 * PRAGMA legacy_alter_table = ON                   -- so that views and triggers reading t do not fail
 * DROP TABLE t
 * ALTER TABLE _retort_tmp_t RENAME TO t
 * PRAGMA legacy_alter_table = OFF
 * CREATE INDEX ...                                  -- every index of the new table
 * </pre>
 *
 * <p>Columns and their order, types, nullability, defaults, computed expressions, the primary key, every
 * unique, foreign key and check constraint (named or not) and every index of the current table are kept. A {@code CAST}
 * converts a column whose type affinity changes. A dropped or renamed column that a constraint or index
 * still uses is an error naming them, unless the batch drops those too. Foreign keys of other tables that
 * refer to this one are not touched; online, the run refuses a rebuild while foreign keys are enforced, and
 * creates the table's triggers again after it (see {@code dev.retort.runtime.LiveTables}).
 */
public final class SqliteBatchPlanner {
    private static final String TEMPORARY_PREFIX = "_retort_tmp_";
    private static final int TEMPORARY_NAME_LENGTH = 50;

    private final SqliteDdlCompiler compiler;

    public SqliteBatchPlanner(SqliteDdlCompiler compiler) {
        this.compiler = compiler;
    }

    /**
     * The statements of {@code batch}. {@code current} is the table as it exists: reflected online, or the
     * batch's {@code copyFrom} offline; it may be null when the batch needs no rebuild.
     */
    public List<String> plan(BatchAlterTable batch, Table current) {
        if (!recreates(batch)) {
            List<String> statements = new ArrayList<>();
            for (Operation operation : batch.operations()) {
                try {
                    statements.addAll(compiler.compile(operation));
                } catch (UnsupportedOperationForDialectException e) {
                    throw neverRecreated(batch, e);
                }
            }
            return statements;
        }
        if (current == null) {
            throw reflectionNeeded(batch.table());
        }
        return moveAndCopy(batch.table(), changed(batch, current));
    }

    /** The table a rebuild of {@code current} by {@code batch} makes. */
    public Table rebuilt(BatchAlterTable batch, Table current) {
        return changed(batch, current).build(batch.table());
    }

    private BatchTable changed(BatchAlterTable batch, Table current) {
        BatchTable table = new BatchTable(current.withName(batch.table()));
        BatchChanges changes = new BatchChanges(table);
        batch.operations().forEach(operation -> operation.accept(changes));
        batch.partialReordering().forEach(order -> reorder(table, order));
        table.requireNoDanglingReferences();
        return table;
    }

    /** Inside a batch that may not rebuild its table, the advice to use batch mode is no advice. */
    private static UnsupportedOperationForDialectException neverRecreated(BatchAlterTable batch,
            UnsupportedOperationForDialectException refusal) {
        String message = refusal.getMessage();
        if (batch.recreate() != BatchAlterTable.Recreate.NEVER
                || !message.endsWith(UnsupportedOperationForDialectException.SQLITE_BATCH_ADVICE)) {
            return refusal;
        }
        String reason = message.substring(0, message.length()
                - UnsupportedOperationForDialectException.SQLITE_BATCH_ADVICE.length()).strip();
        return new UnsupportedOperationForDialectException(refusal.dialect(), refusal.feature(), reason
                + " SQLite does this when batchAlterTable rebuilds the table: leave the batch on " + batch.table()
                + " at recreateAuto() or make it recreateAlways(), not recreateNever()");
    }

    /** Whether the batch rebuilds the table, by its recreate policy and its operations. */
    public static boolean recreates(BatchAlterTable batch) {
        switch (batch.recreate()) {
            case ALWAYS:
                return true;
            case NEVER:
                return false;
            default:
                return !batch.partialReordering().isEmpty()
                        || batch.operations().stream().anyMatch(operation -> !inPlace(operation));
        }
    }

    private static boolean inPlace(Operation operation) {
        if (operation instanceof CreateIndex || operation instanceof DropIndex) {
            return true;
        }
        if (operation instanceof AddColumn add) {
            Column column = add.column();
            return add.position().isEmpty() && !column.inline().primaryKey() && !column.inline().unique()
                    && column.serverDefault().filter(SqlExpression.class::isInstance).isEmpty()
                    && column.computed().filter(Computed::stored).isEmpty();
        }
        return false;
    }

    private List<String> moveAndCopy(QualifiedName name, BatchTable table) {
        String temporaryName = (TEMPORARY_PREFIX + name.name());
        temporaryName = temporaryName.substring(0, Math.min(temporaryName.length(), TEMPORARY_NAME_LENGTH));
        QualifiedName temporary = name.withName(temporaryName);
        Table rebuilt = table.build(temporary);
        List<String> statements = new ArrayList<>();
        statements.add(compiler.tables().createTable(rebuilt, ""));
        copyRows(name, temporary, table).ifPresent(statements::add);
        if (numbersWithKeyword(rebuilt)) {
            statements.addAll(keepSequence(name, temporary));
        }
        // A view or trigger that reads the table would fail the rename while the table is gone (SQLite checks
        // the whole schema then); renamed the legacy way, it reads the rebuilt table by its old name again.
        statements.add("PRAGMA legacy_alter_table = ON");
        statements.add("DROP TABLE " + compiler.table(name));
        statements.add(compiler.alterTable(temporary) + " RENAME TO " + compiler.name(name.name()));
        statements.add("PRAGMA legacy_alter_table = OFF");
        for (Index index : table.indexes) {
            statements.add(compiler.createIndexStatement(name, index));
        }
        return statements;
    }

    /** Whether the table's key is declared {@code AUTOINCREMENT}, so that SQLite keeps its high-water mark. */
    private static boolean numbersWithKeyword(Table table) {
        return AutoincrementColumns.marked(table).isPresent();
    }

    /**
     * Gives the new table the current table's {@code sqlite_sequence} entry, so that it does not hand out
     * again the numbers of rows deleted before the rebuild (the copied rows alone say only their maximum).
     */
    private List<String> keepSequence(QualifiedName name, QualifiedName temporary) {
        String sequence = compiler.table(name.withName("sqlite_sequence"));
        String temporaryName = compiler.dialect().literal(temporary.name());
        return List.of("DELETE FROM " + sequence + " WHERE name = " + temporaryName,
                "INSERT INTO " + sequence + " (name, seq) SELECT " + temporaryName + ", seq FROM " + sequence
                        + " WHERE name = " + compiler.dialect().literal(name.name()));
    }

    /**
     * {@code INSERT INTO tmp (cols) SELECT t.cols FROM t} for the columns that come from the current table,
     * except computed ones.
     */
    private Optional<String> copyRows(QualifiedName name, QualifiedName temporary, BatchTable table) {
        List<String> targets = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (BatchTable.Slot slot : table.slots) {
            if (slot.column().computed().isPresent()) {
                continue; // the new table computes its values; SQLite refuses writes to generated columns
            }
            slot.source().ifPresent(source -> {
                targets.add(compiler.name(slot.column().name()));
                sources.add(sourceExpression(name, source, slot.column(), table.original));
            });
        }
        if (targets.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("INSERT INTO " + compiler.table(temporary) + " (" + String.join(", ", targets) + ") SELECT "
                + String.join(", ", sources) + " FROM " + compiler.table(name));
    }

    /** The current column's values; a {@code CAST} converts them when the type affinity changes. */
    private String sourceExpression(QualifiedName name, String source, Column target, Map<String, Column> original) {
        String column = compiler.table(name) + "." + compiler.name(source);
        String oldType = compiler.type(original.get(source).type());
        String newType = compiler.type(target.type());
        return affinity(oldType).equals(affinity(newType)) ? column : "CAST(" + column + " AS " + newType + ")";
    }

    /** SQLite's type affinity rules (section 3.1 of its datatype documentation). */
    static String affinity(String declaredType) {
        String type = declaredType.toUpperCase(Locale.ROOT);
        if (type.contains("INT")) {
            return "INTEGER";
        } else if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT")) {
            return "TEXT";
        } else if (type.contains("BLOB") || type.isBlank()) {
            return "BLOB";
        } else if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB")) {
            return "REAL";
        }
        return "NUMERIC";
    }

    /** Puts the listed columns, where they stand now, in the listed order. */
    private static void reorder(BatchTable table, List<String> order) {
        List<Integer> positions = order.stream().map(table::indexOf).sorted().toList();
        List<BatchTable.Slot> moved = order.stream().map(column -> table.slots.get(table.indexOf(column))).toList();
        for (int i = 0; i < positions.size(); i++) {
            table.slots.set(positions.get(i), moved.get(i));
        }
    }

    private static UnsupportedOperationForDialectException reflectionNeeded(QualifiedName table) {
        return new UnsupportedOperationForDialectException("sqlite", "batch without a table definition",
                "This operation cannot proceed in --sql mode; batch mode with dialect sqlite requires a live "
                        + "database connection with which to reflect the table \"" + table.name() + "\". To "
                        + "generate a batch SQL migration script using table \"move and copy\", a complete Table "
                        + "definition should be passed to the copyFrom option of batchAlterTable() so that table "
                        + "reflection can be skipped.");
    }
}

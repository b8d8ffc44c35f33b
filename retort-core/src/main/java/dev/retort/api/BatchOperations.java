package dev.retort.api;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnPosition;
import dev.retort.schema.Constraint;
import dev.retort.schema.ConstraintKind;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The operations of {@link Operations#batchAlterTable} ({@code batch_op} in Alembic): the same as on
 * {@link Operations}, without the table, applied to the batch's table together. Each returns this batch,
 * so calls chain. On SQLite the table is rebuilt ("move and copy") when an operation needs it; the
 * {@code recreate...} methods change that policy. The other databases alter the table in place and never
 * rebuild it: there a batch runs its operations as {@code ALTER}s, and refuses {@link #recreateAlways()}
 * and column positions before anything of the revision runs (branch on {@link Operations#dialectName()}
 * for SQLite-only parts); a {@link #partialReordering} is ignored there, as Alembic ignores it.
 */
public interface BatchOperations {

    /** Rebuilds the table only where the database cannot alter it in place (the default). */
    BatchOperations recreateAuto();

    /**
     * Always rebuilds the table. Only SQLite rebuilds tables: on any other database such a batch is refused;
     * leave it at {@link #recreateAuto()} there.
     */
    BatchOperations recreateAlways();

    /** Never rebuilds the table: every operation runs as an {@code ALTER}, or fails. */
    BatchOperations recreateNever();

    /**
     * The table's current definition, to rebuild it offline where it cannot be reflected. Online the rebuild
     * takes it instead of the reflected definition; the table's triggers are still read and created again.
     */
    BatchOperations copyFrom(Table table);

    /** Requires the rebuilt table to have these columns in this relative order; ignored where nothing is rebuilt. */
    BatchOperations partialReordering(String... columns);

    /** Adds a column (see {@link Operations#addColumn}). */
    BatchOperations addColumn(Column column);

    /**
     * Adds a column at a position: {@code addColumn(column("x", TEXT), after("id"))}. Only a rebuilt table
     * (SQLite) places a column, so the position forces a rebuild there and is refused on other databases
     * and with {@link #recreateNever()}.
     */
    BatchOperations addColumn(Column column, ColumnPosition position);

    /** Drops a column. */
    BatchOperations dropColumn(String column);

    /** Drops the column {@code existing} describes; the drop can be reversed. */
    BatchOperations dropColumn(Column existing);

    /** Changes a column (see {@link Operations#alterColumn}). */
    BatchOperations alterColumn(String column, Consumer<ColumnAlteration> alteration);

    /** Creates an index on columns. */
    BatchOperations createIndex(String name, String... columns);

    /** Creates an index as built with {@link Schema#index}. */
    BatchOperations createIndex(Index index);

    /** Drops an index by name. */
    BatchOperations dropIndex(String name);

    /** Drops the (named) index {@code existing} describes; the drop can be reversed. */
    BatchOperations dropIndex(Index existing);

    /** Adds a primary key. */
    BatchOperations createPrimaryKey(String name, String... columns);

    /** Adds a unique constraint. */
    BatchOperations createUniqueConstraint(String name, String... columns);

    /** Adds a foreign key to {@code referentTable}, in the same schema. */
    BatchOperations createForeignKey(String name, String referentTable, List<String> localColumns,
            List<String> remoteColumns);

    /** Adds a foreign key with options, e.g. {@code fk -> fk.onDelete(CASCADE)}. */
    BatchOperations createForeignKey(String name, String referentTable, List<String> localColumns,
            List<String> remoteColumns, UnaryOperator<ForeignKey> options);

    /** Adds a check constraint. */
    BatchOperations createCheckConstraint(String name, String condition);

    /** Adds a constraint of any kind. */
    BatchOperations createConstraint(Constraint constraint);

    /** Drops a constraint by name. */
    BatchOperations dropConstraint(String name);

    /** Drops a constraint of the given kind by name. */
    BatchOperations dropConstraint(String name, ConstraintKind kind);

    /** Drops the (named) constraint {@code existing} describes; the drop can be reversed. */
    BatchOperations dropConstraint(Constraint existing);

    /** Sets the table's comment, which it had none of. */
    BatchOperations createTableComment(String comment);

    /** Replaces the table's comment {@code existingComment}. */
    BatchOperations createTableComment(String comment, String existingComment);

    /** Removes the table's comment. */
    BatchOperations dropTableComment();

    /** Removes the table's comment {@code existingComment}; the removal can be reversed. */
    BatchOperations dropTableComment(String existingComment);
}

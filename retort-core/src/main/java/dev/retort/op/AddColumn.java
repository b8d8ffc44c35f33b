package dev.retort.op;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnPosition;
import dev.retort.schema.QualifiedName;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code ALTER TABLE ... ADD COLUMN [IF NOT EXISTS]}. The column's inline constraints (primary key,
 * unique, references) are added with it, as separate statements where the dialect needs them.
 * {@code position} places the column when a batch rebuilds the table; the reverse forgets it.
 */
public record AddColumn(QualifiedName table, Column column, boolean ifNotExists, Optional<ColumnPosition> position)
        implements Operation {

    public AddColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(position, "position");
    }

    /** Adding {@code column} at the end, unconditionally. */
    public static AddColumn of(QualifiedName table, Column column) {
        return new AddColumn(table, column, false, Optional.empty());
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAddColumn(this);
    }

    /** Dropping the column, carrying its definition; {@code IF NOT EXISTS} becomes {@code IF EXISTS}. */
    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new DropColumn(table, column.name(), Optional.of(column), ifNotExists));
    }
}

package dev.retort.op;

import dev.retort.schema.Names;
import dev.retort.schema.QualifiedName;
import java.util.Objects;
import java.util.Optional;

/** {@code ALTER TABLE table RENAME TO newName}; the table stays in its schema. */
public record RenameTable(QualifiedName table, String newName) implements Operation {

    public RenameTable {
        Objects.requireNonNull(table, "table");
        Names.require(newName, "new name of table " + table);
    }

    /** The table once renamed. */
    public QualifiedName renamed() {
        return table.withName(newName);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitRenameTable(this);
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new RenameTable(renamed(), table.name()));
    }
}

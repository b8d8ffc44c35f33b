package dev.retort.op;

import dev.retort.schema.Table;
import java.util.Objects;
import java.util.Optional;

/** {@code CREATE TABLE [IF NOT EXISTS]} with the table's columns, constraints, indexes and comment. */
public record CreateTable(Table table, boolean ifNotExists) implements Operation {

    public CreateTable {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitCreateTable(this);
    }

    /** Dropping the table, carrying its definition; {@code IF NOT EXISTS} becomes {@code IF EXISTS}. */
    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new DropTable(table.name(), Optional.of(table), ifNotExists));
    }
}

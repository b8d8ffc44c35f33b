package dev.retort.op;

import dev.retort.schema.Index;
import dev.retort.schema.QualifiedName;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] name ON table (...)}. {@code concurrently}
 * is PostgreSQL's way to build without locking writes; it belongs to the statement, not to the index.
 */
public record CreateIndex(QualifiedName table, Index index, boolean ifNotExists, boolean concurrently)
        implements Operation {

    public CreateIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
    }

    /** Creating {@code index} on {@code table} plainly. */
    public static CreateIndex of(QualifiedName table, Index index) {
        return new CreateIndex(table, index, false, false);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitCreateIndex(this);
    }

    /** Dropping the index by name, carrying its definition; unnamed indexes cannot be dropped. */
    @Override
    public Optional<Operation> reverse() {
        return index.name().map(name -> new DropIndex(table.withName(name), Optional.of(table.name()),
                Optional.of(index), ifNotExists, concurrently));
    }
}

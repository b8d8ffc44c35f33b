package dev.retort.op;

import dev.retort.schema.Index;
import dev.retort.schema.Names;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaDefinitionException;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code DROP INDEX [CONCURRENTLY] [IF EXISTS] name}. The index is named with its schema; its table
 * (in the same schema) is optional because only some databases need it (MySQL), but the reverse needs
 * both the table and the definition of the index ({@code existing}).
 */
public record DropIndex(QualifiedName index, Optional<String> table, Optional<Index> existing, boolean ifExists,
        boolean concurrently) implements Operation {

    public DropIndex {
        Objects.requireNonNull(index, "index");
        table = Names.requireOptional(table, "table of index " + index);
        Objects.requireNonNull(existing, "existing");
        existing.filter(definition -> !definition.name().equals(Optional.of(index.name()))).ifPresent(definition -> {
            throw new SchemaDefinitionException("drop_index " + index, "the definition given is of index "
                    + definition.name().orElse("(unnamed)"));
        });
    }

    /** The table, qualified with the index's schema. */
    public Optional<QualifiedName> qualifiedTable() {
        return table.map(index::withName);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropIndex(this);
    }

    @Override
    public Optional<Operation> reverse() {
        return qualifiedTable().flatMap(on -> existing.map(definition ->
                new CreateIndex(on, definition, ifExists, concurrently)));
    }
}

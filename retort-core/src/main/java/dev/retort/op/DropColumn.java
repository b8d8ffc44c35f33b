package dev.retort.op;

import dev.retort.schema.Column;
import dev.retort.schema.Names;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaDefinitionException;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code ALTER TABLE ... DROP COLUMN [IF EXISTS]}. With the definition of the column being dropped
 * ({@code existing}) the drop can be reversed; without it, it cannot.
 */
public record DropColumn(QualifiedName table, String column, Optional<Column> existing, boolean ifExists)
        implements Operation {

    public DropColumn {
        Objects.requireNonNull(table, "table");
        Names.require(column, "column to drop from " + table);
        Objects.requireNonNull(existing, "existing");
        existing.filter(definition -> !definition.name().equals(column)).ifPresent(definition -> {
            throw new SchemaDefinitionException("drop_column " + table + "." + column,
                    "the definition given is of column " + definition.name());
        });
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropColumn(this);
    }

    @Override
    public Optional<Operation> reverse() {
        return existing.map(definition -> new AddColumn(table, definition, ifExists, Optional.empty()));
    }
}

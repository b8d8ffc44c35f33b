package dev.retort.op;

import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaDefinitionException;
import dev.retort.schema.Table;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code DROP TABLE [IF EXISTS]}. With the definition of the table being dropped ({@code existing}) the
 * drop can be reversed; without it, it cannot.
 */
public record DropTable(QualifiedName table, Optional<Table> existing, boolean ifExists) implements Operation {

    public DropTable {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(existing, "existing");
        existing.filter(definition -> !definition.name().equals(table)).ifPresent(definition -> {
            throw new SchemaDefinitionException("drop_table " + table, "the definition given is of table "
                    + definition.name());
        });
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropTable(this);
    }

    @Override
    public Optional<Operation> reverse() {
        return existing.map(definition -> new CreateTable(definition, ifExists));
    }
}

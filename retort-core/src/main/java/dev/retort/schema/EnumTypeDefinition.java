package dev.retort.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * A named enum type as a schema object of its own ({@code CREATE TYPE name AS ENUM (...)} on
 * PostgreSQL), which columns of several tables may share. The type a column has is the
 * {@link ColumnType.EnumType} of {@link #type()}.
 */
public record EnumTypeDefinition(QualifiedName name, ColumnType.EnumType type) {

    public EnumTypeDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type of enum " + name);
        if (!type.name().equals(Optional.of(name.name()))) {
            throw new SchemaDefinitionException("enum type " + name, "its column type must carry the same name, not "
                    + type.name().orElse("none"));
        }
    }
}

package dev.retort.dialect.h2;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.ddl.TypeCompiler;
import dev.retort.dialect.ddl.UnsupportedOperationForDialectException;
import dev.retort.schema.ColumnType;

/**
 * H2's names for types: {@code CLOB} for text, native {@code UUID} and {@code JSON}, arrays written
 * {@code INTEGER ARRAY}. H2 has no collation per column.
 */
public class H2TypeCompiler extends TypeCompiler {

    public H2TypeCompiler(Dialect dialect) {
        super(dialect);
    }

    @Override
    public String visitText(ColumnType.TextType type) {
        return "CLOB" + collation(type.collation().orElse(null));
    }

    @Override
    public String visitUuid(ColumnType.UuidType type) {
        return "UUID";
    }

    @Override
    public String visitArray(ColumnType.ArrayType type) {
        return compile(type.elementType()) + " ARRAY".repeat(type.dimensions());
    }

    @Override
    protected String collation(String name) {
        if (name == null) {
            return "";
        }
        throw new UnsupportedOperationForDialectException(dialect().name(), "COLLATE", "H2 has no collation per "
                + "column (collation " + name + "); set the database's collation with SET COLLATION instead");
    }
}

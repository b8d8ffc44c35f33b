package dev.retort.model;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.IndexElement;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Constraints and indexes declared without a name, for the {@link NamingConvention} of the model to name:
 * {@code Unnamed.unique("email")}, {@code Unnamed.index("placed", "customer_id")}. They are the unnamed
 * twins of the factories of {@link dev.retort.api.Schema}, whose first argument is the name; a column's
 * own {@code .primaryKey()}, {@code .unique()} and {@code .references("table.column")} are unnamed too.
 */
public final class Unnamed {

    private Unnamed() {
    }

    /** A primary key over {@code columns}, in key order. */
    public static PrimaryKey primaryKey(String... columns) {
        return new PrimaryKey(Optional.empty(), List.of(columns));
    }

    /** A unique constraint over {@code columns}. */
    public static UniqueConstraint unique(String... columns) {
        return new UniqueConstraint(Optional.empty(), List.of(columns));
    }

    /** A check constraint; {@code condition} is SQL written as it is. */
    public static CheckConstraint check(String condition) {
        return new CheckConstraint(Optional.empty(), condition);
    }

    /** A foreign key from {@code columns} to {@code referredColumns} of {@code referredTable}. */
    public static ForeignKey foreignKey(List<String> columns, String referredTable, List<String> referredColumns) {
        return ForeignKey.of(Optional.empty(), columns, QualifiedName.of(referredTable), referredColumns);
    }

    /** A foreign key to a table in another schema. */
    public static ForeignKey foreignKey(List<String> columns, QualifiedName referredTable,
            List<String> referredColumns) {
        return ForeignKey.of(Optional.empty(), columns, referredTable, referredColumns);
    }

    /** An index on columns; chain {@code .unique(true)}, {@code .where(...)}, {@code .dialectOption(...)}. */
    public static Index index(String... columns) {
        return Index.on(Optional.empty(), List.of(columns));
    }

    /** An index on expressions and columns: {@code index(sql("lower(name)"))}. */
    public static Index index(IndexElement... elements) {
        return new Index(Optional.empty(), List.of(elements), false, Optional.empty(), Map.of());
    }

    /** A unique index on columns. */
    public static Index uniqueIndex(String... columns) {
        return index(columns).unique(true);
    }
}

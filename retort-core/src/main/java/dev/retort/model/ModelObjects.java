package dev.retort.model;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.IndexElement;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.SqlExpression;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Names, columns and descriptions of constraints and indexes, as messages about the models show them. */
final class ModelObjects {

    private ModelObjects() {
    }

    static Optional<String> name(Object object) {
        if (object instanceof Index index) {
            return index.name();
        }
        return ((dev.retort.schema.Constraint) object).name();
    }

    /** The plain columns of a key, constraint or index, in order; none for a check. */
    static List<String> columns(Object object) {
        if (object instanceof PrimaryKey key) {
            return key.columns();
        } else if (object instanceof UniqueConstraint unique) {
            return unique.columns();
        } else if (object instanceof ForeignKey foreignKey) {
            return foreignKey.columns();
        } else if (object instanceof Index index) {
            return index.columnNames();
        }
        return List.of();
    }

    /** The object described without its name: {@code unique constraint on [email]}. */
    static String describeUnnamed(Object object) {
        return name(object).map(name -> describe(object).replaceFirst(" " + java.util.regex.Pattern.quote(name), ""))
                .orElse(describe(object));
    }

    /** {@code unique constraint uq_x on [email]}, {@code check (quantity > 0)}, {@code index on [lower(name)]}. */
    static String describe(Object object) {
        String name = name(object).map(value -> " " + value).orElse("");
        if (object instanceof PrimaryKey key) {
            return "primary key" + name + " on " + key.columns();
        } else if (object instanceof UniqueConstraint unique) {
            return "unique constraint" + name + " on " + unique.columns();
        } else if (object instanceof ForeignKey foreignKey) {
            return "foreign key" + name + " on " + foreignKey.columns();
        } else if (object instanceof CheckConstraint check) {
            return "check" + name + " (" + check.condition() + ")";
        }
        Index index = (Index) object;
        return (index.unique() ? "unique index" : "index") + name + " on " + elements(index.elements());
    }

    private static String elements(List<IndexElement> elements) {
        return elements.stream()
                .map(element -> element instanceof IndexColumn column ? column.name() : ((SqlExpression) element).sql())
                .collect(Collectors.joining(", ", "[", "]"));
    }
}

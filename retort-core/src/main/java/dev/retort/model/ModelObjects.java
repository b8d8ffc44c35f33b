package dev.retort.model;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Constraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.IndexElement;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.SqlExpression;
import dev.retort.schema.TableElement;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Names, columns and descriptions of constraints and indexes, as messages about the models show them. */
final class ModelObjects {

    private ModelObjects() {
    }

    /** The name of a constraint or index; columns have no name here. */
    static Optional<String> name(TableElement element) {
        if (element instanceof Index index) {
            return index.name();
        } else if (element instanceof Constraint constraint) {
            return constraint.name();
        }
        return Optional.empty();
    }

    /** The plain columns of a key, constraint or index, in order; none for a check. */
    static List<String> columns(TableElement element) {
        if (element instanceof PrimaryKey key) {
            return key.columns();
        } else if (element instanceof UniqueConstraint unique) {
            return unique.columns();
        } else if (element instanceof ForeignKey foreignKey) {
            return foreignKey.columns();
        } else if (element instanceof Index index) {
            return index.columnNames();
        }
        return List.of();
    }

    /** {@code unique constraint uq_x on [email]}, {@code check (quantity > 0)}, {@code index on [lower(name)]}. */
    static String describe(TableElement element) {
        return describe(element, name(element).map(value -> " " + value).orElse(""));
    }

    /** The element described without its name: {@code unique constraint on [email]}. */
    static String describeUnnamed(TableElement element) {
        return describe(element, "");
    }

    private static String describe(TableElement element, String name) {
        if (element instanceof PrimaryKey key) {
            return "primary key" + name + " on " + key.columns();
        } else if (element instanceof UniqueConstraint unique) {
            return "unique constraint" + name + " on " + unique.columns();
        } else if (element instanceof ForeignKey foreignKey) {
            return "foreign key" + name + " on " + foreignKey.columns();
        } else if (element instanceof CheckConstraint check) {
            return "check" + name + " (" + check.condition() + ")";
        } else if (element instanceof Index index) {
            return (index.unique() ? "unique index" : "index") + name + " on " + elements(index.elements());
        }
        throw new IllegalArgumentException("not a constraint or index: " + element);
    }

    private static String elements(List<IndexElement> elements) {
        return elements.stream()
                .map(element -> element instanceof IndexColumn column ? column.name() : ((SqlExpression) element).sql())
                .collect(Collectors.joining(", ", "[", "]"));
    }
}

package dev.retort.schema;

import java.util.Optional;

/**
 * A table constraint. The name is optional because databases accept unnamed constraints and name them
 * themselves; such a constraint cannot be dropped by name later, so revisions should name theirs.
 */
public sealed interface Constraint extends TableElement
        permits PrimaryKey, UniqueConstraint, ForeignKey, CheckConstraint {

    /** The constraint's name, if it has one. */
    Optional<String> name();

    /** Which of the four kinds this is. */
    ConstraintKind kind();
}

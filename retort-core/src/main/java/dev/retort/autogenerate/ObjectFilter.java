package dev.retort.autogenerate;

import dev.retort.hook.SchemaObject;
import java.util.Objects;

/**
 * Which tables, columns, indexes and constraints autogenerate looks at: the configuration's
 * {@link NameFilter}, the environment hook's {@code includeObject}, or both. An object left out is
 * neither created, altered nor dropped. Objects the models have are asked about as such
 * ({@code reflected} false); objects only the database has, with {@code reflected} true.
 */
@FunctionalInterface
public interface ObjectFilter {

    /** Everything. */
    ObjectFilter ALL = object -> true;

    boolean includes(SchemaObject object);

    /** Includes what both filters include. */
    default ObjectFilter and(ObjectFilter other) {
        Objects.requireNonNull(other, "other");
        return object -> includes(object) && other.includes(object);
    }
}

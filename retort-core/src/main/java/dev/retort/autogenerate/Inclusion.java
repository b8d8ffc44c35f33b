package dev.retort.autogenerate;

import dev.retort.hook.SchemaObject.Kind;
import dev.retort.hook.SchemaObject;
import dev.retort.schema.QualifiedName;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Asks the {@link ObjectFilter} about the objects on both sides of a comparison: an object the models have
 * is asked about as the models' ({@code reflected} false), and the database's object of the same name
 * follows that answer; an object only the database has is asked about as reflected. Unnamed objects
 * always take part, as there is no name to filter on.
 */
final class Inclusion {
    private final ObjectFilter filter;

    Inclusion(ObjectFilter filter) {
        this.filter = filter;
    }

    boolean includes(Kind kind, QualifiedName table, String name, boolean reflected) {
        return filter.includes(new SchemaObject(kind, table, name, reflected));
    }

    /** The objects of the models that take part. */
    <T> List<T> ofModels(Kind kind, QualifiedName table, List<T> objects, Function<T, Optional<String>> name) {
        return objects.stream().filter(object -> name.apply(object)
                .map(value -> includes(kind, table, value, false)).orElse(true)).toList();
    }

    /** The objects of the database that take part; {@code models} are the same kind of objects in the models. */
    <T> List<T> ofDatabase(Kind kind, QualifiedName table, List<T> objects, List<T> models,
            Function<T, Optional<String>> name) {
        Set<String> modelNames = models.stream().map(name).flatMap(Optional::stream).collect(Collectors.toSet());
        return objects.stream().filter(object -> name.apply(object)
                .map(value -> includes(kind, table, value, !modelNames.contains(value))).orElse(true)).toList();
    }
}

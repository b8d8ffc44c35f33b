package dev.retort.autogenerate.render;

import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** The imports rendered code needs beyond the template's own, collected as the code is built. */
final class Imports {
    private final SortedSet<String> names = new TreeSet<>();

    /** Notes that {@code qualifiedName} is used and returns its simple name. */
    String use(String qualifiedName) {
        names.add(qualifiedName);
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }

    /** Notes that the type is used and returns its simple name. */
    String use(Class<?> type) {
        return use(type.getName());
    }

    Set<String> all() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(names));
    }
}

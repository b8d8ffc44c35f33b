package dev.retort.autogenerate;

import java.util.Objects;

/**
 * What autogenerate compares besides tables, columns, keys, constraints, indexes and comments: column
 * types ({@code compare_type}) and server defaults ({@code compare_server_default}), and which objects
 * take part.
 */
public record CompareOptions(boolean compareType, boolean compareServerDefault, ObjectFilter filter) {

    public CompareOptions {
        Objects.requireNonNull(filter, "filter");
    }

    /** Types and server defaults compared, every name included. */
    public static CompareOptions defaults() {
        return new CompareOptions(true, true, NameFilter.ALL);
    }

    public CompareOptions withFilter(ObjectFilter newFilter) {
        return new CompareOptions(compareType, compareServerDefault, newFilter);
    }

    public CompareOptions withCompareType(boolean compare) {
        return new CompareOptions(compare, compareServerDefault, filter);
    }

    public CompareOptions withCompareServerDefault(boolean compare) {
        return new CompareOptions(compareType, compare, filter);
    }
}

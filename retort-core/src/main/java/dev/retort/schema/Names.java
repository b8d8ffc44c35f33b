package dev.retort.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The checks every name and name list in the schema model goes through. Whether a name is a valid
 * identifier for a database is decided when it is quoted for that database; here a name only has to be
 * there: not null, not blank.
 */
public final class Names {

    private Names() {
    }

    /** Returns {@code name}, or throws naming {@code what} when it is null or blank. */
    public static String require(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new SchemaDefinitionException(what, "the name must not be empty");
        }
        return name;
    }

    /** An optional name: empty is allowed, a present but blank name is not. */
    public static Optional<String> requireOptional(Optional<String> name, String what) {
        Objects.requireNonNull(name, what);
        name.ifPresent(value -> require(value, what));
        return name;
    }

    /** A non-empty list of distinct, non-blank names, copied. */
    public static List<String> requireList(List<String> names, String what) {
        if (names == null || names.isEmpty()) {
            throw new SchemaDefinitionException(what, "at least one column is needed");
        }
        Set<String> seen = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (String name : names) {
            require(name, what);
            if (!seen.add(name)) {
                duplicates.add(name);
            }
        }
        if (!duplicates.isEmpty()) {
            throw new SchemaDefinitionException(what, "columns listed twice: " + duplicates);
        }
        return List.copyOf(names);
    }

    /** Text such as a SQL expression or comment that is optional but must not be blank when given. */
    public static Optional<String> requireOptionalText(Optional<String> text, String what) {
        Objects.requireNonNull(text, what);
        text.ifPresent(value -> requireText(value, what));
        return text;
    }

    /** SQL text that must be present and not blank. */
    public static String requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new SchemaDefinitionException(what, "the SQL text must not be empty");
        }
        return text;
    }
}

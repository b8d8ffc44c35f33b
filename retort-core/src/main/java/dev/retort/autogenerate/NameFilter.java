package dev.retort.autogenerate;

import dev.retort.hook.SchemaObject;
import dev.retort.schema.QualifiedName;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which schemas, tables and objects autogenerate looks at. Patterns are globs ({@code *} any run of
 * characters, {@code ?} one); a schema pattern matches a schema's name, and matches the objects of the
 * connection's default schema (named without a schema) by that schema's name, {@code defaultSchema}, when it is
 * known; a table pattern matches the table's name or its {@code schema.name}; an object pattern matches a
 * column, index or constraint name. An empty include list includes everything; an exclude wins over an
 * include. A table left out is neither created nor dropped nor altered.
 */
public record NameFilter(List<String> includeSchemas, List<String> excludeSchemas, List<String> includeTables,
        List<String> excludeTables, List<String> excludeObjects, Optional<String> defaultSchema)
        implements ObjectFilter {

    /** Everything. */
    public static final NameFilter ALL = new NameFilter(List.of(), List.of(), List.of(), List.of(), List.of());

    public NameFilter {
        includeSchemas = List.copyOf(includeSchemas);
        excludeSchemas = List.copyOf(excludeSchemas);
        includeTables = List.copyOf(includeTables);
        excludeTables = List.copyOf(excludeTables);
        excludeObjects = List.copyOf(excludeObjects);
        Objects.requireNonNull(defaultSchema, "defaultSchema");
    }

    /** A filter that does not know the default schema's name: only an empty pattern or {@code *} matches it. */
    public NameFilter(List<String> includeSchemas, List<String> excludeSchemas, List<String> includeTables,
            List<String> excludeTables, List<String> excludeObjects) {
        this(includeSchemas, excludeSchemas, includeTables, excludeTables, excludeObjects, Optional.empty());
    }

    /** This filter, knowing the name of the connection's default schema. */
    public NameFilter withDefaultSchema(Optional<String> name) {
        return new NameFilter(includeSchemas, excludeSchemas, includeTables, excludeTables, excludeObjects, name);
    }

    /** Whether the objects of {@code schema} (empty: the default schema) take part, as far as schemas decide. */
    public boolean includesSchema(Optional<String> schema) {
        List<String> names = schema.isPresent() ? List.of(schema.get())
                : defaultSchema.map(name -> List.of("", name)).orElse(List.of(""));
        boolean included = includeSchemas.isEmpty() || names.stream().anyMatch(name -> matchesAny(includeSchemas, name));
        return included && names.stream().noneMatch(name -> matchesAny(excludeSchemas, name));
    }

    @Override
    public boolean includes(SchemaObject object) {
        return object.kind() == SchemaObject.Kind.TABLE ? includesTable(object.table()) : includesObject(object.name());
    }

    /** Whether the table (and so everything in it) takes part. */
    public boolean includesTable(QualifiedName table) {
        if (!includesSchema(table.schema())) {
            return false;
        }
        boolean included = includeTables.isEmpty() || matchesAny(includeTables, table.name())
                || matchesAny(includeTables, table.toString());
        return included && !matchesAny(excludeTables, table.name()) && !matchesAny(excludeTables, table.toString());
    }

    /** Whether a column, index or constraint of that name takes part. */
    public boolean includesObject(String name) {
        return !matchesAny(excludeObjects, name);
    }

    private static boolean matchesAny(List<String> globs, String name) {
        for (String glob : globs) {
            if (glob(glob).matcher(name).matches()) {
                return true;
            }
        }
        return false;
    }

    private static Pattern glob(String glob) {
        Objects.requireNonNull(glob, "pattern");
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}

package dev.retort.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * An index on a table: its columns or expressions in order, whether it is unique, an optional partial
 * {@code WHERE} condition, and options only one database understands, keyed {@code <dialect>_<option>} as
 * Alembic and SQLAlchemy key them, values as text:
 *
 * <ul>
 *   <li>PostgreSQL: {@code postgresql_using} (an index method: {@code "gin"}) and {@code postgresql_include}
 *       (columns stored in the index: {@code "a, b"}, written {@code INCLUDE (a, b)});
 *   <li>MySQL and MariaDB: {@code mysql_prefix} ({@code "FULLTEXT"} or {@code "SPATIAL"}),
 *       {@code mysql_length} (a prefix length for every column, {@code "10"}, or per column,
 *       {@code "name=10,code=5"}) and {@code mysql_using} ({@code "btree"} or {@code "hash"}); MariaDB also
 *       reads them as {@code mariadb_...}, which wins when both are given.
 * </ul>
 *
 * <p>A database ignores the options of the others, as Alembic does, and refuses an option under its own
 * prefix that it does not know, or a value the option does not take, when the index is compiled. The
 * table is not part of the index: it is the table the index is listed in, or the table of the operation
 * that creates or drops it. {@link #unique(boolean)}, {@link #where(String)} and
 * {@link #dialectOption(String, String)} return copies.
 */
public record Index(
        Optional<String> name,
        List<IndexElement> elements,
        boolean unique,
        Optional<String> where,
        Map<String, String> dialectOptions) implements TableElement {

    private static final Pattern DIALECT_OPTION = Pattern.compile("[a-z][a-z0-9]*_[a-z0-9_]+");

    public Index {
        name = Names.requireOptional(name, "index name");
        String subject = "index " + name.orElse("(unnamed)");
        Objects.requireNonNull(elements, "elements");
        if (elements.isEmpty()) {
            throw new SchemaDefinitionException(subject, "an index needs at least one column or expression");
        }
        elements = List.copyOf(elements);
        List<String> columns = columnNames(elements);
        if (!columns.isEmpty()) {
            Names.requireList(columns, subject);
        }
        where = Names.requireOptionalText(where, "where condition of " + subject);
        dialectOptions = copyOptions(dialectOptions, subject);
    }

    /** An index on columns named in order. */
    public static Index on(Optional<String> name, List<String> columns) {
        List<IndexElement> elements = columns.stream().<IndexElement>map(IndexColumn::new).toList();
        return new Index(name, elements, false, Optional.empty(), Map.of());
    }

    /** The names of the plain columns among the elements, in order. */
    public List<String> columnNames() {
        return columnNames(elements);
    }

    /** This index, unique or not. */
    public Index unique(boolean isUnique) {
        return new Index(name, elements, isUnique, where, dialectOptions);
    }

    /** This index, partial: only rows matching {@code condition} are indexed. */
    public Index where(String condition) {
        return new Index(name, elements, unique, Optional.of(condition), dialectOptions);
    }

    /**
     * This index with one more database-specific option, such as {@code ("postgresql_using", "gin")} or
     * {@code ("mysql_length", "10")}; see the list above.
     */
    public Index dialectOption(String key, String value) {
        Map<String, String> options = new TreeMap<>(dialectOptions);
        options.put(key, value);
        return new Index(name, elements, unique, where, options);
    }

    private static List<String> columnNames(List<IndexElement> elements) {
        List<String> names = new ArrayList<>();
        for (IndexElement element : elements) {
            if (element instanceof IndexColumn column) {
                names.add(column.name());
            }
        }
        return names.isEmpty() ? names : List.copyOf(names);
    }

    private static Map<String, String> copyOptions(Map<String, String> options, String subject) {
        Objects.requireNonNull(options, "dialectOptions");
        Map<String, String> copy = new TreeMap<>();
        options.forEach((key, value) -> {
            if (key == null || !DIALECT_OPTION.matcher(key).matches()) {
                throw new SchemaDefinitionException(subject, "dialect options are named <dialect>_<option>, "
                        + "such as postgresql_using, not '" + key + "'");
            }
            copy.put(key, Names.requireText(value, "option " + key + " of " + subject));
        });
        return Collections.unmodifiableMap(copy);
    }
}

package dev.retort.dialect.ddl;

import dev.retort.schema.Index;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The dialect options of one index as one database reads them, keyed as Alembic and SQLAlchemy key them
 * ({@code mysql_length}, {@code postgresql_include}). A database reads the options under its own prefixes
 * (MariaDB: {@code mysql_} and {@code mariadb_}, the later prefix winning when both give an option);
 * an option under one of them that the database does not know is refused, naming those it knows, while
 * options of other databases are ignored, as Alembic ignores them. Values are checked as they are read, so
 * none reaches the SQL unless it is what the option takes. Get one from {@link DdlCompiler#indexOptions}.
 */
public final class IndexOptions {
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");
    private static final Map<String, String> ADVICE = Map.of(
            "where", "write a partial index's condition with Index.where(...)",
            "concurrently", "create the index with createIndex(table, index, build -> build.concurrently())");

    private final Index index;
    private final DdlCompiler compiler;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> keys = new LinkedHashMap<>();

    /**
     * Reads the options of {@code index} under {@code prefixes} (in order, a later one winning), refusing any
     * that is not among {@code known}.
     */
    IndexOptions(Index index, DdlCompiler compiler, List<String> prefixes, Set<String> known) {
        this.index = index;
        this.compiler = compiler;
        for (String prefix : prefixes) {
            index.dialectOptions().forEach((key, value) -> {
                if (!key.startsWith(prefix + "_")) {
                    return;
                }
                String option = key.substring(prefix.length() + 1);
                if (!known.contains(option)) {
                    throw unknown(key, option, prefixes, known);
                }
                values.put(option, value);
                keys.put(option, key);
            });
        }
    }

    /** The option's value as given, if the index has it. */
    public Optional<String> value(String option) {
        return Optional.ofNullable(values.get(option));
    }

    /** The option's value, one of {@code words} (in any case), in the case {@code words} spell it. */
    public Optional<String> word(String option, List<String> words) {
        return value(option).map(value -> words.stream().filter(word -> word.equalsIgnoreCase(value.strip()))
                .findFirst().orElseThrow(() -> invalid(option, "one of " + String.join(", ", words))));
    }

    /** The option's value as a list of names separated by commas, each as written without the blanks around it. */
    public Optional<List<String>> names(String option) {
        return value(option).map(value -> {
            List<String> names = new ArrayList<>();
            for (String name : value.split(",", -1)) {
                if (name.isBlank()) {
                    throw invalid(option, "a list of column names separated by commas, such as \"a, b\"");
                }
                names.add(name.strip());
            }
            return List.copyOf(names);
        });
    }

    /** {@code text} as a positive whole number, or an error naming the option and what it takes. */
    public int positiveNumber(String option, String text, String expected) {
        String digits = text.strip();
        if (!NUMBER.matcher(digits).matches() || Integer.parseInt(digits) == 0) {
            throw invalid(option, expected);
        }
        return Integer.parseInt(digits);
    }

    private String indexName() {
        return index.name().orElse("(unnamed)");
    }

    /** The key the option was given under, such as {@code mariadb_length}. */
    private String key(String option) {
        return keys.getOrDefault(option, option);
    }

    /** An error saying that the option's value is not what it takes ({@code expected}). */
    public UnsupportedOperationForDialectException invalid(String option, String expected) {
        return refused(option, "which is not " + expected + "; correct the value given to dialectOption(\""
                + key(option) + "\", ...)");
    }

    /** An error naming the index, the option and its value, followed by {@code why} it cannot be written. */
    public UnsupportedOperationForDialectException refused(String option, String why) {
        return new UnsupportedOperationForDialectException(compiler.dialect().name(), "index option " + key(option),
                "Index " + indexName() + " has " + key(option) + " = '" + values.get(option) + "', " + why);
    }

    private UnsupportedOperationForDialectException unknown(String key, String option, List<String> prefixes,
            Set<String> known) {
        String main = prefixes.get(prefixes.size() - 1);
        String knows = known.isEmpty() ? "it has no index options"
                : "it knows " + new TreeSet<>(known).stream().map(name -> main + "_" + name)
                        .collect(Collectors.joining(", "))
                        + prefixes.stream().filter(prefix -> !prefix.equals(main))
                                .map(prefix -> ", or the same with " + prefix + "_").collect(Collectors.joining());
        String advice = ADVICE.getOrDefault(option, "leave the option out");
        return new UnsupportedOperationForDialectException(compiler.dialect().name(), "index option " + key,
                "Index " + indexName() + " has option " + key + ", which the " + compiler.displayName()
                        + " dialect does not know (" + knows + "); " + advice);
    }
}

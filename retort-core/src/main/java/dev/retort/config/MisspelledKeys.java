package dev.retort.config;

import dev.retort.EditDistance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The keys of a section that retort does not read and that are spelled almost like one it does, which the
 * same table does not set (a key of {@code [retort]} does not count for the section chosen with {@code -n}): most likely a typo, which would leave that setting at its default without a word.
 * Other keys are left alone, as the environment hook may read keys of its own ({@code urls} beside {@code url}).
 */
final class MisspelledKeys {
    /** Every key retort reads in a section, {@code jpa} being the table {@code [retort.jpa]}. */
    static final Set<String> KNOWN = Set.of("script_location", "version_locations", "url", "file_template",
            "truncate_slug_length", "timezone", "revision_format", "version_table", "version_table_schema",
            "transaction_per_migration", "post_write_hooks", "lock_timeout", "models", "models_class",
            "models_classpath", "environment_classpath", "jpa", "compare_type", "compare_server_default",
            "include_schemas", "exclude_schemas", "include_tables", "exclude_tables", "exclude_objects");
    /** Every key retort reads in a table of {@code post_write_hooks}. */
    static final Set<String> HOOK_KEYS = Set.of("name", "type", "executable", "entrypoint", "options", "cwd");
    /** Keys this long or shorter are taken for a typo at one edit only. */
    private static final int SHORT_KEY = 4;

    private MisspelledKeys() {
    }

    /** A warning for each key of {@code settings} that looks like a misspelled key retort reads. */
    static List<String> warnings(Settings settings) {
        List<String> warnings = new ArrayList<>();
        Section section = settings.section();
        for (String key : section.keys()) {
            meant(key, settings).ifPresent(known -> warnings.add(section.location(key).where() + ": key '"
                    + key + "' is not one retort reads, so '" + known + "' "
                    + (section.fallsBack(known) ? "is taken from [" + Section.DEFAULT_NAME + "]" : "keeps its default")
                    + "; did you mean '" + known + "'? (A key of the environment hook's own is best named unlike"
                    + " retort's.)"));
        }
        warnings.addAll(hookWarnings(settings));
        return warnings;
    }

    /** The same for the keys of each {@code [[post_write_hooks]]} table, which only retort reads. */
    private static List<String> hookWarnings(Settings settings) {
        List<String> warnings = new ArrayList<>();
        List<Map<?, ?>> tables = hookTables(settings);
        for (int i = 0; i < tables.size(); i++) {
            Map<?, ?> table = tables.get(i);
            for (Object key : table.keySet()) {
                String where = settings.location(PostWriteHookReader.path(i, key.toString())).where();
                String hook = table.get("name") instanceof String name ? "'" + name + "'" : String.valueOf(i + 1);
                closest(key.toString(), HOOK_KEYS, table.keySet()).ifPresent(known -> warnings.add(where + ": key '"
                        + key + "' of post write hook " + hook + " is not one retort reads, so '" + known
                        + "' keeps its default; did you mean '" + known + "'?"));
            }
        }
        return warnings;
    }

    /**
     * Where the {@code index}th post write hook's table sets a key that may be {@code known} misspelled:
     * {@code retort.toml, line 6: 'typ'}.
     */
    static Optional<String> hookMisspelling(Settings settings, int index, Map<?, ?> table, String known) {
        return table.keySet().stream()
                .map(Object::toString)
                .filter(key -> closest(key, HOOK_KEYS, table.keySet()).filter(known::equals).isPresent())
                .findFirst()
                .map(key -> settings.location(PostWriteHookReader.path(index, key)).where() + ": '" + key + "'");
    }

    private static List<Map<?, ?>> hookTables(Settings settings) {
        List<Map<?, ?>> tables = new ArrayList<>();
        if (settings.get(PostWriteHookReader.KEY) instanceof List<?> entries) {
            entries.stream().filter(Map.class::isInstance).forEach(entry -> tables.add((Map<?, ?>) entry));
        }
        return tables;
    }

    /** Where the section sets a key that may be {@code known} misspelled: {@code retort.toml, line 2: 'urll'}. */
    static Optional<String> misspelling(Settings settings, String known) {
        return settings.section().keys().stream()
                .filter(key -> meant(key, settings).filter(known::equals).isPresent())
                .findFirst()
                .map(key -> settings.section().location(key).where() + ": '" + key + "'");
    }

    private static Optional<String> meant(String key, Settings settings) {
        // A key of [retort] does not stand for a misspelled key of the section chosen with -n, which it would replace.
        return closest(key, KNOWN, settings.section().keysBeside(key));
    }

    /** The key of {@code keys}, not among {@code present}, that {@code key} is most likely a typo of. */
    private static Optional<String> closest(String key, Set<String> keys, Set<?> present) {
        if (keys.contains(key)) {
            return Optional.empty();
        }
        int allowed = key.length() <= SHORT_KEY ? 1 : 2;
        return keys.stream()
                .filter(known -> !present.contains(known))
                .filter(known -> EditDistance.between(key.toLowerCase(Locale.ROOT), known) <= allowed)
                .min(Comparator.comparingInt((String known) -> EditDistance.between(key, known))
                        .thenComparing(Comparator.naturalOrder()));
    }
}

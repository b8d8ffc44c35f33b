package dev.retort.config;

import dev.retort.EditDistance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
        return warnings;
    }

    /** Where the section sets a key that may be {@code known} misspelled: {@code retort.toml, line 2: 'urll'}. */
    static Optional<String> misspelling(Settings settings, String known) {
        return settings.section().keys().stream()
                .filter(key -> meant(key, settings).filter(known::equals).isPresent())
                .findFirst()
                .map(key -> settings.section().location(key).where() + ": '" + key + "'");
    }

    private static Optional<String> meant(String key, Settings settings) {
        if (KNOWN.contains(key)) {
            return Optional.empty();
        }
        // A key of [retort] does not stand for a misspelled key of the section chosen with -n, which it would replace.
        Set<String> present = settings.section().keysBeside(key);
        int allowed = key.length() <= SHORT_KEY ? 1 : 2;
        return KNOWN.stream()
                .filter(known -> !present.contains(known))
                .filter(known -> EditDistance.between(key.toLowerCase(Locale.ROOT), known) <= allowed)
                .min(Comparator.comparingInt((String known) -> EditDistance.between(key, known))
                        .thenComparing(Comparator.naturalOrder()));
    }
}

package dev.retort.config;

import dev.retort.script.FileTemplate;
import dev.retort.script.ScriptException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Builds a {@link RetortConfig} from a section's settings: defaults, types, paths and validation. */
final class RetortConfigReader {
    static final String DATABASE_URL = "DATABASE_URL";
    /** Read by the runtime; checked here. */
    private static final String LOCK_TIMEOUT = "lock_timeout";
    private static final Set<String> FILE_TEMPLATE_TOKENS =
            Set.of("rev", "slug", "epoch", "year", "month", "day", "hour", "minute", "second");
    private static final Pattern TOKEN = Pattern.compile("\\{([^{}]*)}");

    private final ConfigFile file;
    private final Settings settings;
    private final ConfigOptions options;
    private final Variables variables;

    RetortConfigReader(ConfigFile file, Settings settings, ConfigOptions options, Variables variables) {
        this.file = file;
        this.settings = settings;
        this.options = options;
        this.variables = variables;
    }

    RetortConfig read() {
        Path scriptLocation = scriptLocation();
        Optional<String> url;
        Optional<ConfigException> urlProblem = Optional.empty();
        try {
            url = url();
        } catch (ConfigException e) {
            if (!e.isUnsetVariable() && !DotEnvFile.isAbout(e)) {
                throw e;
            }
            // Only a command that connects needs the URL (and the .env it may come from); the others run without it.
            url = Optional.empty();
            urlProblem = Optional.of(e);
        }
        lockTimeout();
        autogenerateKeys();
        return new RetortConfig(file.path(), settings.section().name(), scriptLocation,
                versionLocations(scriptLocation), url, fileTemplate(), truncateSlugLength(), timezone(),
                revisionFormat(), name("version_table").orElse(RetortConfig.DEFAULT_VERSION_TABLE),
                name("version_table_schema"), settings.bool("transaction_per_migration").orElse(false),
                new PostWriteHookReader(settings, file.folder()).read(), options.xArguments(), settings.all(),
                options.workingDirectory(), new ModelSourceReader(settings, file.folder()).read(), urlProblem,
                MisspelledKeys.warnings(settings));
    }

    /**
     * {@code lock_timeout}: seconds, zero or more, or a string holding them ({@code "${LOCK_TIMEOUT:-60}"}), checked
     * here so that a bad value is found before a run.
     */
    private void lockTimeout() {
        Object value = settings.get(LOCK_TIMEOUT);
        if (value != null && Seconds.parse(value).isEmpty()) {
            throw settings.location(LOCK_TIMEOUT).error("key '" + LOCK_TIMEOUT + "' must be a number of seconds,"
                    + " zero or more (lock_timeout = 60), not " + (value instanceof Number ? value
                            : value instanceof String text ? "'" + text + "'" : TomlTypes.describe(value)));
        }
    }

    /**
     * The keys of autogenerate ({@code compare_type}, the name filters), checked here, with their line, so that a bad
     * value is found by every command, not first by the one that compares.
     */
    private void autogenerateKeys() {
        settings.bool("compare_type");
        settings.bool("compare_server_default");
        for (String filter : List.of("include_schemas", "exclude_schemas", "include_tables", "exclude_tables",
                "exclude_objects")) {
            settings.strings(filter);
        }
    }

    private Path scriptLocation() {
        String location = settings.string("script_location").orElseThrow(() -> settings.section().header()
                .error("section [" + settings.section().name() + "] has no key 'script_location'; set it to the"
                        + " environment folder, as 'retort init DIR' does" + MisspelledKeys
                                .misspelling(settings, "script_location")
                                .map(where -> " (" + where + " may be it, misspelled)").orElse("")));
        return resolve(nonBlank("script_location", location));
    }

    private List<Path> versionLocations(Path scriptLocation) {
        Optional<List<String>> locations = settings.strings("version_locations");
        if (locations.isEmpty()) {
            return List.of(scriptLocation.resolve("versions"));
        }
        if (locations.get().isEmpty()) {
            throw settings.location("version_locations").error("key 'version_locations' lists no folder;"
                    + " name at least one, or remove the key to use <script_location>/versions");
        }
        return locations.get().stream().map(location -> resolve(nonBlank("version_locations", location)))
                .collect(Collectors.toList());
    }

    /**
     * {@code --url}, else the {@code url} key, else {@code $DATABASE_URL}; an empty key or variable counts as
     * none, an empty {@code --url} is an error.
     */
    private Optional<String> url() {
        if (options.urlOverride().filter(String::isBlank).isPresent()) {
            throw new ConfigException("--url is empty; give a database URL, or leave the option out to use the"
                    + " configured one");
        }
        return options.urlOverride()
                .or(() -> settings.string("url").filter(url -> !url.isBlank()))
                .or(() -> variables.lookup(DATABASE_URL).filter(url -> !url.isBlank()));
    }

    private String fileTemplate() {
        String template = nonBlank("file_template",
                settings.string("file_template").orElse(RetortConfig.DEFAULT_FILE_TEMPLATE));
        String tokens = "the tokens are {rev} {slug} {epoch} {year} {month} {day} {hour} {minute} {second}";
        if (template.contains("%(")) {
            throw settings.location("file_template").error("key 'file_template' is written with Alembic's %(name)s"
                    + " tokens; retort's are in braces, as in \"{rev}_{slug}\"; " + tokens);
        }
        Matcher token = TOKEN.matcher(template);
        Set<String> names = new HashSet<>();
        while (token.find()) {
            // A numeric token may carry a width ({month:02d}), which the template itself checks.
            String name = token.group(1).split(":", 2)[0];
            if (!FILE_TEMPLATE_TOKENS.contains(name)) {
                throw settings.location("file_template").error("key 'file_template' uses unknown token '{"
                        + token.group(1) + "}'; " + tokens);
            }
            names.add(name);
        }
        try {
            new FileTemplate(template);
        } catch (ScriptException e) {
            throw settings.location("file_template").error(e.getMessage());
        }
        if (!names.contains("rev") && !names.contains("slug") && !names.contains("epoch")) {
            throw settings.location("file_template").error("key 'file_template' has neither {rev}, {slug} nor"
                    + " {epoch}, so every revision would get the same file name; " + tokens);
        }
        if (template.endsWith("/")) {
            throw settings.location("file_template").error("key 'file_template' ends with '/', so the file name"
                    + " after it is empty; the part after the last '/' names the file, as in \"{year}/{rev}_{slug}\"");
        }
        return template;
    }

    private int truncateSlugLength() {
        long length = settings.integer("truncate_slug_length").orElse((long) RetortConfig.DEFAULT_TRUNCATE_SLUG_LENGTH);
        if (length < 1 || length > Integer.MAX_VALUE) {
            throw settings.location("truncate_slug_length").error("key 'truncate_slug_length' must be a positive"
                    + " integer, not " + length);
        }
        return (int) length;
    }

    /** A zone name, retried in upper case as Alembic does ({@code utc} works). */
    private Optional<ZoneId> timezone() {
        Optional<String> name = settings.string("timezone");
        // Empty counts as unset, as for the other keys ("${TZ_NAME:-}").
        if (name.isEmpty() || name.get().isBlank()) {
            return Optional.empty();
        }
        for (String candidate : List.of(name.get(), name.get().toUpperCase(Locale.ROOT))) {
            try {
                // The short ids Python's zoneinfo knows too: EST, MST, HST.
                return Optional.of(ZoneId.of(candidate, ZoneId.SHORT_IDS));
            } catch (DateTimeException e) {
                // try the next spelling
            }
        }
        throw settings.location("timezone").error("Can't locate timezone: " + name.get() + " (key 'timezone');"
                + " use a zone name such as 'UTC' or 'Europe/Paris'");
    }

    private String revisionFormat() {
        String format = settings.string("revision_format").orElse(RetortConfig.FORMAT_JAVA);
        // Any case, as --format takes it.
        String name = format.strip().toLowerCase(Locale.ROOT);
        if (!name.equals(RetortConfig.FORMAT_JAVA) && !name.equals(RetortConfig.FORMAT_SQL)) {
            throw settings.location("revision_format").error("key 'revision_format' must be 'java' or 'sql',"
                    + " not '" + format + "'");
        }
        return name;
    }

    /**
     * The name of a table or schema, quoted in statements where it must be; an empty value ({@code "${SCHEMA:-}"}
     * with the variable unset) counts as none.
     */
    private Optional<String> name(String key) {
        Optional<String> name = settings.string(key).filter(value -> !value.isEmpty());
        int maxLength = key.equals("version_table") ? RetortConfig.MAX_VERSION_TABLE_LENGTH
                : RetortConfig.MAX_IDENTIFIER_LENGTH;
        if (name.isPresent() && !RetortConfig.isName(name.get(), maxLength)) {
            String schemaHint = key.equals("version_table") && name.get().contains(".")
                    ? "; a schema goes in 'version_table_schema'" : "";
            throw settings.location(key).error("key '" + key + "' must be a name of at most " + maxLength
                    + " characters (bytes of UTF-8), not blank, without '.' or control characters, not '"
                    + name.get() + "'" + schemaHint);
        }
        return name;
    }

    private String nonBlank(String key, String value) {
        if (value.isBlank()) {
            throw settings.location(key).error("key '" + key + "' is empty");
        }
        return value;
    }

    private Path resolve(String path) {
        return file.folder().resolve(path).normalize();
    }
}

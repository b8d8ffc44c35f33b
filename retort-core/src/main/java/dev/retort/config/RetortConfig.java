package dev.retort.config;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The settings a command runs with, read from one section of {@code retort.toml} by
 * {@link ConfigLoader#load}. Paths are absolute. {@link #url()} is the URL as written; use
 * {@link #databaseUrl()} to connect. {@link #settings()} holds every key of the section after
 * interpolation, as TOML values (String, Long, Double, Boolean, List, Map), for keys that later features
 * read. {@link #models()} says where the target schema of autogenerate comes from, if anywhere.
 * {@link #urlProblem()} is why the configured URL could not be read (a variable it uses is not set), which
 * {@link #databaseUrl()} raises: only commands that connect fail on it. {@link #warnings()} name keys that
 * look like misspelled ones, for the user to see.
 * {@link #toString()} hides the URL's password and the values of settings and {@code -x} arguments.
 */
public record RetortConfig(
        Path file,
        String section,
        Path scriptLocation,
        List<Path> versionLocations,
        Optional<String> url,
        String fileTemplate,
        int truncateSlugLength,
        Optional<ZoneId> timezone,
        String revisionFormat,
        String versionTable,
        Optional<String> versionTableSchema,
        boolean transactionPerMigration,
        List<PostWriteHook> postWriteHooks,
        Map<String, String> xArguments,
        Map<String, Object> settings,
        Path workingDirectory,
        Optional<ModelSource> models,
        Optional<ConfigException> urlProblem,
        List<String> warnings) {

    public static final String DEFAULT_FILE_TEMPLATE = "{rev}_{slug}";
    public static final int DEFAULT_TRUNCATE_SLUG_LENGTH = 40;
    public static final String DEFAULT_VERSION_TABLE = "retort_version";
    public static final String FORMAT_JAVA = "java";
    public static final String FORMAT_SQL = "sql";
    /** Longest identifier every supported database keeps whole (PostgreSQL's limit), in bytes of UTF-8. */
    public static final int MAX_IDENTIFIER_LENGTH = 63;
    /**
     * Longest version table name: the names made from it, {@code <name>_progress} and {@code <name>_pkc}, must
     * fit {@link #MAX_IDENTIFIER_LENGTH} too.
     */
    public static final int MAX_VERSION_TABLE_LENGTH = MAX_IDENTIFIER_LENGTH - "_progress".length();

    /**
     * The table beside the version table where a run on MySQL, MariaDB or H2 records the revision it is in the
     * middle of ({@code dev.retort.runtime.RunProgress}): {@code <version_table>_progress}.
     */
    public static String progressTable(String versionTable) {
        return versionTable + "_progress";
    }

    private static final Pattern NAME = Pattern.compile("[^.\\p{Cntrl}]*[^.\\s\\p{Cntrl}][^.\\p{Cntrl}]*");

    public RetortConfig {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(scriptLocation, "scriptLocation");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fileTemplate, "fileTemplate");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(revisionFormat, "revisionFormat");
        Objects.requireNonNull(versionTableSchema, "versionTableSchema");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(urlProblem, "urlProblem");
        versionLocations = List.copyOf(versionLocations);
        postWriteHooks = List.copyOf(postWriteHooks);
        warnings = List.copyOf(warnings);
        xArguments = Collections.unmodifiableMap(new LinkedHashMap<>(xArguments));
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        require(!versionLocations.isEmpty(), "versionLocations must not be empty");
        require(truncateSlugLength >= 1, "truncateSlugLength must be at least 1");
        require(revisionFormat.equals(FORMAT_JAVA) || revisionFormat.equals(FORMAT_SQL),
                "revisionFormat must be 'java' or 'sql'");
        require(isName(versionTable, MAX_VERSION_TABLE_LENGTH), "versionTable is not a name retort accepts: "
                + versionTable);
        require(versionTableSchema.map(schema -> isName(schema, MAX_IDENTIFIER_LENGTH)).orElse(true),
                "versionTableSchema is not a name retort accepts");
    }

    /** A config whose relative SQLite and H2 files are relative to the process's current directory. */
    public RetortConfig(Path file, String section, Path scriptLocation, List<Path> versionLocations,
            Optional<String> url, String fileTemplate, int truncateSlugLength, Optional<ZoneId> timezone,
            String revisionFormat, String versionTable, Optional<String> versionTableSchema,
            boolean transactionPerMigration, List<PostWriteHook> postWriteHooks, Map<String, String> xArguments,
            Map<String, Object> settings) {
        this(file, section, scriptLocation, versionLocations, url, fileTemplate, truncateSlugLength, timezone,
                revisionFormat, versionTable, versionTableSchema, transactionPerMigration, postWriteHooks,
                xArguments, settings, Path.of("").toAbsolutePath(), Optional.empty(), Optional.empty(), List.of());
    }

    /** The URL parsed for connecting; a URL retort cannot use gives a {@link ConfigException}. */
    public Optional<DatabaseUrl> databaseUrl() {
        if (url.isEmpty() && urlProblem.isPresent()) {
            throw urlProblem.get();
        }
        return url.map(u -> DatabaseUrl.parse(u, workingDirectory));
    }

    /** The URL parsed for connecting; an error saying where to set one when there is none. */
    public DatabaseUrl requireDatabaseUrl() {
        return databaseUrl().orElseThrow(() -> new ConfigException("No database URL configured: set 'url' in section ["
                + section + "] of " + file + ", set DATABASE_URL, or pass --url"));
    }

    /**
     * Whether a version table or schema name is one retort accepts: at most {@code maxLength} bytes of UTF-8,
     * not blank, without '.' or control characters. A name that is not a plain identifier is quoted in
     * statements, as Alembic quotes it.
     */
    public static boolean isName(String name, int maxLength) {
        return name.getBytes(StandardCharsets.UTF_8).length <= maxLength && NAME.matcher(name).matches();
    }

    @Override
    public String toString() {
        return "RetortConfig[file=" + file + ", section=" + section + ", scriptLocation=" + scriptLocation
                + ", versionLocations=" + versionLocations + ", url=" + url.map(this::shownUrl)
                + ", fileTemplate=" + fileTemplate + ", truncateSlugLength=" + truncateSlugLength
                + ", timezone=" + timezone + ", revisionFormat=" + revisionFormat + ", versionTable="
                + versionTable + ", versionTableSchema=" + versionTableSchema + ", transactionPerMigration="
                + transactionPerMigration + ", postWriteHooks=" + postWriteHooks + ", xArguments="
                + xArguments.keySet() + ", settings=" + settings.keySet() + ", workingDirectory="
                + workingDirectory + ", models=" + models + "]";
    }

    private String shownUrl(String written) {
        try {
            return DatabaseUrl.parse(written, workingDirectory).redacted();
        } catch (ConfigException e) {
            return Redaction.redactUrl(written);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}

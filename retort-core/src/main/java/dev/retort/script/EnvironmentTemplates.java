package dev.retort.script;

import dev.retort.FileProblems;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The environment templates behind {@code init} and {@code list-templates}. {@code generic} writes Java
 * revisions by default, {@code sql} SQL ones; both scaffold the same folder:
 *
 * <pre>
 * DIR/README.md               how to use the environment
 * DIR/script.java.mustache    template for new Java revisions
 * DIR/script.sql.mustache     template for new SQL revisions
 * DIR/Environment.java        the environment hook, every example commented out
 * DIR/versions/               the revision files
 * retort.toml                 the configuration, unless one exists
 * </pre>
 */
public final class EnvironmentTemplates {

    private static final String RESOURCES = "templates/";
    private static final List<TemplateInfo> TEMPLATES = List.of(
            new TemplateInfo("generic", "Generic single-database configuration (Java revisions)."),
            new TemplateInfo("sql", "Single-database configuration with SQL revisions by default."));
    private static final List<String> COPIED_FILES =
            List.of("README.md", "script.java.mustache", "script.sql.mustache", "Environment.java");

    private EnvironmentTemplates() {
    }

    /** The templates, in the order {@code list-templates} shows them. */
    public static List<TemplateInfo> list() {
        return TEMPLATES;
    }

    /**
     * Scaffolds an environment from {@code template} in {@code directory}, and writes the configuration
     * at {@code configFile} unless that file exists. Relative paths are resolved against {@code
     * workingDirectory}. Everything is checked before anything is written.
     *
     * @return what was done, in order, with absolute paths
     * @throws ScriptException for an unknown template, a non-empty directory, or a file in the way
     */
    public static List<ScaffoldAction> scaffold(
            String template, Path directory, Path configFile, Path workingDirectory) {
        requireKnown(template);
        Path dir = workingDirectory.resolve(directory).toAbsolutePath().normalize();
        Path config = workingDirectory.resolve(configFile).toAbsolutePath().normalize();
        requireUsable(dir, config);
        List<ScaffoldAction> actions = new ArrayList<>();
        List<Path> createdAbove = new ArrayList<>();
        try {
            createDirectory(dir, actions, createdAbove);
            createDirectory(dir.resolve("versions"), actions, createdAbove);
            for (String file : COPIED_FILES) {
                write(dir.resolve(file), resource(file), actions);
            }
            if (Files.exists(config)) {
                actions.add(new ScaffoldAction(ScaffoldAction.Kind.SKIPPED_EXISTING, config));
            } else {
                createDirectory(config.getParent(), actions, createdAbove);
                write(config, configuration(template, dir, config), actions);
            }
        } catch (IOException e) {
            undo(actions, createdAbove);
            throw new ScriptException("Cannot create the environment in " + dir + ": " + FileProblems.describe(e)
                    + "; nothing was left behind", e);
        }
        return actions;
    }

    /** Deletes what a scaffold that failed half-way created, newest first, so that it can be run again. */
    private static void undo(List<ScaffoldAction> actions, List<Path> createdAbove) {
        List<Path> created = new ArrayList<>(createdAbove);
        actions.stream()
                .filter(action -> action.kind() != ScaffoldAction.Kind.SKIPPED_EXISTING)
                .map(ScaffoldAction::path)
                .forEach(created::add);
        // Deepest first: a folder goes after what it holds.
        created.sort(Comparator.comparingInt(Path::getNameCount).reversed());
        for (Path path : created) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // What cannot be deleted stays; the error above is what the user needs.
            }
        }
    }

    private static void requireKnown(String template) {
        if (TEMPLATES.stream().noneMatch(info -> info.name().equals(template))) {
            throw new ScriptException("No such template '" + template + "'; available: "
                    + TEMPLATES.stream().map(TemplateInfo::name).collect(Collectors.joining(", "))
                    + (template.equals("multidb") ? " (for several databases, give each a section of retort.toml"
                            + " and its own script_location, and choose it with -n NAME)" : ""));
        }
    }

    private static void requireUsable(Path dir, Path config) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ScriptException(dir + " exists and is not a directory");
        }
        if (Files.isDirectory(dir) && !isEmpty(dir)) {
            throw new ScriptException("Directory " + dir + " already exists and is not empty");
        }
        if (Files.isDirectory(config)) {
            throw new ScriptException("Configuration file " + config + " is a directory");
        }
        if (Files.exists(config.getParent()) && !Files.isDirectory(config.getParent())) {
            throw new ScriptException("Cannot write the configuration file " + config + ": "
                    + config.getParent() + " is not a directory");
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new ScriptException("Cannot read directory " + dir + ": " + FileProblems.describe(e), e);
        }
    }

    /**
     * Creates {@code dir} and the folders above it that are missing (reported as one, as Alembic reports them);
     * the folders above are recorded in {@code createdAbove} so that an undo removes them too.
     */
    private static void createDirectory(Path dir, List<ScaffoldAction> actions, List<Path> createdAbove)
            throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        List<Path> missingAbove = new ArrayList<>();
        for (Path above = dir.getParent(); above != null && !Files.exists(above); above = above.getParent()) {
            missingAbove.add(0, above);
        }
        for (Path above : missingAbove) {
            Files.createDirectory(above);
            createdAbove.add(above);
        }
        Files.createDirectory(dir);
        actions.add(new ScaffoldAction(ScaffoldAction.Kind.CREATED_DIRECTORY, dir));
    }

    private static void write(Path file, String content, List<ScaffoldAction> actions) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        actions.add(new ScaffoldAction(ScaffoldAction.Kind.GENERATED_FILE, file));
    }

    private static String configuration(String template, Path dir, Path config) {
        String location = scriptLocation(dir, config.getParent());
        Map<String, Object> variables = Map.of(
                "scriptLocation", tomlString(location),
                "defaultVersions", tomlString(location.equals(".") ? "versions" : location + "/versions"),
                "modelsExample", tomlString(location.equals(".") ? "Models.java" : location + "/Models.java"),
                "sql", template.equals("sql"));
        return SourceTemplates.render(resource("retort.toml.mustache"), "retort.toml.mustache",
                config.getParent(), variables);
    }

    // DIR relative to the configuration's folder, with '/' separators.
    private static String scriptLocation(Path dir, Path configFolder) {
        Path relative;
        try {
            relative = configFolder.relativize(dir);
        } catch (IllegalArgumentException differentRoots) {
            return withSlashes(dir.toString());
        }
        String text = withSlashes(relative.toString());
        return text.isEmpty() ? "." : text;
    }

    /** A path with '/' between its names: Windows' separator becomes one; a backslash in a name elsewhere stays. */
    private static String withSlashes(String path) {
        return File.separatorChar == '\\' ? path.replace('\\', '/') : path;
    }

    /** A TOML string holding {@code value}, with "${" written "$${" so that in a folder's name it is no variable. */
    private static String tomlString(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.replace("${", "$${").toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String resource(String name) {
        try (InputStream in = EnvironmentTemplates.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.retort.script;

import dev.retort.FileProblems;
import dev.retort.revision.Revision;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The revision files of an environment, read from its version locations without compiling anything.
 *
 * <p>Files are taken location by location in the order given; within a location, its files in sorted
 * file-name order, then each subfolder in sorted order, depth first (the order of Alembic's recursive
 * loading). That order is the "map order" that breaks ties when revisions are sorted, so the same files
 * always give the same steps. Only {@code .java} and {@code .sql} files count; hidden files and folders
 * (including editors' {@code .#name} lock files), {@code __pycache__}, {@code package-info.java} and
 * {@code module-info.java} are skipped. A folder reached twice (overlapping locations, links) is read once.
 *
 * <p>Every unreadable file is reported at once in a {@link BrokenRevisionFilesException}; a revision id
 * declared by two files is reported the same way.
 */
public final class ScriptDirectory {
    private static final String WHERE_LOCATIONS_COME_FROM = "version_locations in the configuration (or"
            + " script_location, whose versions folder is the one version location unless version_locations is set)";

    // Python sorts names by code point; String.compareTo compares UTF-16 units.
    private static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    };
    private static final Set<String> SKIPPED_FILES = Set.of("package-info.java", "module-info.java");

    private final List<Path> versionLocations;
    private final List<RevisionScript> scripts;
    private final Map<String, RevisionScript> byId;
    private final Map<String, SqlRevisionBody> sqlBodies;

    private ScriptDirectory(List<Path> versionLocations, Parsed parsed) {
        this.versionLocations = List.copyOf(versionLocations);
        this.scripts = List.copyOf(parsed.scripts());
        this.byId = new HashMap<>();
        scripts.forEach(script -> byId.put(script.id(), script));
        this.sqlBodies = parsed.sqlBodies();
    }

    /**
     * Reads every revision file under {@code versionLocations}.
     *
     * @throws ScriptException when a location does not exist or is not a folder
     * @throws BrokenRevisionFilesException listing every file that cannot be read
     */
    public static ScriptDirectory load(List<Path> versionLocations) {
        if (versionLocations.isEmpty()) {
            throw new ScriptException("No version locations are configured; set version_locations or"
                    + " script_location");
        }
        List<Path> locations = versionLocations.stream()
                .map(location -> location.toAbsolutePath().normalize())
                .collect(Collectors.toList());
        requireFolders(locations);
        List<Path> files = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path location : locations) {
            collect(location, files, seen);
        }
        return new ScriptDirectory(locations, parseAll(files));
    }

    /** All revision files, in map order. */
    public List<RevisionScript> scripts() {
        return scripts;
    }

    /** The revisions the files declare, in map order. */
    public List<Revision> revisions() {
        return scripts.stream().map(RevisionScript::revision).collect(Collectors.toUnmodifiableList());
    }

    /** The file declaring revision {@code id} (a full id). */
    public Optional<RevisionScript> script(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The upgrade and downgrade sections of SQL revision {@code id}, as they were read with its metadata when
     * the directory was loaded, so that a run does not read the file again (a file edited since is read again
     * by loading the directory again, as its metadata is); empty for a Java revision and for a SQL file larger
     * than {@link RevisionFileParser#KEPT_SQL_CHARS}, which is read again when it runs.
     */
    public Optional<SqlRevisionBody> sqlBody(String id) {
        return Optional.ofNullable(sqlBodies.get(id));
    }

    /** The version locations, absolute, in the order they are searched. */
    public List<Path> versionLocations() {
        return versionLocations;
    }

    private static void requireFolders(List<Path> locations) {
        List<String> missing = new ArrayList<>();
        for (Path location : locations) {
            if (!Files.isDirectory(location)) {
                missing.add(Files.exists(location) ? location + " (not a folder)" : location.toString());
            }
        }
        if (missing.size() == 1) {
            throw new ScriptException("Version location " + missing.get(0) + " does not exist; create it,"
                    + " or fix " + WHERE_LOCATIONS_COME_FROM);
        }
        if (!missing.isEmpty()) {
            throw new ScriptException("Version locations " + String.join(", ", missing) + " do not exist;"
                    + " create them, or fix " + WHERE_LOCATIONS_COME_FROM);
        }
    }

    private static void collect(Path folder, List<Path> files, Set<Path> seen) {
        if (!seen.add(realPath(folder))) {
            return;
        }
        Map<String, Path> fileEntries = new LinkedHashMap<>();
        Map<String, Path> folderEntries = new LinkedHashMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".") || name.equals("__pycache__")) {
                    continue;
                }
                if (Files.isDirectory(entry)) {
                    folderEntries.put(name, entry);
                } else if (RevisionFormat.ofFile(entry).isPresent() && !SKIPPED_FILES.contains(name)) {
                    fileEntries.put(name, entry);
                }
            }
        } catch (IOException e) {
            throw new ScriptException("Cannot list version location folder " + folder + ": " + FileProblems.describe(e), e);
        }
        for (String name : sorted(fileEntries.keySet())) {
            files.add(fileEntries.get(name));
        }
        for (String name : sorted(folderEntries.keySet())) {
            collect(folderEntries.get(name), files, seen);
        }
    }

    private static List<String> sorted(Set<String> names) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(CODE_POINT_ORDER);
        return sorted;
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    /** The files' metadata in map order, and the SQL revisions' sections by id. */
    private record Parsed(List<RevisionScript> scripts, Map<String, SqlRevisionBody> sqlBodies) {}

    private static Parsed parseAll(List<Path> files) {
        List<Outcome> outcomes = files.parallelStream().map(Outcome::of).collect(Collectors.toList());
        List<RevisionScript> scripts = new ArrayList<>();
        List<RevisionFileProblem> problems = new ArrayList<>();
        Map<String, RevisionScript> firstById = new HashMap<>();
        Map<String, SqlRevisionBody> sqlBodies = new HashMap<>();
        for (Outcome outcome : outcomes) {
            if (outcome.problem() != null) {
                problems.add(outcome.problem());
                continue;
            }
            RevisionScript script = outcome.loaded().script();
            RevisionScript earlier = firstById.putIfAbsent(script.id(), script);
            if (earlier != null) {
                problems.add(new RevisionFileProblem(script.path(), outcome.loaded().idLine(),
                        "revision id '" + script.id() + "' is already declared by " + earlier.path()));
            }
            scripts.add(script);
            if (outcome.loaded().sqlBody() != null) {
                sqlBodies.put(script.id(), outcome.loaded().sqlBody());
            }
        }
        if (!problems.isEmpty()) {
            throw new BrokenRevisionFilesException(problems);
        }
        return new Parsed(scripts, sqlBodies);
    }

    /** What reading one file gave: its metadata or its problem. */
    private record Outcome(RevisionFileParser.Loaded loaded, RevisionFileProblem problem) {

        static Outcome of(Path file) {
            try {
                return new Outcome(RevisionFileParser.read(file), null);
            } catch (BrokenRevisionFileException e) {
                return new Outcome(null, e.problem());
            }
        }
    }
}

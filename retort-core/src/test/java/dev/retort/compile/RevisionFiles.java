package dev.retort.compile;

import dev.retort.api.Operations;
import dev.retort.revision.Revision;
import dev.retort.script.RevisionFileParser;
import dev.retort.script.RevisionFormat;
import dev.retort.script.RevisionScript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Writes revision sources for tests and records what revisions do. */
final class RevisionFiles {
    private final Path folder;

    RevisionFiles(Path folder) {
        this.folder = folder;
    }

    /**
     * A revision whose upgrade runs {@code op.execute(upgradeSql)} on line 9 and whose downgrade runs
     * {@code op.execute("undo " + upgradeSql)}.
     */
    static String revision(String className, String id, String upgradeSql) {
        return """
                import dev.retort.api.Migration;
                import dev.retort.api.Operations;
                import dev.retort.api.Revision;

                @Revision(id = "%s", revises = {})
                class %s implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        op.execute("%s");
                    }

                    @Override
                    public void downgrade(Operations op) {
                        op.execute("undo %s");
                    }
                }
                """.formatted(id, className, upgradeSql, upgradeSql);
    }

    /** The revision above with {@code line9} in place of its ninth line (the upgrade's statement). */
    static String revisionWithLine9(String className, String id, String line9) {
        List<String> lines = new ArrayList<>(revision(className, id, "x").lines().toList());
        lines.set(8, line9);
        return String.join("\n", lines) + "\n";
    }

    /** Writes {@code <id>_<name>.java} and reads its metadata as retort does. */
    RevisionScript write(String id, String content) {
        return RevisionFileParser.parse(writeFile(id + "_rev.java", content));
    }

    /** Reads a file's metadata as retort does. */
    static RevisionScript parse(Path file) {
        return RevisionFileParser.parse(file);
    }

    /** Writes a file and describes it as revision {@code id}, without reading its metadata. */
    RevisionScript writeUnparsed(String id, String content) {
        Path file = writeFile(id + "_rev.java", content);
        return new RevisionScript(Revision.of(id), "", "", file, RevisionFormat.JAVA);
    }

    Path writeFile(String name, String content) {
        try {
            Files.createDirectories(folder);
            return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Operations that record each call as {@code name(arg, ...)}; a proxy, so that it keeps up with
     * the interface as it grows.
     */
    static Operations recording(List<String> calls) {
        return (Operations) Proxy.newProxyInstance(Operations.class.getClassLoader(), new Class<?>[] {Operations.class},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.invoke(calls, args);
                    }
                    calls.add(method.getName() + "(" + (args == null ? "" : Arrays.stream(args)
                            .map(String::valueOf).collect(Collectors.joining(", "))) + ")");
                    return null;
                });
    }
}

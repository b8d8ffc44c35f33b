package dev.retort.autogenerate.render;

import dev.retort.api.Migration;
import dev.retort.script.NewRevision;
import dev.retort.script.RevisionFormat;
import dev.retort.script.RevisionWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Whole revision files written through the built-in templates, as {@code revision --autogenerate} writes them. */
final class RevisionFiles {
    static final String ID = "1975ea83b712";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    private RevisionFiles() {
    }

    /** The text of a Java revision with the rendered bodies and imports. */
    static String java(RenderedRevision rendered, String message, Path directory) {
        return write(rendered, message, RevisionFormat.JAVA, directory);
    }

    /** The text of a SQL revision with the rendered bodies. */
    static String sql(RenderedRevision rendered, String message, Path directory) {
        return write(rendered, message, RevisionFormat.SQL, directory);
    }

    private static String write(RenderedRevision rendered, String message, RevisionFormat format, Path directory) {
        try {
            Path location = Files.createTempDirectory(directory, "env");
            copyTemplate(location, format == RevisionFormat.JAVA ? "script.java.mustache" : "script.sql.mustache");
            NewRevision revision = new NewRevision(ID, List.of("ae1027a6acf0"), List.of(), List.of(), message, format,
                    rendered.upgradeBody(), rendered.downgradeBody(), List.copyOf(rendered.imports()));
            RevisionWriter writer = new RevisionWriter(location, "{rev}_{slug}", 40, Optional.of(ZoneOffset.UTC), CLOCK);
            return Files.readString(writer.write(revision, location.resolve("versions")), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTemplate(Path location, String name) throws IOException {
        try (InputStream template = Migration.class.getResourceAsStream("/dev/retort/script/templates/" + name)) {
            Files.copy(template, location.resolve(name));
        }
    }
}

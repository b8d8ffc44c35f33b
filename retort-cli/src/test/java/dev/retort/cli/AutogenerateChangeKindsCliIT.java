package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One kind of change at a time through the real commands: from a database at the models, a change to
 * the models, {@code revision --autogenerate}, {@code upgrade head} and a clean {@code check}; then
 * {@code downgrade -1}, and with that revision gone {@code check} reports the change again.
 */
class AutogenerateChangeKindsCliIT {
    private static final String MODELS = """
            import static dev.retort.api.Schema.*;

            import dev.retort.model.MetaData;
            import dev.retort.model.Models;

            class LibraryModels implements Models {
                @Override
                public MetaData metadata() {
                    return MetaData.empty()
                            .table(table("author",
                                    column("id", INTEGER).primaryKey(),
                                    column("name", string(50)).notNull()))
                            .table(table("book",
                                    column("id", INTEGER).primaryKey(),
                                    column("author_id", INTEGER),
                                    column("title", string(100)).notNull(),
                                    column("status", string(10)).serverDefault(literal("new"))/*MORE*/));
                }
            }
            """;

    /** A change to the models: what replaces {@code from} in them, and the line {@code check} reports for it. */
    record Kind(String name, String from, String to, String reported) {
        String models() {
            return MODELS.replace(from, to);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("column added", "/*MORE*/", ",\n column(\"isbn\", string(20))", "added column 'book.isbn'"),
            new Kind("index added", "/*MORE*/", ",\n index(\"ix_book_title\", \"title\")",
                    "added index 'ix_book_title' on 'book' (title)"),
            new Kind("server default changed", "literal(\"new\")", "literal(\"draft\")",
                    "server default on column 'book.status'"),
            new Kind("foreign key added", "/*MORE*/",
                    ",\n foreignKey(\"fk_book_author\", java.util.List.of(\"author_id\"), \"author\","
                            + " java.util.List.of(\"id\"))",
                    "added foreign key 'fk_book_author' (author_id) on table 'book' to 'author' (id)"));

    @TempDir
    Path root;

    static Stream<Arguments> kinds() {
        return Stream.of("sqlite", "postgresql").flatMap(database -> KINDS.stream()
                .map(kind -> Arguments.of(database, kind)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("kinds")
    void changeIsWrittenAppliedCheckedAndUndone(String database, Kind kind) throws Exception {
        ServerDatabase server = database.equals("postgresql") ? ServerDatabase.create(database) : null;
        try {
            root = root.toRealPath();
            RetortProcess retort = environment(server == null ? "sqlite:///library.db" : server.url());
            ok(retort.run("revision", "--autogenerate", "-m", "create library"));
            ok(retort.run("upgrade", "head"));
            assertThat(ok(retort.run("check")).stdout()).isEqualTo("No new upgrade operations detected.\n");

            Files.writeString(models(), kind.models());
            RetortProcess.Run change = ok(retort.run("revision", "--autogenerate", "-m", "change"));
            assertThat(change.stderr()).contains("Detected " + kind.reported());
            ok(retort.run("upgrade", "head"));
            assertThat(ok(retort.run("check")).stdout()).isEqualTo("No new upgrade operations detected.\n");

            ok(retort.run("downgrade", "-1"));
            Files.delete(revisionFile("_change.java"));
            RetortProcess.Run again = retort.run("check");
            assertThat(again.exitCode()).as(again.stderr()).isEqualTo(1);
            assertThat(again.stdout()).isEqualTo("New upgrade operations detected:\n  " + kind.reported() + "\n");
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private RetortProcess environment(String url) throws IOException {
        RetortProcess retort = new RetortProcess(root);
        ok(retort.run("init", "migrations"));
        Files.writeString(root.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\n"
                + "url = \"" + url + "\"\nmodels = \"migrations/Models.java\"\n");
        Files.writeString(models(), MODELS);
        return retort;
    }

    private Path models() {
        return root.resolve("migrations/Models.java");
    }

    private Path revisionFile(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(root.resolve("migrations/versions"))) {
            return files.filter(file -> file.toString().endsWith(suffix)).findFirst().orElseThrow();
        }
    }

    private static RetortProcess.Run ok(RetortProcess.Run run) {
        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isZero();
        return run;
    }
}

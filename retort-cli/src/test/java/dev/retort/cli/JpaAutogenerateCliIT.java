package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Autogenerate from JPA entities as a user runs it: the entities of retort-jpa's shop model (relations, a
 * join table, embeddables, element collections, the three inheritance strategies, enums, sequences and
 * identity keys), compiled into a classes folder the configuration names; a revision generated on an
 * empty database, applied, then {@code check} clean; its downgrade removes every table and sequence again.
 * SQLite has no sequences: there they are the tables Hibernate emulates them with.
 */
class JpaAutogenerateCliIT {
    private static final Path MODELS = Path.of("..", "retort-jpa", "src", "test", "java", "dev", "retort", "jpa");

    @TempDir
    Path root;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgresql", "mariadb", "h2", "sqlite"})
    void entitiesAutogenerateARevisionAfterWhichCheckIsClean(String kind) throws Exception {
        boolean embedded = kind.equals("h2") || kind.equals("sqlite");
        ServerDatabase server = embedded ? null : ServerDatabase.create(kind);
        try {
            root = root.toRealPath();
            compileModel("shop", root.resolve("classes"));
            RetortProcess retort = new RetortProcess(root);
            ok(retort.run("init", "migrations"));
            String url = switch (kind) {
                case "h2" -> "h2:file:" + root.resolve("shop-h2");
                case "sqlite" -> "sqlite:///" + root.resolve("shop.db");
                default -> server.url();
            };
            Files.writeString(root.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\n"
                    + "url = \"" + url + "\"\n\n[retort.jpa]\nclasspath = [\"classes\"]\n"
                    + "packages = [\"dev.retort.jpa.shop\"]\n");

            RetortProcess.Run drift = retort.run("check");
            assertThat(drift.exitCode()).as(drift.stderr()).isEqualTo(1);
            assertThat(drift.stdout()).containsIgnoringCase("added table 'customer'")
                    .contains("added table 'purchase_order'").containsIgnoringCase(kind.equals("sqlite")
                            ? "added table 'document_seq'" : "added sequence 'document_seq'");

            RetortProcess.Run generated = ok(retort.run("revision", "--autogenerate", "-m", "shop"));
            assertThat(generated.stderr()).containsIgnoringCase("Detected added table 'customer'");
            ok(retort.run("upgrade", "head"));
            if (kind.equals("sqlite")) {
                assertThat(sequenceRows(root.resolve("shop.db"))).as("the row Hibernate reads the next id from")
                        .containsExactly(1000L);
            }
            RetortProcess.Run clean = retort.run("check");
            assertThat(clean.exitCode()).as(clean.stdout() + clean.stderr()).isZero();
            assertThat(clean.stdout()).isEqualTo("No new upgrade operations detected.\n");

            ok(retort.run("downgrade", "base"));
            Path revision;
            try (Stream<Path> files = Files.list(root.resolve("migrations/versions"))) {
                revision = files.filter(file -> file.toString().endsWith("_shop.java")).findFirst().orElseThrow();
            }
            Files.delete(revision);
            RetortProcess.Run again = retort.run("check");
            assertThat(again.exitCode()).isEqualTo(1);
            assertThat(again.stdout()).as("every table and sequence is gone again").isEqualTo(drift.stdout());
            if (kind.equals("sqlite")) {
                ok(retort.run("create-tables"));
                assertThat(sequenceRows(root.resolve("shop.db"))).as("create-tables inserts it too").containsExactly(1000L);
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    /** The values of {@code document_seq}, the table SQLite emulates the document ids' sequence with. */
    private static List<Long> sequenceRows(Path database) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT next_val FROM document_seq")) {
            while (result.next()) {
                values.add(result.getLong(1));
            }
        }
        return values;
    }

    /**
     * The clinic model (mapped superclasses, a version column, a map collection, a secondary table, a
     * natural id, a shared embedded key, a table generator, large objects, JSON and many temporal types):
     * autogenerated on an empty database, applied, {@code check} clean, and gone again after the downgrade.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgresql", "mariadb", "h2", "sqlite"})
    void clinicEntitiesAutogenerateARevisionAfterWhichCheckIsClean(String kind) throws Exception {
        boolean embedded = kind.equals("h2") || kind.equals("sqlite");
        ServerDatabase server = embedded ? null : ServerDatabase.create(kind);
        try {
            root = root.toRealPath();
            compileModel("clinic", root.resolve("classes"));
            RetortProcess retort = new RetortProcess(root);
            ok(retort.run("init", "migrations"));
            String url = switch (kind) {
                case "h2" -> "h2:file:" + root.resolve("clinic-h2");
                case "sqlite" -> "sqlite:///" + root.resolve("clinic.db");
                default -> server.url();
            };
            Files.writeString(root.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\n"
                    + "url = \"" + url + "\"\n\n[retort.jpa]\nclasspath = [\"classes\"]\n"
                    + "packages = [\"dev.retort.jpa.clinic\"]\n");

            RetortProcess.Run drift = retort.run("check");
            assertThat(drift.exitCode()).as(drift.stderr()).isEqualTo(1);
            assertThat(drift.stdout()).containsIgnoringCase("added table 'owners'")
                    .containsIgnoringCase("added table 'vet_details'").containsIgnoringCase("added table 'id_blocks'");

            ok(retort.run("revision", "--autogenerate", "-m", "clinic"));
            ok(retort.run("upgrade", "head"));
            RetortProcess.Run clean = retort.run("check");
            assertThat(clean.exitCode()).as(clean.stdout() + clean.stderr()).isZero();
            assertThat(clean.stdout()).isEqualTo("No new upgrade operations detected.\n");

            ok(retort.run("downgrade", "base"));
            try (Stream<Path> files = Files.list(root.resolve("migrations/versions"))) {
                Files.delete(files.filter(file -> file.toString().endsWith("_clinic.java")).findFirst().orElseThrow());
            }
            RetortProcess.Run again = retort.run("check");
            assertThat(again.stdout()).as("every table is gone again").isEqualTo(drift.stdout());
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    /** Compiles the entities of one of retort-jpa's test models into {@code classes}. */
    private static void compileModel(String model, Path classes) throws IOException {
        Files.createDirectories(classes);
        List<String> arguments = new ArrayList<>(List.of("-proc:none", "-d", classes.toString(), "-cp",
                System.getProperty("java.class.path")));
        try (Stream<Path> sources = Files.list(MODELS.resolve(model))) {
            sources.filter(file -> file.toString().endsWith(".java")).map(Path::toString).forEach(arguments::add);
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler.run(null, null, null, arguments.toArray(String[]::new))).as("javac exit status").isZero();
    }

    private static RetortProcess.Run ok(RetortProcess.Run run) {
        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isZero();
        return run;
    }
}

package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code revision --autogenerate}, {@code check} and {@code create-tables} as a user runs them: models in
 * a Java file of the environment, an empty database, a revision written from the differences, compiled
 * and run by {@code upgrade}, then {@code check} clean; a change to the models, the next revision, its
 * downgrade.
 */
class AutogenerateCliIT {
    private static final String MODELS_BEFORE = """
            import static dev.retort.api.Schema.*;

            import dev.retort.model.MetaData;
            import dev.retort.model.Models;
            import dev.retort.model.NamingConvention;

            class ShopModels implements Models {
                @Override
                public MetaData metadata() {
                    return MetaData.empty()
                            .namingConvention(NamingConvention.RECOMMENDED)
                            .table(table("customer",
                                    column("id", INTEGER).primaryKey(),
                                    column("name", string(50)).notNull(),
                                    column("status", string(10)).serverDefault(literal("new"))))
                            .table(table("purchase",
                                    column("id", INTEGER).primaryKey(),
                                    column("customer_id", INTEGER).notNull(),
                                    foreignKey("fk_purchase_customer", java.util.List.of("customer_id"), "customer",
                                            java.util.List.of("id")),
                                    index("ix_purchase_customer", "customer_id")));
                }
            }
            """;

    private static final String MODELS_AFTER = MODELS_BEFORE
            .replace("column(\"name\", string(50)).notNull(),",
                    "column(\"name\", string(80)).notNull(),\n                                    "
                            + "column(\"email\", string(100)),")
            .replace(".table(table(\"purchase\",", ".table(table(\"note\", column(\"id\", INTEGER).primaryKey(),"
                    + " column(\"body\", TEXT)))\n                            .table(table(\"purchase\",");

    @TempDir
    Path root;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb", "h2"})
    void revisionsWrittenFromTheModelsBringTheDatabaseToThemAndBack(String kind) throws Exception {
        ServerDatabase server = kind.equals("postgresql") || kind.equals("mariadb") ? ServerDatabase.create(kind) : null;
        try {
            root = root.toRealPath();
            String url = switch (kind) {
                case "sqlite" -> "sqlite:///shop.db";
                case "h2" -> "h2:file:" + root.resolve("shop-h2");
                default -> server.url();
            };
            RetortProcess retort = environment(url);
            RetortProcess.Run drift = retort.run("check");
            assertThat(drift.exitCode()).as(drift.stderr()).isEqualTo(1);
            assertThat(drift.stdout()).startsWith("New upgrade operations detected:\n")
                    .contains("  added table 'customer'\n", "  added table 'purchase'\n");

            RetortProcess.Run first = ok(retort.run("revision", "--autogenerate", "-m", "create shop"));
            assertThat(first.stderr()).contains("Detected added table 'customer'\n", "Detected added table 'purchase'\n");
            assertThat(first.stdout()).startsWith("Generating ").endsWith("create_shop.java ...  done\n");
            ok(retort.run("upgrade", "head"));
            assertThat(ok(retort.run("check")).stdout()).isEqualTo("No new upgrade operations detected.\n");

            Files.writeString(root.resolve("migrations/Models.java"), MODELS_AFTER);
            RetortProcess.Run sql = ok(retort.run("revision", "--autogenerate", "--sql", "-m", "preview"));
            assertThat(sql.stdout()).containsIgnoringCase("CREATE TABLE note").containsIgnoringCase("email");
            assertThat(revisionFiles()).hasSize(1);

            RetortProcess.Run second = ok(retort.run("revision", "--autogenerate", "-m", "more"));
            assertThat(second.stderr()).contains("Detected added table 'note'\n", "Detected added column 'customer.email'\n",
                    "Detected type change from ");
            ok(retort.run("upgrade", "head"));
            assertThat(ok(retort.run("check")).stdout()).isEqualTo("No new upgrade operations detected.\n");

            ok(retort.run("downgrade", "-1"));
            RetortProcess.Run behind = retort.run("check");
            assertThat(behind.stderr()).startsWith("FAILED: Target database is not up to date");
            Path secondFile = revisionFiles().stream().filter(file -> file.toString().endsWith("_more.java")).findFirst()
                    .orElseThrow();
            Files.delete(secondFile);
            RetortProcess.Run back = retort.run("check");
            assertThat(back.exitCode()).as(back.stderr()).isEqualTo(1);
            assertThat(back.stdout()).contains("added table 'note'", "added column 'customer.email'");
            Files.writeString(root.resolve("migrations/Models.java"), MODELS_BEFORE);
            assertThat(ok(retort.run("check")).stdout()).isEqualTo("No new upgrade operations detected.\n");
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    /** A SQL revision's downgrade that SQLite cannot have written for it is said on stderr, not only in the file. */
    @Test
    void whatTheDowngradeCannotDoIsListedOnStderr() throws Exception {
        root = root.toRealPath();
        RetortProcess retort = environment("sqlite:///shop.db");
        ok(retort.run("revision", "--autogenerate", "-m", "create shop"));
        ok(retort.run("upgrade", "head"));
        Files.writeString(root.resolve("migrations/Models.java"), MODELS_AFTER);

        RetortProcess.Run more = ok(retort.run("revision", "--autogenerate", "--format", "sql", "-m", "more"));

        assertThat(more.stderr()).contains("Review (downgrade): this BatchAlterTable cannot be written as SQL for"
                + " sqlite");
        try (Stream<Path> files = Files.list(root.resolve("migrations/versions"))) {
            Path written = files.filter(file -> file.toString().endsWith("_more.sql")).findFirst().orElseThrow();
            assertThat(Files.readString(written)).contains("-- REVIEW: this BatchAlterTable cannot be written as SQL");
        }
    }

    /** The failure names the table and the statement, and says what is left where schema changes commit. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgresql", "mariadb"})
    void createTablesSaysWhichTableFailedAndWhatWasLeft(String kind) throws Exception {
        try (ServerDatabase server = ServerDatabase.create(kind)) {
            RetortProcess retort = environment(server.url());
            Files.writeString(root.resolve("migrations/Models.java"), MODELS_BEFORE.replace(
                    "index(\"ix_purchase_customer\", \"customer_id\")",
                    "index(\"ix_purchase_customer\", \"customer_id\"), check(\"ck_total\", \"total > 0\")"));

            RetortProcess.Run failed = retort.run("create-tables");

            assertThat(failed.exitCode()).isEqualTo(1);
            assertThat(failed.stderr()).startsWith("FAILED: create-tables failed creating table purchase: ")
                    .contains("\n  CREATE TABLE purchase (\n")
                    .endsWith(kind.equals("postgresql") ? "\nNothing was created.\n"
                            : "\nThe tables created before it stay (this database commits each CREATE TABLE):"
                                    + " customer; drop them and run create-tables again once the models are fixed (it"
                                    + " creates only the tables the database lacks, whole).\n");
            assertThat(server.query("SELECT count(*) FROM information_schema.tables WHERE table_name = 'customer'"
                    + " AND table_schema = " + (kind.equals("postgresql") ? "current_schema()" : "DATABASE()")))
                    .containsExactly(kind.equals("postgresql") ? "0" : "1");
        }
    }

    /** What the database cannot do at all (an expression index on MariaDB) is refused before any table is made. */
    @Test
    void createTablesRefusesWhatTheDatabaseCannotDoBeforeCreatingAnything() throws Exception {
        try (ServerDatabase server = ServerDatabase.create("mariadb")) {
            RetortProcess retort = environment(server.url());
            Files.writeString(root.resolve("migrations/Models.java"), MODELS_BEFORE.replace(
                    "index(\"ix_purchase_customer\", \"customer_id\")",
                    "index(\"ix_purchase_lower\", sql(\"customer_id + 1\"))"));

            RetortProcess.Run failed = retort.run("create-tables");

            assertThat(failed.exitCode()).as(failed.stderr()).isEqualTo(1);
            assertThat(server.query("SELECT count(*) FROM information_schema.tables WHERE table_schema = DATABASE()"))
                    .containsExactly("0");
        }
    }

    /** SQLite has no sequences: one in the models is said to be left out, and is no difference for check. */
    @Test
    void aSequenceTheDatabaseCannotHoldIsLeftOutAndCheckPasses() throws Exception {
        RetortProcess retort = environment("sqlite:///shop.db");
        Files.writeString(root.resolve("migrations/Models.java"), MODELS_BEFORE.replace("return MetaData.empty()",
                "return MetaData.empty().sequence(sequence(\"invoice_number\").start(1000))"));
        String leftOut = "Left out: sequence invoice_number is in the models, but sqlite has no sequences";

        assertThat(ok(retort.run("revision", "--autogenerate", "-m", "create shop")).stderr()).contains(leftOut);
        ok(retort.run("upgrade", "head"));
        RetortProcess.Run check = ok(retort.run("check"));

        assertThat(check.stdout()).isEqualTo("No new upgrade operations detected.\n");
        assertThat(check.stderr()).startsWith(leftOut);
    }

    @Test
    void refusesWhenTheDatabaseIsBehindTheHeadsAndCreateTablesMakesWhatIsMissing() throws Exception {
        root = root.toRealPath();
        RetortProcess retort = environment("sqlite:///shop.db");
        ok(retort.run("revision", "--autogenerate", "-m", "create shop"));
        RetortProcess.Run behind = retort.run("revision", "--autogenerate", "-m", "again");
        assertThat(behind.exitCode()).isEqualTo(1);
        assertThat(behind.stderr()).startsWith("FAILED: Target database is not up to date");

        RetortProcess.Run created = ok(retort.run("create-tables"));
        assertThat(created.stdout()).isEqualTo("Created table customer\nCreated table purchase\n");
        assertThat(ok(retort.run("create-tables")).stdout())
                .isEqualTo("No tables to create: the database has every table of the models.\n");
    }

    private RetortProcess environment(String url) throws IOException {
        RetortProcess retort = new RetortProcess(root);
        ok(retort.run("init", "migrations"));
        Files.writeString(root.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\n"
                + "url = \"" + url + "\"\nmodels = \"migrations/Models.java\"\n");
        Files.writeString(root.resolve("migrations/Models.java"), MODELS_BEFORE);
        return retort;
    }

    private List<Path> revisionFiles() throws IOException {
        try (Stream<Path> files = Files.list(root.resolve("migrations/versions"))) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        }
    }

    private static RetortProcess.Run ok(RetortProcess.Run run) {
        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isZero();
        return run;
    }
}

package dev.retort.command;

import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.foreignKey;
import static dev.retort.api.Schema.primaryKey;
import static dev.retort.api.Schema.qualified;
import static dev.retort.api.Schema.sequence;
import static dev.retort.api.Schema.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.compile.RevisionCompiler;
import dev.retort.config.ConfigLoader;
import dev.retort.config.ConfigOptions;
import dev.retort.environment.LoadedEnvironment;
import dev.retort.hook.EnvironmentHook;
import dev.retort.hook.HookContext;
import dev.retort.model.InvalidModelException;
import dev.retort.model.MetaData;
import dev.retort.reflect.LiveDatabase;
import dev.retort.runtime.MigrationListener;
import dev.retort.schema.Column;
import dev.retort.schema.QualifiedName;
import dev.retort.script.EnvironmentTemplates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Autogenerate over schemas: the default schema spelled out by the models or by {@code version_table_schema},
 * the version table found through the search path, schema filters naming the default schema, and schemas the
 * models no longer name.
 */
class AutogenerateSchemasTest {
    @TempDir
    Path dir;

    /** A key the table below was created with: no autoincrement. */
    private static Column key() {
        return column("id", INTEGER).primaryKey().autoincrement(false);
    }

    private static QualifiedName inDefaultSchema(LiveDatabase database, String table) {
        return switch (database.dialect().name()) {
            case "postgresql" -> qualified("public", table);
            case "h2" -> qualified("PUBLIC", table);
            default -> qualified(database.serverName(), table);
        };
    }

    private static String url(LiveDatabase database, String options) {
        return switch (database.dialect().name()) {
            case "postgresql" -> "postgresql://postgres@127.0.0.1:5432/" + database.serverName() + options;
            case "mariadb" -> "mariadb://root@127.0.0.1:3306/" + database.serverName() + options;
            default -> "h2:file:" + dir(database) + ";USER=root" + options;
        };
    }

    private static String dir(LiveDatabase database) {
        try {
            return database.connection().getMetaData().getURL().replaceFirst("^jdbc:h2:file:", "");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> differences(LiveDatabase database, String urlOptions, String settings, MetaData models)
            throws Exception {
        return command(database, urlOptions, settings, models).check().differences();
    }

    private AutogenerateCommand command(LiveDatabase database, String urlOptions, String settings, MetaData models)
            throws Exception {
        Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(dir.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\n"
                + "url = \"" + url(database, urlOptions) + "\"\n" + settings);
        ScriptCatalog catalog = ScriptCatalog.load(ConfigLoader.load(ConfigOptions.defaults(dir, Map.of())));
        EnvironmentHook hook = new EnvironmentHook() {
            @Override
            public Optional<MetaData> models(HookContext context) {
                return Optional.of(models);
            }
        };
        return new AutogenerateCommand(catalog, LoadedEnvironment.of(catalog.config(), hook),
                dialect -> Optional.empty());
    }

    /** H2 stores the quoted ORDERS as the bare orders: create-tables finds the table the models name so. */
    @Test
    void createTablesOnH2FindsATableTheModelsNameInUpperCase() throws Exception {
        try (LiveDatabase database = LiveDatabase.h2(dir)) {
            database.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY)");
            MetaData models = MetaData.empty().table(table("ORDERS", key()), table("other", key()));

            assertThat(command(database, "", "", models).createTables()).containsExactly(QualifiedName.of("other"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb", "h2"})
    void aVersionTableInTheDefaultSchemaSpelledOutIsNotProposedForRemoval(String kind) throws Exception {
        try (LiveDatabase database = LiveDatabase.of(kind, dir)) {
            QualifiedName versionTable = inDefaultSchema(database, "retort_version");
            database.execute("CREATE TABLE account (id INTEGER PRIMARY KEY)",
                    "CREATE TABLE " + database.dialect().quote(versionTable.schema().orElseThrow()) + ".retort_version"
                            + " (version_num VARCHAR(32) NOT NULL PRIMARY KEY)");
            MetaData models = MetaData.empty().table(table("account", key()));

            assertThat(differences(database, "", "version_table_schema = \"" + versionTable.schema().orElseThrow()
                    + "\"\n", models)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb", "h2"})
    void aTableTheModelsNameInTheDefaultSchemaSpelledOutIsTheOneReflectionReadsThere(String kind) throws Exception {
        try (LiveDatabase database = LiveDatabase.of(kind, dir)) {
            database.execute("CREATE TABLE account (id INTEGER PRIMARY KEY)",
                    "CREATE TABLE ledger (id INTEGER PRIMARY KEY, account_id INTEGER REFERENCES account (id))");
            MetaData models = MetaData.empty().table(
                    table(inDefaultSchema(database, "account"), key()),
                    table("ledger", key(),
                            column("account_id", INTEGER).references(inDefaultSchema(database, "account") + ".id")));

            assertThat(differences(database, "", "", models)).isEmpty();
        }
    }

    /**
     * A key from a table of another schema to one of the default schema: MariaDB and H2 look for an unqualified
     * referred table in the referring table's schema, so the revision names the default schema; the models may
     * name the referred table with the default schema spelled out or without a schema.
     */
    @ParameterizedTest
    @CsvSource({"postgresql, false", "postgresql, true", "mariadb, false", "mariadb, true", "h2, false", "h2, true"})
    void aKeyFromAnotherSchemaToTheDefaultSchemaIsCreatedAndComparesClean(String kind, boolean spelledOut)
            throws Exception {
        try (LiveDatabase database = LiveDatabase.of(kind, dir)) {
            String billing = kind.equals("mariadb") ? database.serverName() + "_billing" : "billing";
            database.execute("CREATE SCHEMA " + billing);
            try {
                QualifiedName parent = spelledOut ? inDefaultSchema(database, "parent") : QualifiedName.of("parent");
                MetaData models = MetaData.empty().table(
                        table("parent", column("a", INTEGER).notNull(), column("b", INTEGER).notNull(),
                                primaryKey("pk_parent", "a", "b")),
                        table(qualified(billing, "invoice"), key(), column("parent_a", INTEGER),
                                column("parent_b", INTEGER), foreignKey("fk_invoice_parent",
                                        List.of("parent_a", "parent_b"), parent, List.of("a", "b"))));
                EnvironmentTemplates.scaffold("generic", dir.resolve("migrations"), dir.resolve("scaffolded.toml"),
                        dir);

                command(database, "", "", models).revision(RevisionRequest.onHead("billing"), false,
                        Clock.systemUTC());
                Path cache = dir.resolve("migrations").resolve(RevisionCompiler.CACHE_FOLDER);
                new MigrationCommands(ScriptCatalog.load(ConfigLoader.load(ConfigOptions.defaults(dir, Map.of()))),
                        scripts -> new RevisionCompiler(cache).loadWithoutCompilingPlain(scripts),
                        MigrationListener.SILENT).upgrade("head", Optional.empty());

                assertThat(differences(database, "", "", models)).isEmpty();
            } finally {
                if (kind.equals("mariadb")) {
                    database.execute("DROP DATABASE " + billing);
                }
            }
        }
    }

    /** The models may also declare the referred table in the default schema spelled out and refer to it without. */
    @ParameterizedTest
    @CsvSource({"mariadb, false", "mariadb, true", "h2, false", "h2, true"})
    void createTablesNamesTheDefaultSchemaInAKeyFromAnotherSchema(String kind, boolean declaredSpelledOut)
            throws Exception {
        try (LiveDatabase database = LiveDatabase.of(kind, dir)) {
            String billing = kind.equals("mariadb") ? database.serverName() + "_billing" : "billing";
            database.execute("CREATE SCHEMA " + billing);
            try {
                QualifiedName parent = declaredSpelledOut ? inDefaultSchema(database, "parent")
                        : QualifiedName.of("parent");
                MetaData models = MetaData.empty().table(table(parent, key()),
                        table(qualified(billing, "invoice"), key(), column("parent_id", INTEGER).references("parent.id")));

                assertThat(command(database, "", "", models).createTables())
                        .containsExactly(QualifiedName.of("parent"), qualified(billing, "invoice"));
                assertThat(differences(database, "", "", models)).isEmpty();
            } finally {
                if (kind.equals("mariadb")) {
                    database.execute("DROP DATABASE " + billing);
                }
            }
        }
    }

    /** Only the database says which schema is the default: a key to another schema's table the models lack is refused. */
    @Test
    void aKeyToATableOfASchemaThatIsNotTheDefaultOneIsRefusedWhenTheModelsDeclareItWithout() throws Exception {
        try (LiveDatabase database = LiveDatabase.postgres()) {
            database.execute("CREATE SCHEMA billing");
            MetaData models = MetaData.empty().table(table("parent", key()),
                    table(qualified("billing", "invoice"), key(),
                            column("parent_id", INTEGER).references("elsewhere.parent.id")));

            assertThatThrownBy(() -> differences(database, "", "", models))
                    .isInstanceOf(InvalidModelException.class)
                    .hasMessageContaining("table billing.invoice: foreign key on [parent_id] refers to table"
                            + " elsewhere.parent, which the models do not declare");
        }
    }

    @Test
    void h2TakesTheDefaultSchemaInItsBareSpellingToo() throws Exception {
        try (LiveDatabase database = LiveDatabase.h2(dir)) {
            database.execute("CREATE TABLE account (id INTEGER PRIMARY KEY)");
            MetaData models = MetaData.empty().table(table(qualified("public", "account"),
                    key()));

            assertThat(differences(database, "", "", models)).isEmpty();
        }
    }

    @Test
    void aVersionTableFoundThroughTheSearchPathIsNotProposedForRemoval() throws Exception {
        try (LiveDatabase database = LiveDatabase.postgres()) {
            database.execute("CREATE SCHEMA app", "CREATE TABLE app.account (id INTEGER PRIMARY KEY)",
                    "CREATE TABLE public.shared (id INTEGER PRIMARY KEY)",
                    "CREATE TABLE public.retort_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)");
            MetaData models = MetaData.empty().table(table("account", key()),
                    table(qualified("public", "shared"), key()));

            assertThat(differences(database, "?currentSchema=app,public", "", models)).isEmpty();
        }
    }

    @Test
    void includeSchemasReadsTheSchemasTheModelsNoLongerName() throws Exception {
        try (LiveDatabase database = LiveDatabase.postgres()) {
            database.execute("CREATE TABLE account (id INTEGER PRIMARY KEY)", "CREATE SCHEMA \"Rep Orts\"",
                    "CREATE TABLE \"Rep Orts\".purchase (id INTEGER PRIMARY KEY)", "CREATE SCHEMA other",
                    "CREATE TABLE other.kept (id INTEGER PRIMARY KEY)");
            MetaData models = MetaData.empty().table(table("account", key()));

            assertThat(differences(database, "", "", models)).as("other schemas are not read").isEmpty();
            assertThat(differences(database, "", "include_schemas = [\"Rep*\", \"public\"]\n", models))
                    .containsExactly("removed table 'Rep Orts.purchase'");
            assertThat(differences(database, "", "include_schemas = [\"*\"]\n", models))
                    .containsExactlyInAnyOrder("removed table 'Rep Orts.purchase'", "removed table 'other.kept'");
        }
    }

    @Test
    void aSequenceOfASchemaNoTableNamesIsReadFromThere() throws Exception {
        try (LiveDatabase database = LiveDatabase.postgres()) {
            database.execute("CREATE SCHEMA seqs", "CREATE SEQUENCE seqs.counter",
                    "CREATE TABLE account (id INTEGER PRIMARY KEY)");
            MetaData models = MetaData.empty().table(table("account", key()))
                    .sequence(sequence(qualified("seqs", "counter")));

            assertThat(differences(database, "", "", models)).isEmpty();
        }
    }

    @Test
    void schemaFiltersNameTheDefaultSchemaByItsName() throws Exception {
        try (LiveDatabase database = LiveDatabase.postgres()) {
            database.execute("CREATE SCHEMA app", "CREATE TABLE app.kept (id INTEGER PRIMARY KEY)",
                    "CREATE SEQUENCE counter");
            MetaData models = MetaData.empty().table(table("account", key()),
                    table(qualified("app", "kept"), key()));

            assertThat(differences(database, "", "include_schemas = [\"public\", \"app\"]\n", models))
                    .containsExactlyInAnyOrder("added table 'account'", "removed sequence 'counter'");
            assertThat(differences(database, "", "exclude_schemas = [\"public\"]\n", models)).isEmpty();
            assertThat(differences(database, "?currentSchema=app", "exclude_schemas = [\"app\"]\n",
                    MetaData.empty())).isEmpty();
        }
    }
}

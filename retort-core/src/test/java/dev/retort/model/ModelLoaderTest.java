package dev.retort.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.config.ConfigLoader;
import dev.retort.config.ConfigOptions;
import dev.retort.config.ModelSource;
import dev.retort.schema.DatabaseSchema;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelLoaderTest {
    @TempDir
    Path dir;

    @Test
    void loadsASourceFileCompiledLikeARevisionAndCachesItsClasses() throws IOException {
        Path file = ModelSources.write(dir.resolve("migrations/Models.java"), ModelSources.shopModels("", "ShopModels"));
        Path cache = dir.resolve("migrations/.retort-cache");

        MetaData first = ModelLoader.load(new ModelSource.SourceFile(file, List.of()), cache);
        MetaData second = ModelLoader.load(new ModelSource.SourceFile(file, List.of()), cache);

        assertShop(first.toSchema());
        assertThat(second).isEqualTo(first);
        try (Stream<Path> entries = Files.list(cache)) {
            assertThat(entries.map(entry -> entry.getFileName().toString())).singleElement()
                    .satisfies(name -> assertThat(name).matches("[0-9a-f]{64}\\.jar"));
        }
    }

    @Test
    void theExampleOfTheDocumentationLoadsWithTheNamesItPromises() throws IOException {
        Path file = ModelSources.write(dir.resolve("Models.java"), ModelSources.DOCUMENTED_EXAMPLE);

        DatabaseSchema schema = ModelLoader.load(new ModelSource.SourceFile(file, List.of()), dir.resolve("cache"))
                .toSchema();

        Table customer = schema.table(QualifiedName.of("customer")).orElseThrow();
        Table purchase = schema.table(QualifiedName.of("purchase")).orElseThrow();
        assertThat(customer.constraints()).extracting(constraint -> constraint.name().orElseThrow())
                .containsExactly("uq_customer_email");
        assertThat(purchase.constraints()).extracting(constraint -> constraint.name().orElseThrow())
                .containsExactly("fk_purchase_customer_id_customer", "ck_purchase_positive_id");
        assertThat(purchase.indexes()).extracting(index -> index.name().orElseThrow())
                .containsExactly("ix_purchase_placed");
        assertThat(schema.enumTypes()).extracting(type -> type.name().name()).containsExactly("tier");
        assertThat(schema.sequences()).extracting(sequence -> sequence.name().name()).containsExactly("invoice_number");
    }

    @Test
    void loadsTheModelsTheConfigNamesIntoTheRevisionCache() throws IOException {
        ModelSources.write(dir.resolve("migrations/Models.java"), ModelSources.shopModels("", "ShopModels"));
        Files.writeString(dir.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\n"
                + "models = \"migrations/Models.java\"\n");

        MetaData models = ModelLoader.load(ConfigLoader.load(ConfigOptions.defaults(dir, Map.of()))).orElseThrow();

        assertShop(models.toSchema());
        assertThat(dir.resolve("migrations/.retort-cache")).isDirectory();
    }

    @Test
    void aConfigWithoutModelsLoadsNone() throws IOException {
        Files.writeString(dir.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\n");

        assertThat(ModelLoader.load(ConfigLoader.load(ConfigOptions.defaults(dir, Map.of())))).isEmpty();
    }

    @Test
    void loadsACompiledClassFromAClassFolder() throws IOException {
        Path source = ModelSources.write(dir.resolve("src/com/example/ShopModels.java"),
                ModelSources.shopModels("package com.example;\n", "ShopModels"));
        Path classes = ModelSources.compile(dir.resolve("target/classes"), source);

        MetaData models = ModelLoader.load(new ModelSource.CompiledClass("com.example.ShopModels", List.of(classes)),
                dir.resolve("cache"));

        assertShop(models.toSchema());
        assertThat(dir.resolve("cache")).doesNotExist();
    }

    @Test
    void loadsACompiledClassFromAJar() throws IOException {
        Path source = ModelSources.write(dir.resolve("src/com/example/JarModels.java"),
                ModelSources.shopModels("package com.example;\n", "JarModels"));
        Path jar = ModelSources.jar(ModelSources.compile(dir.resolve("classes"), source), dir.resolve("models.jar"));

        MetaData models = ModelLoader.load(new ModelSource.CompiledClass("com.example.JarModels", List.of(jar)),
                dir.resolve("cache"));

        assertShop(models.toSchema());
    }

    @Test
    void reportsCompileErrorsWithFileAndLine() throws IOException {
        Path file = ModelSources.write(dir.resolve("Models.java"), """
                import dev.retort.model.*;

                class Broken implements Models {
                    public MetaData metadata() {
                        return MetaData.empty().table(tabel("x"));
                    }
                }
                """);

        assertThatThrownBy(() -> ModelLoader.load(new ModelSource.SourceFile(file, List.of()), dir.resolve("cache")))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageStartingWith("Models file " + file + " does not compile (1 error):\n  " + file
                        + ":5:39: cannot find symbol")
                .hasMessageEndingWith("\nFix it and run again.");
    }

    @Test
    void reportsAMissingSourceFile() {
        Path file = dir.resolve("Modles.java");

        assertThatThrownBy(() -> ModelLoader.load(new ModelSource.SourceFile(file, List.of()), dir.resolve("cache")))
                .isInstanceOfSatisfying(ModelLoadException.class, e -> assertThat(e.source()).isEqualTo(file.toString()))
                .hasMessage("Models file " + file + " does not exist; create it, or correct the key 'models' (relative"
                        + " to the folder of retort.toml)");
    }

    @Test
    void reportsASourceFileDeclaringAPackage() throws IOException {
        Path file = ModelSources.write(dir.resolve("Models.java"), ModelSources.shopModels("package shop;\n", "S"));

        assertThatThrownBy(() -> ModelLoader.load(new ModelSource.SourceFile(file, List.of()), dir.resolve("cache")))
                .hasMessage("Models file " + file + ": line 1 declares a package; this file is compiled like a"
                        + " revision and has no package declaration, remove it.");
    }

    @Test
    void reportsASourceFileWithoutAModelsClass() throws IOException {
        Path file = ModelSources.write(dir.resolve("Models.java"), "class Helper {}\nclass Other {}\n");

        assertThatThrownBy(() -> ModelLoader.load(new ModelSource.SourceFile(file, List.of()), dir.resolve("cache")))
                .hasMessage("Models file " + file + " declares no class implementing dev.retort.model.Models (found"
                        + " Helper, Other); write one such class");
    }

    @Test
    void reportsWhatTheModelsCodeThrewWithItsLine() throws IOException {
        Path file = ModelSources.write(dir.resolve("Models.java"), """
                import dev.retort.model.*;

                class Failing implements Models {
                    public MetaData metadata() {
                        throw new IllegalStateException("no tables yet");
                    }
                }
                """);

        assertThatThrownBy(() -> ModelLoader.load(new ModelSource.SourceFile(file, List.of()), dir.resolve("cache")))
                .isInstanceOfSatisfying(ModelLoadException.class,
                        e -> assertThat(e.thrown()).containsInstanceOf(IllegalStateException.class))
                .hasMessage("Models class Failing, in metadata(): threw java.lang.IllegalStateException: no tables"
                        + " yet (at Models.java:5); fix the models");
    }

    @Test
    void reportsATableTheModelsCannotBuildAsTheSchemaSaysIt() throws IOException {
        Path file = ModelSources.write(dir.resolve("Models.java"), """
                import static dev.retort.api.Schema.*;
                import dev.retort.model.*;

                class Typo implements Models {
                    public MetaData metadata() {
                        return MetaData.empty().table(table("customer",
                                column("email", TEXT), unique("uq_email", "emial")));
                    }
                }
                """);

        assertThatThrownBy(() -> ModelLoader.load(new ModelSource.SourceFile(file, List.of()), dir.resolve("cache")))
                .hasMessage("Models class Typo, in metadata(): table customer: constraints or indexes name columns the"
                        + " table does not have: [emial] (at Models.java:6); fix the models");
    }

    @Test
    void aSourceFileMayUseClassesOfTheModelsClassPath() throws IOException {
        Path helper = ModelSources.write(dir.resolve("src/com/example/Tables.java"), """
                package com.example;
                import static dev.retort.api.Schema.*;
                public final class Tables {
                    public static dev.retort.schema.Table audit() {
                        return table("audit", column("id", INTEGER).primaryKey());
                    }
                }
                """);
        Path jar = ModelSources.jar(ModelSources.compile(dir.resolve("classes"), helper), dir.resolve("tables.jar"));
        Path file = ModelSources.write(dir.resolve("Models.java"), """
                import dev.retort.model.*;
                class Shared implements Models {
                    public MetaData metadata() {
                        return MetaData.empty().table(com.example.Tables.audit());
                    }
                }
                """);

        MetaData models = ModelLoader.load(new ModelSource.SourceFile(file, List.of(jar)), dir.resolve("cache"));

        assertThat(models.toSchema().tables()).extracting(Table::name).containsExactly(QualifiedName.of("audit"));
    }

    @Test
    void reportsWhatAConstructorThrew() throws IOException {
        Path file = ModelSources.write(dir.resolve("Models.java"), """
                import dev.retort.model.*;
                class Early implements Models {
                    Early() {
                        throw new UnsupportedOperationException();
                    }
                    public MetaData metadata() {
                        return MetaData.empty();
                    }
                }
                """);

        assertThatThrownBy(() -> ModelLoader.load(new ModelSource.SourceFile(file, List.of()), dir.resolve("cache")))
                .hasMessage("Models class Early, in its constructor: threw java.lang.UnsupportedOperationException"
                        + " (at Models.java:4); fix the models");
    }

    @Test
    void reportsModelsThatReturnNoMetaData() throws IOException {
        Path file = ModelSources.write(dir.resolve("Models.java"), """
                import dev.retort.model.*;
                class Nothing implements Models {
                    public MetaData metadata() {
                        return null;
                    }
                }
                """);

        assertThatThrownBy(() -> ModelLoader.load(new ModelSource.SourceFile(file, List.of()), dir.resolve("cache")))
                .hasMessage("Models class Nothing returned null from metadata(); return MetaData.empty() and the"
                        + " tables added to it");
    }

    @Test
    void reportsAClassThatIsNotFound() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));

        assertThatThrownBy(() -> ModelLoader.load(new ModelSource.CompiledClass("com.example.Missing",
                List.of(classes)), dir.resolve("cache")))
                .hasMessage("Models class com.example.Missing is not found in 'models_classpath' [" + classes
                        + "] nor on retort's class path; add the folder or jar that holds it, or correct 'models_class'");
    }

    @Test
    void reportsAClassThatDoesNotImplementModels() throws IOException {
        Path source = ModelSources.write(dir.resolve("src/com/example/Plain.java"),
                "package com.example;\npublic class Plain {}\n");
        Path classes = ModelSources.compile(dir.resolve("classes"), source);

        assertThatThrownBy(() -> ModelLoader.load(new ModelSource.CompiledClass("com.example.Plain",
                List.of(classes)), dir.resolve("cache")))
                .hasMessage("Models class com.example.Plain does not implement dev.retort.model.Models; implement it,"
                        + " or set 'models_class' to the class that does");
    }

    @Test
    void reportsAClassWithoutAConstructorWithoutParameters() throws IOException {
        Path source = ModelSources.write(dir.resolve("src/com/example/Needy.java"), """
                package com.example;
                public class Needy implements dev.retort.model.Models {
                    public Needy(String name) {}
                    public dev.retort.model.MetaData metadata() { return dev.retort.model.MetaData.empty(); }
                }
                """);
        Path classes = ModelSources.compile(dir.resolve("classes"), source);

        assertThatThrownBy(() -> ModelLoader.load(new ModelSource.CompiledClass("com.example.Needy",
                List.of(classes)), dir.resolve("cache")))
                .hasMessage("Models class Needy has no constructor without parameters; add one");
    }

    @Test
    void reportsClassPathEntriesThatDoNotExist() {
        Path missing = dir.resolve("target/classes");

        assertThatThrownBy(() -> ModelLoader.load(new ModelSource.CompiledClass("com.example.ShopModels",
                List.of(missing)), dir.resolve("cache")))
                .hasMessage("The 'models_classpath' entries [" + missing + "] do not exist; build them first or"
                        + " correct the key");
    }

    private static void assertShop(DatabaseSchema schema) {
        assertThat(schema.tables()).extracting(Table::name)
                .containsExactly(QualifiedName.of("customer"), QualifiedName.of("purchase"));
        Table purchase = schema.table(QualifiedName.of("purchase")).orElseThrow();
        assertThat(purchase.constraints()).extracting(constraint -> constraint.name().orElseThrow())
                .containsExactly("fk_purchase_customer_id_customer");
    }
}

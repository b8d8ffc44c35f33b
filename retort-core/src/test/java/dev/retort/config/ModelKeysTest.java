package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.script.EnvironmentTemplates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelKeysTest {
    @TempDir
    Path tmp;
    ConfigFixture project;

    @BeforeEach
    void setUp() {
        project = new ConfigFixture(tmp);
    }

    @Test
    void noModelKeysMeanNoModels() {
        project.config("[retort]\nscript_location = \"m\"\n");

        assertThat(project.load().models()).isEmpty();
    }

    @Test
    void modelsNamesASourceFileRelativeToTheConfigFolder() {
        project.config("[retort]\nscript_location = \"m\"\nmodels = \"m/Models.java\"\n"
                + "models_classpath = [\"lib/a.jar\"]\n");

        assertThat(project.load().models()).contains(new ModelSource.SourceFile(project.dir.resolve("m/Models.java"),
                List.of(project.dir.resolve("lib/a.jar"))));
    }

    @Test
    void modelsClassNamesACompiledClassWithItsClassPath() {
        project.config("[retort]\nscript_location = \"m\"\nmodels_class = \"com.example.ShopModels\"\n"
                + "models_classpath = [\"target/classes\", \"lib/x.jar\"]\n");

        assertThat(project.load().models()).contains(new ModelSource.CompiledClass("com.example.ShopModels",
                List.of(project.dir.resolve("target/classes"), project.dir.resolve("lib/x.jar"))));
    }

    @Test
    void aNamedSectionInheritsTheModelsOfTheRetortSection() {
        project.config("[retort]\nscript_location = \"m\"\nmodels = \"Models.java\"\n\n[production]\nurl = \"x\"\n");
        assertThat(ConfigLoader.load(project.options().withName("production")).models())
                .contains(new ModelSource.SourceFile(project.dir.resolve("Models.java"), List.of()));
    }

    @Test
    void theScaffoldedConfigDocumentsTheModelKeysReadyToUncomment() throws IOException {
        EnvironmentTemplates.scaffold("generic", project.dir.resolve("migrations"), project.dir.resolve("retort.toml"),
                project.dir);
        Path config = project.dir.resolve("retort.toml");
        String text = Files.readString(config);
        assertThat(text).contains("\n# models = \"migrations/Models.java\"\n",
                "\n# models_class = \"com.example.ShopModels\"\n", "\n# models_classpath = [\"target/classes\"]\n");

        Files.writeString(config, text.replace("# models = ", "models = "));

        assertThat(project.load().models()).contains(new ModelSource.SourceFile(
                project.dir.resolve("migrations/Models.java"), List.of()));
    }

    @Test
    void refusesBothASourceFileAndAClass() {
        project.config("[retort]\nscript_location = \"m\"\nmodels = \"Models.java\"\nmodels_class = \"a.B\"\n");

        assertThatThrownBy(project::load).hasMessage("retort.toml, line 4: keys 'models' and 'models_class' both"
                + " name the models; keep 'models' for a Java source file or 'models_class' for a compiled class,"
                + " not both");
    }

    @Test
    void refusesAModelsFileThatIsNotJavaSource() {
        project.config("[retort]\nscript_location = \"m\"\nmodels = \"models.jar\"\n");

        assertThatThrownBy(project::load).hasMessage("retort.toml, line 3: key 'models' must name a Java source file"
                + " ending in .java, not 'models.jar'; for a compiled class use 'models_class'");
    }

    @Test
    void refusesAClassNameThatIsNotOne() {
        project.config("[retort]\nscript_location = \"m\"\nmodels_class = \"com/example/Shop.class\"\n");

        assertThatThrownBy(project::load).hasMessage("retort.toml, line 3: key 'models_class' must be a class name"
                + " such as 'com.example.ShopModels', not 'com/example/Shop.class'");
    }

    @Test
    void refusesAClassPathWithoutModels() {
        project.config("[retort]\nscript_location = \"m\"\nmodels_classpath = [\"target/classes\"]\n");

        assertThatThrownBy(project::load).hasMessage("retort.toml, line 3: key 'models_classpath' is set but no"
                + " models are; add 'models_class' naming the class that implements dev.retort.model.Models");
    }

    @Test
    void refusesAClassPathWrittenAsOneString() {
        project.config("[retort]\nscript_location = \"m\"\nmodels_class = \"a.B\"\nmodels_classpath = \"lib\"\n");

        assertThatThrownBy(project::load).hasMessage("retort.toml, line 4: key 'models_classpath' must be an array"
                + " of strings, not a string");
    }
}

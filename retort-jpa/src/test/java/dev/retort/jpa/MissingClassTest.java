package dev.retort.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.Dialects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A class an entity needs that is missing from the class path is named, as a missing entity class is. */
class MissingClassTest {

    @Test
    void aMissingEmbeddableIsNamed(@TempDir Path directory) throws IOException {
        Path classes = compile(directory, Map.of("Holder", """
                package t6.brk;

                @jakarta.persistence.Entity
                public class Holder {
                    @jakarta.persistence.Id
                    private Long id;

                    @jakarta.persistence.Embedded
                    private Extra extra;
                }
                """, "Extra", """
                package t6.brk;

                @jakarta.persistence.Embeddable
                public class Extra {
                    private String note;
                }
                """));
        Files.delete(classes.resolve("t6/brk/Extra.class"));

        assertThatThrownBy(() -> JpaModels.read(JpaModelSource.packages(List.of(classes), "t6.brk"),
                Dialects.named("postgresql")))
                .isInstanceOf(JpaModelException.class)
                .hasMessageContaining("t6.brk.Extra")
                .hasMessageContaining("class path");
    }

    @Test
    void aMissingConverterIsNamed(@TempDir Path directory) throws IOException {
        Path classes = compile(directory, Map.of("Holder", """
                package t7.brk;

                @jakarta.persistence.Entity
                public class Holder {
                    @jakarta.persistence.Id
                    private Long id;

                    @jakarta.persistence.Convert(converter = Conv.class)
                    private String code;
                }
                """, "Conv", """
                package t7.brk;

                public class Conv implements jakarta.persistence.AttributeConverter<String, String> {
                    public String convertToDatabaseColumn(String value) {
                        return value;
                    }

                    public String convertToEntityAttribute(String value) {
                        return value;
                    }
                }
                """));
        Files.delete(classes.resolve("t7/brk/Conv.class"));

        assertThatThrownBy(() -> JpaModels.read(JpaModelSource.packages(List.of(classes), "t7.brk"),
                Dialects.named("postgresql")))
                .isInstanceOf(JpaModelException.class)
                .hasMessageContaining("t7.brk.Conv")
                .hasMessageContaining("class path");
    }

    /** Compiles the classes of one package against the test class path into one folder, which is returned. */
    private static Path compile(Path directory, Map<String, String> sources) throws IOException {
        Path sourceDirectory = Files.createDirectories(directory.resolve("src"));
        Path classes = Files.createDirectories(directory.resolve("classes"));
        List<String> arguments = new java.util.ArrayList<>(List.of("-proc:none", "-d", classes.toString(), "-cp",
                System.getProperty("java.class.path")));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            arguments.add(Files.writeString(sourceDirectory.resolve(source.getKey() + ".java"), source.getValue())
                    .toString());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler.run(null, null, null, arguments.toArray(String[]::new))).as("javac exit status").isZero();
        return classes;
    }
}

package dev.retort.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.Dialects;
import dev.retort.schema.Column;
import dev.retort.schema.DatabaseSchema;
import dev.retort.schema.QualifiedName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entities are found in the folders named as class path entries, not only on retort's own class path. */
class ClassPathTest {

    @Test
    void entitiesCompiledIntoAnotherFolderAreScannedAndLoadedFromIt(@TempDir Path directory) throws IOException {
        Path classes = compile(directory, "com.example.inventory", "StockItem", """
                package com.example.inventory;

                @jakarta.persistence.Entity
                public class StockItem {
                    @jakarta.persistence.Id
                    private Long id;

                    @jakarta.persistence.Column(length = 12, nullable = false)
                    private String binCode;
                }
                """);

        DatabaseSchema schema = JpaModels.read(JpaModelSource.packages(List.of(classes), "com.example.inventory"),
                Dialects.named("postgresql"));

        assertThat(schema.table(QualifiedName.of("stockitem")).orElseThrow().columns()).extracting(Column::name)
                .containsExactly("id", "bincode");
    }

    @Test
    void theSameClassesCanBeNamedOneByOne(@TempDir Path directory) throws IOException {
        Path classes = compile(directory, "com.example.billing", "Ledger", """
                package com.example.billing;

                @jakarta.persistence.Entity
                public class Ledger {
                    @jakarta.persistence.Id
                    private Integer id;
                }
                """);
        JpaModelSource source = new JpaModelSource(List.of(classes), List.of(), List.of("com.example.billing.Ledger"),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Map.of());

        assertThat(JpaModels.read(source, Dialects.named("h2")).tables()).extracting(table -> table.name().toString())
                .containsExactly("ledger");
    }

    /** Compiles one class against the test class path into its own folder, which is returned. */
    private static Path compile(Path directory, String packageName, String className, String source)
            throws IOException {
        Path sources = directory.resolve("src").resolve(packageName.replace('.', '/'));
        Files.createDirectories(sources);
        Path file = Files.writeString(sources.resolve(className + ".java"), source);
        Path classes = Files.createDirectories(directory.resolve("classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, "-proc:none", "-d", classes.toString(), "-cp",
                System.getProperty("java.class.path"), file.toString());
        assertThat(status).as("javac exit status").isZero();
        return classes;
    }
}

package dev.retort.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Models written as Java source in a temp dir, compiled with javac into a class folder or a jar. */
final class ModelSources {

    /**
     * A models class with two tables, as a user writes it: in a package and public for a class path, or
     * with neither in an environment's source file, like a revision.
     */
    static String shopModels(String packageLine, String className) {
        String modifier = packageLine.isEmpty() ? "" : "public ";
        return packageLine + """
                import static dev.retort.api.Schema.*;

                import dev.retort.model.MetaData;
                import dev.retort.model.Models;
                import dev.retort.model.NamingConvention;

                %sclass %s implements Models {
                    @Override
                    public MetaData metadata() {
                        return MetaData.empty()
                                .namingConvention(NamingConvention.RECOMMENDED)
                                .table(table("customer",
                                        column("id", INTEGER).primaryKey(),
                                        column("email", string(200)).notNull().unique()))
                                .table(table("purchase",
                                        column("id", INTEGER).primaryKey(),
                                        column("customer_id", INTEGER).notNull().references("customer.id")));
                    }
                }
                """.formatted(modifier, className);
    }

    /** The example of docs/models.md, word for word. */
    static final String DOCUMENTED_EXAMPLE = """
import static dev.retort.api.Schema.*;

import dev.retort.model.*;

class ShopModels implements Models {
    public MetaData metadata() {
        return MetaData.empty()
                .namingConvention(NamingConvention.RECOMMENDED)
                .table(table("customer",
                        column("id", INTEGER).primaryKey(),
                        column("email", string(200)).notNull().unique(),
                        column("tier", enumType("tier", "basic", "gold")).notNull().serverDefault(literal("basic"))))
                .table(table("purchase",
                        column("id", INTEGER).primaryKey(),
                        column("customer_id", INTEGER).notNull().references("customer.id"),
                        column("placed", DATE),
                        Unnamed.index("placed"),
                        check("positive_id", "id > 0")))
                .sequence("invoice_number");
    }
}
""";

    private ModelSources() {
    }

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    /** Compiles {@code sources} into {@code output} against retort's classes. */
    static Path compile(Path output, Path... sources) throws IOException {
        Files.createDirectories(output);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("-d", output.toString(), "-cp", retortClasses().toString()));
        Stream.of(sources).map(Path::toString).forEach(arguments::add);
        int status = javac.run(null, null, null, arguments.toArray(String[]::new));
        assertThat(status).as("javac exit status").isZero();
        return output;
    }

    /** A jar holding every file under {@code classes}. */
    static Path jar(Path classes, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream entries = new JarOutputStream(out);
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                entries.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                entries.write(Files.readAllBytes(file));
                entries.closeEntry();
            }
        }
        return jar;
    }

    private static Path retortClasses() {
        try {
            return Path.of(Models.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

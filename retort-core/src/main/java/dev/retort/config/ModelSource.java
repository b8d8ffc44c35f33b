package dev.retort.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the models (the target schema of autogenerate) come from, as the config says: a Java source file
 * compiled like the revisions ({@code models = "migrations/Models.java"}), or a compiled class loaded
 * from class path entries ({@code models_class = "com.example.ShopModels"} with
 * {@code models_classpath = ["target/classes"]}). Paths are absolute.
 */
public sealed interface ModelSource {

    /** Folders and jars the models' classes may use, and where a compiled models class is looked for. */
    List<Path> classPath();

    /** A Java source file with no package declaration, compiled in-process as revisions are. */
    record SourceFile(Path file, List<Path> classPath) implements ModelSource {
        public SourceFile {
            Objects.requireNonNull(file, "file");
            classPath = List.copyOf(classPath);
        }
    }

    /** A compiled class, by binary name, loaded from {@code classPath} (then from retort's own class path). */
    record CompiledClass(String className, List<Path> classPath) implements ModelSource {
        private static final Pattern BINARY_NAME =
                Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
                        + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

        public CompiledClass {
            Objects.requireNonNull(className, "className");
            if (!isClassName(className)) {
                throw new IllegalArgumentException("not a class name: " + className);
            }
            classPath = List.copyOf(classPath);
        }

        /** Whether {@code name} is written as a class's binary name ({@code com.example.Outer$Inner}). */
        public static boolean isClassName(String name) {
            return BINARY_NAME.matcher(name).matches();
        }
    }
}

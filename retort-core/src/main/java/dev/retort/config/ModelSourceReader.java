package dev.retort.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads the keys {@code models}, {@code models_class} and {@code models_classpath} of a section. */
final class ModelSourceReader {
    static final String MODELS = "models";
    static final String MODELS_CLASS = "models_class";
    static final String MODELS_CLASSPATH = "models_classpath";

    private final Settings settings;
    private final Path folder;

    ModelSourceReader(Settings settings, Path folder) {
        this.settings = settings;
        this.folder = folder;
    }

    Optional<ModelSource> read() {
        Optional<String> file = settings.string(MODELS);
        Optional<String> className = settings.string(MODELS_CLASS);
        List<Path> classPath = classPath();
        if (file.isPresent() && className.isPresent()) {
            throw settings.location(MODELS_CLASS).error("keys 'models' and 'models_class' both name the models;"
                    + " keep 'models' for a Java source file or 'models_class' for a compiled class, not both");
        }
        if (file.isPresent()) {
            return Optional.of(new ModelSource.SourceFile(sourceFile(file.get()), classPath));
        }
        if (className.isPresent()) {
            return Optional.of(new ModelSource.CompiledClass(className(className.get()), classPath));
        }
        if (!classPath.isEmpty()) {
            throw settings.location(MODELS_CLASSPATH).error("key 'models_classpath' is set but no models are;"
                    + " add 'models_class' naming the class that implements dev.retort.model.Models");
        }
        return Optional.empty();
    }

    private Path sourceFile(String file) {
        if (!file.endsWith(".java")) {
            throw settings.location(MODELS).error("key 'models' must name a Java source file ending in .java,"
                    + " not '" + file + "'; for a compiled class use 'models_class'");
        }
        return folder.resolve(file).normalize();
    }

    private String className(String name) {
        if (!ModelSource.CompiledClass.isClassName(name)) {
            throw settings.location(MODELS_CLASS).error("key 'models_class' must be a class name such as"
                    + " 'com.example.ShopModels', not '" + name + "'");
        }
        return name;
    }

    private List<Path> classPath() {
        List<String> entries = settings.strings(MODELS_CLASSPATH).orElse(List.of());
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).isBlank()) {
                throw settings.location(MODELS_CLASSPATH + "[" + i + "]").error("key 'models_classpath' has an"
                        + " empty entry; name a folder of classes or a jar");
            }
        }
        return entries.stream().map(entry -> folder.resolve(entry).normalize()).toList();
    }
}

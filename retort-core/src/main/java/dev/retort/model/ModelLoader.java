package dev.retort.model;

import dev.retort.RetortException;
import dev.retort.compile.CompilerUnavailableException;
import dev.retort.compile.RevisionCompileException;
import dev.retort.compile.RevisionCompiler;
import dev.retort.compile.RevisionLoadException;
import dev.retort.config.ModelSource;
import dev.retort.config.RetortConfig;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds the models the config names and runs them: a Java source file is compiled in-process exactly as
 * Java revisions are, cached by content in the same folder ({@code <script_location>/.retort-cache});
 * a compiled class is loaded from its class path entries. Either way the class implementing
 * {@link Models} is made with its constructor without parameters and asked for its {@link MetaData}.
 * Every failure is a {@link ModelLoadException} naming the file or class.
 */
public final class ModelLoader {
    private ModelLoader() {
    }

    /** The models of {@code config}, or empty when it names none ({@code models} and {@code models_class} unset). */
    public static Optional<MetaData> load(RetortConfig config) {
        return config.models().map(source -> load(source, config.scriptLocation().resolve(RevisionCompiler.CACHE_FOLDER)));
    }

    /** The models {@code source} names, compiling a source file into {@code cacheDirectory} when needed. */
    public static MetaData load(ModelSource source, Path cacheDirectory) {
        requireClassPath(source);
        if (source instanceof ModelSource.SourceFile file) {
            return fromSourceFile(file, cacheDirectory);
        }
        return fromClass((ModelSource.CompiledClass) source);
    }

    private static MetaData fromSourceFile(ModelSource.SourceFile source, Path cacheDirectory) {
        Path file = source.file();
        String subject = "Models file " + file;
        if (!Files.isRegularFile(file)) {
            throw new ModelLoadException(file.toString(), subject + " does not exist; create it, or correct the key"
                    + " 'models' (relative to the folder of retort.toml)");
        }
        List<Class<?>> classes = compile(source, cacheDirectory);
        List<Class<?>> models = classes.stream().filter(Models.class::isAssignableFrom)
                .filter(type -> !Modifier.isAbstract(type.getModifiers())).toList();
        if (models.size() != 1) {
            throw new ModelLoadException(file.toString(), subject + (models.isEmpty()
                    ? " declares no class implementing " + Models.class.getName() + " (found " + simpleNames(classes)
                            + "); write one such class"
                    : " declares " + models.size() + " classes implementing " + Models.class.getSimpleName() + " ("
                            + simpleNames(models) + "); keep one"));
        }
        return new ModelRun(file.toString(), models.get(0)).metadata();
    }

    private static List<Class<?>> compile(ModelSource.SourceFile source, Path cacheDirectory) {
        String file = source.file().toString();
        try {
            return new RevisionCompiler(cacheDirectory, source.classPath()).loadClasses(source.file());
        } catch (RevisionCompileException e) {
            throw new ModelLoadException(file, e.describe("Models file " + file));
        } catch (RevisionLoadException e) {
            throw new ModelLoadException(file, "Models file " + e.problems().get(0) + ".");
        } catch (CompilerUnavailableException e) {
            throw new ModelLoadException(file, "Models file " + file + " must be compiled, but this Java runtime ("
                    + System.getProperty("java.home") + ") has no Java compiler; run retort on a JDK, or compile"
                    + " the models yourself and name the class with 'models_class' and 'models_classpath'");
        }
    }

    private static MetaData fromClass(ModelSource.CompiledClass source) {
        String name = source.className();
        try (URLClassLoader loader = new URLClassLoader("retort models", urls(source.classPath()),
                Models.class.getClassLoader())) {
            Class<?> type = loadClass(source, loader);
            if (!Models.class.isAssignableFrom(type)) {
                throw new ModelLoadException(name, "Models class " + name + " does not implement "
                        + Models.class.getName() + "; implement it, or set 'models_class' to the class that does");
            }
            if (Modifier.isAbstract(type.getModifiers())) {
                throw new ModelLoadException(name, "Models class " + name + " is abstract or an interface; name a"
                        + " concrete class in 'models_class'");
            }
            return new ModelRun(name, type).metadata();
        } catch (IOException e) {
            throw new ModelLoadException(name, "The class path of models class " + name + " cannot be closed ("
                    + e + ")", e);
        }
    }

    private static Class<?> loadClass(ModelSource.CompiledClass source, ClassLoader loader) {
        String name = source.className();
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new ModelLoadException(name, "Models class " + name + " is not found in 'models_classpath' "
                    + source.classPath() + " nor on retort's class path; add the folder or jar that holds it, or"
                    + " correct 'models_class'");
        } catch (LinkageError e) {
            throw new ModelLoadException(name, "Models class " + name + " cannot be loaded (" + e + "); check that"
                    + " 'models_classpath' holds every class it uses, compiled for Java "
                    + Runtime.version().feature() + " or older", e);
        }
    }

    private static void requireClassPath(ModelSource source) {
        List<Path> missing = source.classPath().stream().filter(entry -> !Files.exists(entry)).toList();
        if (!missing.isEmpty()) {
            String subject = source instanceof ModelSource.SourceFile file ? file.file().toString()
                    : ((ModelSource.CompiledClass) source).className();
            throw new ModelLoadException(subject, "The 'models_classpath' entries " + missing + " do not exist;"
                    + " build them first or correct the key");
        }
    }

    private static URL[] urls(List<Path> paths) {
        URL[] urls = new URL[paths.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = paths.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("not a class path entry: " + paths.get(i), e);
            }
        }
        return urls;
    }

    private static String simpleNames(List<Class<?>> classes) {
        return classes.stream().map(Class::getSimpleName).collect(Collectors.joining(", "));
    }

    /** Makes the models' object and asks it for its metadata, turning what its code throws into a message. */
    private record ModelRun(String source, Class<?> type) {

        MetaData metadata() {
            Models models = instantiate();
            MetaData metadata;
            try {
                metadata = models.metadata();
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                throw thrown("metadata()", e);
            }
            if (metadata == null) {
                throw new ModelLoadException(source, "Models class " + type.getSimpleName() + " returned null from"
                        + " metadata(); return MetaData.empty() and the tables added to it");
            }
            return metadata;
        }

        private Models instantiate() {
            String name = type.getSimpleName();
            Constructor<?> constructor;
            try {
                constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new ModelLoadException(source, "Models class " + name + " has no constructor without"
                        + " parameters; add one");
            } catch (RuntimeException e) {
                throw new ModelLoadException(source, "Models class " + name + " cannot be made (" + e + ")", e);
            }
            try {
                return (Models) constructor.newInstance();
            } catch (InvocationTargetException e) {
                throw thrown("its constructor", e.getCause());
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new ModelLoadException(source, "Models class " + name + " cannot be made (" + e + ")", e);
            }
        }

        private ModelLoadException thrown(String where, Throwable e) {
            String what = e instanceof RetortException ? e.getMessage()
                    : "threw " + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return new ModelLoadException(source, "Models class " + type.getSimpleName() + ", in " + where + ": "
                    + what + frame(e).map(line -> " (at " + line + ")").orElse("") + "; fix the models", e);
        }

        /** The models' own line the exception came from: {@code ShopModels.java:12}. */
        private Optional<String> frame(Throwable e) {
            for (StackTraceElement element : e.getStackTrace()) {
                String declaring = element.getClassName();
                boolean own = declaring.equals(type.getName()) || declaring.startsWith(type.getName() + "$");
                if (own && element.getFileName() != null && element.getLineNumber() > 0) {
                    return Optional.of(element.getFileName() + ":" + element.getLineNumber());
                }
            }
            return Optional.empty();
        }
    }
}

package dev.retort.environment;

import dev.retort.FileProblems;
import dev.retort.compile.CompilerUnavailableException;
import dev.retort.compile.RevisionCompileException;
import dev.retort.compile.RevisionCompiler;
import dev.retort.compile.RevisionLoadException;
import dev.retort.config.ModelSource;
import dev.retort.config.RetortConfig;
import dev.retort.hook.EnvironmentHook;
import dev.retort.runtime.RunSettings;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Loads {@code <script_location>/Environment.java}: compiled in-process and cached as revisions are (its
 * class path also holds the {@code environment_classpath} and {@code models_classpath} entries), then the
 * one class implementing {@link EnvironmentHook} is made with its constructor without parameters. No file,
 * or a class whose body is only comments (as {@code init} scaffolds it), is the hook that changes nothing,
 * and needs no compiler.
 */
public final class EnvironmentLoader {
    /** The hook's file name in the environment folder. */
    public static final String FILE_NAME = "Environment.java";

    private EnvironmentLoader() {}

    /** The environment of {@code config} with its hook. */
    public static LoadedEnvironment load(RetortConfig config) {
        return new LoadedEnvironment(config, hook(config));
    }

    static EnvironmentHook hook(RetortConfig config) {
        Path file = config.scriptLocation().resolve(FILE_NAME);
        if (!Files.isRegularFile(file) || DeclaredMembers.none(read(file))) {
            return RunSettings.NO_HOOK;
        }
        List<Class<?>> classes = compile(file, cacheFolder(config), classPath(config));
        List<Class<?>> hooks = classes.stream().filter(EnvironmentHook.class::isAssignableFrom)
                .filter(type -> !Modifier.isAbstract(type.getModifiers())).toList();
        if (classes.isEmpty()) {
            throw new EnvironmentHookException(file + " declares no class; write one implementing "
                    + EnvironmentHook.class.getName() + ", or delete the file");
        }
        // An enum's constants with bodies are classes of their own: the enum is named.
        Optional<Class<?>> enumHook = hooks.stream().filter(Enum.class::isAssignableFrom)
                .map(type -> type.isEnum() ? type : type.getSuperclass()).findFirst();
        if (enumHook.isPresent()) {
            String name = enumHook.get().getSimpleName();
            throw new EnvironmentHookException(name + " in " + file + " is an enum; a hook is a class with a"
                    + " constructor without parameters: write 'class " + name + " implements EnvironmentHook'");
        }
        if (hooks.size() != 1) {
            throw new EnvironmentHookException(file + (hooks.isEmpty()
                    ? " declares no class implementing " + EnvironmentHook.class.getName() + " (found "
                            + simpleNames(classes) + "); write one, or delete the file"
                    : " declares " + hooks.size() + " classes implementing EnvironmentHook (" + simpleNames(hooks)
                            + "); keep one"));
        }
        return instantiate(file, hooks.get(0));
    }

    /**
     * The cache entry of the hook's classes, for pruning the cache; empty where there is no hook file, or no
     * usable class path for it (then it has no entry to keep).
     */
    public static Optional<String> cacheKey(RetortConfig config) {
        Path file = config.scriptLocation().resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return new RevisionCompiler(cacheFolder(config), classPath(config)).cacheKeyOf(file);
        } catch (EnvironmentHookException e) {
            return Optional.empty();
        }
    }

    private static Path cacheFolder(RetortConfig config) {
        return config.scriptLocation().resolve(RevisionCompiler.CACHE_FOLDER);
    }

    /** The hook compiles against environment_classpath and the models' class path. */
    private static List<Path> classPath(RetortConfig config) {
        List<Path> classPath = new ArrayList<>(HookClassPath.read(config));
        config.models().map(ModelSource::classPath).ifPresent(classPath::addAll);
        return classPath;
    }

    private static List<Class<?>> compile(Path file, Path cache, List<Path> classPath) {
        try {
            return new RevisionCompiler(cache, classPath).loadClasses(file);
        } catch (RevisionCompileException e) {
            throw new EnvironmentHookException(e.describe(file.toString()), e);
        } catch (RevisionLoadException e) {
            throw new EnvironmentHookException("Environment hook " + e.problems().get(0) + ".", e);
        } catch (CompilerUnavailableException e) {
            throw new EnvironmentHookException(file + " must be compiled, but this Java runtime ("
                    + System.getProperty("java.home") + ") has no Java compiler; run retort on a JDK", e);
        }
    }

    private static EnvironmentHook instantiate(Path file, Class<?> type) {
        String name = type.getSimpleName();
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return (EnvironmentHook) constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new EnvironmentHookException("Class " + name + " in " + file + " has no constructor without"
                    + " parameters; add one");
        } catch (InvocationTargetException e) {
            throw HookCalls.thrown(type, "its constructor", e.getCause());
        } catch (ExceptionInInitializerError e) {
            throw HookCalls.thrown(type, "its static initializer", e.getCause() == null ? e : e.getCause());
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw new EnvironmentHookException("Class " + name + " in " + file + " cannot be made (" + e + ")", e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new EnvironmentHookException("Cannot read the environment hook " + file + ": " + FileProblems.describe(e), e);
        }
    }

    private static String simpleNames(List<Class<?>> classes) {
        return classes.stream().map(Class::getSimpleName).collect(Collectors.joining(", "));
    }
}

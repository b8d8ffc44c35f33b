package dev.retort.compile;

import dev.retort.api.Migration;
import dev.retort.api.Revision;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Makes the migration of one compiled revision: loads the top-level classes of its cache entry in a
 * class loader of their own, picks the one annotated {@code @Revision}, checks it and calls its
 * constructor without arguments.
 */
final class MigrationFactory {
    private final ClassLoader parent;

    MigrationFactory(ClassLoader parent) {
        this.parent = parent;
    }

    Migration create(RevisionSource source, ClassCache cache) throws InvalidRevision {
        List<Class<?>> classes = topLevelClasses(source, cache);
        List<Class<?>> annotated = classes.stream().filter(type -> type.isAnnotationPresent(Revision.class)).toList();
        if (annotated.size() != 1) {
            throw new InvalidRevision(annotated.isEmpty() ? noRevisionClass(simpleNames(classes)) : "declares "
                    + annotated.size() + " classes annotated @Revision (" + simpleNames(annotated)
                    + "); keep one per file");
        }
        Class<?> type = annotated.get(0);
        check(type, source.revisionId().orElseThrow());
        return instantiate(type.asSubclass(Migration.class), source.file().getFileName().toString());
    }

    /** The top-level classes of a compiled source, by simple name, loaded in a class loader of their own. */
    List<Class<?>> topLevelClasses(RevisionSource source, ClassCache cache) throws InvalidRevision {
        Path entry = cache.entry(source.key());
        Map<String, byte[]> compiled = classesOf(cache, source.key());
        ClassLoader loader = new EntryClassLoader(entry, compiled, source.packageName(), parent);
        List<Class<?>> classes = new ArrayList<>();
        for (String name : compiled.keySet()) {
            if (name.indexOf('$') < 0) {
                classes.add(load(loader, source.packageName() + "." + name));
            }
        }
        return classes;
    }

    private static Map<String, byte[]> classesOf(ClassCache cache, String key) throws InvalidRevision {
        try {
            return cache.classesOf(key);
        } catch (IOException e) {
            throw InvalidRevision.damaged("its compiled classes in " + cache.entry(key) + " cannot be read (" + e
                    + "); delete that file to compile the source again", e);
        }
    }

    /**
     * Loads, without initializing, a class javac wrote into a cache entry. One that cannot be loaded (a class
     * file of another name or Java version, malformed bytes) means that the entry, not the source, is at fault:
     * a jar copied over another, or damaged.
     */
    private static Class<?> load(ClassLoader loader, String name) throws InvalidRevision {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw InvalidRevision.damaged("class " + simpleName(name) + " cannot be loaded from its cache entry ("
                    + e + ")", e);
        }
    }

    private static String noRevisionClass(String names) {
        return names.isEmpty()
                ? "declares no class; a revision file holds one class annotated @Revision that implements Migration"
                : "declares no class annotated @Revision (found " + names
                        + "); annotate the revision's class with @Revision(id = ...)";
    }

    private static void check(Class<?> type, String expectedId) throws InvalidRevision {
        String name = type.getSimpleName();
        if (!Migration.class.isAssignableFrom(type)) {
            throw new InvalidRevision("class " + name + " is annotated @Revision but does not implement "
                    + Migration.class.getName());
        }
        if (Modifier.isAbstract(type.getModifiers())) {
            throw new InvalidRevision("class " + name + " is abstract; a revision's class must be concrete");
        }
        String id = type.getAnnotation(Revision.class).id();
        if (!id.equals(expectedId)) {
            throw new InvalidRevision("class " + name + " declares @Revision(id = \"" + id
                    + "\") but the file was read as revision '" + expectedId + "'; make them agree");
        }
    }

    private static Migration instantiate(Class<? extends Migration> type, String fileName) throws InvalidRevision {
        String name = type.getSimpleName();
        Constructor<? extends Migration> constructor;
        try {
            constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new InvalidRevision("class " + name + " has no constructor without parameters; add one", e);
        }
        try {
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw new InvalidRevision("the constructor of class " + name + " threw " + e.getCause()
                    + atLine(e.getCause(), fileName), e.getCause());
        } catch (ExceptionInInitializerError e) {
            throw new InvalidRevision("the static initialization of class " + name + " threw " + e.getCause()
                    + atLine(e.getCause(), fileName), e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new InvalidRevision("class " + name + " cannot be instantiated (" + e + ")", e);
        }
    }

    /** {@code " at line 12"} where the failure passed through the file's code last, else nothing. */
    private static String atLine(Throwable failure, String fileName) {
        OptionalInt line = SourceLines.lineIn(failure, fileName);
        return line.isPresent() ? " at line " + line.getAsInt() : "";
    }

    private static String simpleNames(List<Class<?>> types) {
        return types.stream().map(Class::getSimpleName).collect(Collectors.joining(", "));
    }

    private static String simpleName(String binaryName) {
        return binaryName.substring(binaryName.lastIndexOf('.') + 1);
    }

    /** Why a compiled revision cannot be used, with the exception behind it if any. */
    static final class InvalidRevision extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean damagedEntry;

        InvalidRevision(String reason) {
            this(reason, null);
        }

        InvalidRevision(String reason, Throwable cause) {
            this(reason, cause, false);
        }

        private InvalidRevision(String reason, Throwable cause, boolean damagedEntry) {
            super(reason, cause, false, false);
            this.damagedEntry = damagedEntry;
        }

        /** The cache entry, not the source, is at fault: compiling the source again mends it. */
        static InvalidRevision damaged(String reason, Throwable cause) {
            return new InvalidRevision(reason, cause, true);
        }

        boolean damagedEntry() {
            return damagedEntry;
        }
    }
}

package dev.retort.compile;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.security.cert.Certificate;
import java.util.Map;

/**
 * Loads the classes of one cache entry, all in one package, asking its parent first. One loader per
 * revision keeps revisions from seeing each other's classes.
 */
final class EntryClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private static final String CLASS_SUFFIX = ".class";
    /** The start of every such loader's name, which stack frames of compiled files carry. */
    static final String NAME_PREFIX = "revision ";

    private final Path entry;
    private final Map<String, byte[]> classes;
    private final String packagePrefix;
    private final ProtectionDomain domain;

    /** {@code classes} are the entry's class files by simple name, as {@link ClassCache#classesIn} reads them. */
    EntryClassLoader(Path entry, Map<String, byte[]> classes, String packageName, ClassLoader parent) {
        super(NAME_PREFIX + entry.getFileName(), parent);
        this.entry = entry;
        this.classes = Map.copyOf(classes);
        this.packagePrefix = packageName + ".";
        this.domain = new ProtectionDomain(new CodeSource(url(entry.toUri()), (Certificate[]) null), null, this, null);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = name.startsWith(packagePrefix) ? classes.get(name.substring(packagePrefix.length())) : null;
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length, domain);
    }

    /** A class file of this entry as a resource ({@code r_.../Step1.class}), at its place in the entry's jar. */
    @Override
    protected URL findResource(String name) {
        String folder = packagePrefix.replace('.', '/');
        String fileName = name.startsWith(folder) ? name.substring(folder.length()) : "";
        boolean inEntry = fileName.endsWith(CLASS_SUFFIX)
                && classes.containsKey(fileName.substring(0, fileName.length() - CLASS_SUFFIX.length()));
        return inEntry ? url(URI.create("jar:" + entry.toUri() + "!/" + fileName)) : null;
    }

    private static URL url(URI uri) {
        try {
            return uri.toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("no URL for " + uri, e);
        }
    }
}

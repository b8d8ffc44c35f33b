package dev.retort.compile;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.security.cert.Certificate;

/**
 * Loads the classes of one cache entry, all in one package, asking its parent first. One loader per
 * revision keeps revisions from seeing each other's classes.
 */
final class EntryClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Path entry;
    private final String packagePrefix;
    private final ProtectionDomain domain;

    EntryClassLoader(Path entry, String packageName, ClassLoader parent) {
        super("revision " + entry.getFileName(), parent);
        this.entry = entry;
        this.packagePrefix = packageName + ".";
        this.domain = new ProtectionDomain(new CodeSource(url(entry), (Certificate[]) null), null, this, null);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        Path file = fileOf(name, ".class");
        if (file == null) {
            throw new ClassNotFoundException(name);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ClassNotFoundException(name);
        } catch (IOException e) {
            throw new ClassNotFoundException(name + " (" + e + ")", e);
        }
        return defineClass(name, bytes, 0, bytes.length, domain);
    }

    @Override
    protected URL findResource(String name) {
        String folder = packagePrefix.replace('.', '/');
        if (!name.startsWith(folder)) {
            return null;
        }
        Path file = fileOf(packagePrefix + name.substring(folder.length()), "");
        return file != null && Files.isRegularFile(file) ? url(file) : null;
    }

    /** The file in this entry for a name directly in its package, or null for any other name. */
    private Path fileOf(String name, String suffix) {
        if (!name.startsWith(packagePrefix)) {
            return null;
        }
        String simpleName = name.substring(packagePrefix.length());
        boolean outside = simpleName.startsWith(".") || simpleName.contains("/") || simpleName.contains("\\");
        if (simpleName.isEmpty() || outside) {
            return null;
        }
        return entry.resolve(simpleName + suffix);
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("no URL for " + path, e);
        }
    }
}

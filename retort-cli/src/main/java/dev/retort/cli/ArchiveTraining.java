package dev.retort.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The training run of the launcher's class-data archive. The archive holds the classes a run loaded (and
 * the lambdas it linked), and the training run migrates an example on SQLite, the one database it can count
 * on; so before that run this loads, without initializing them, the classes of the bundled PostgreSQL and
 * MariaDB drivers, which a first connection to those databases would otherwise read from the jar and verify
 * on every start. It initializes their {@code Driver} classes, as the first connection does, and makes one
 * TCP connection to itself, so that the JDK's socket classes are in the archive too.
 */
public final class ArchiveTraining {
    private static final List<String> DRIVER_PACKAGES = List.of("org/postgresql/", "org/mariadb/jdbc/");
    private static final List<String> DRIVERS = List.of("org.postgresql.Driver", "org.mariadb.jdbc.Driver");
    private static final String CLASS_SUFFIX = ".class";

    private ArchiveTraining() {}

    public static void main(String[] args) {
        loadDriverClasses();
        initializeDrivers();
        connectToItself();
        Main.main(args);
    }

    private static void initializeDrivers() {
        for (String driver : DRIVERS) {
            try {
                Class.forName(driver, true, ArchiveTraining.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                // not bundled
            }
        }
    }

    private static void connectToItself() {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ServerSocket server = new ServerSocket(0, 1, loopback);
                Socket client = new Socket()) {
            client.connect(new InetSocketAddress(loopback, server.getLocalPort()), 1000);
            client.setTcpNoDelay(true);
            client.setKeepAlive(true);
            client.getOutputStream().flush();
        } catch (IOException e) {
            // No loopback here: the archive is a little smaller.
        }
    }

    /** Loads every driver class of the jar this class came from; a class that cannot load is left out. */
    private static void loadDriverClasses() {
        Path jar = ownJar();
        if (jar == null) {
            return;
        }
        ClassLoader loader = ArchiveTraining.class.getClassLoader();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : Collections.list(file.entries())) {
                String name = entry.getName();
                if (isDriverClass(name)) {
                    load(loader, name.substring(0, name.length() - CLASS_SUFFIX.length()).replace('/', '.'));
                }
            }
        } catch (IOException e) {
            // Without them the archive is smaller, and runs on those databases start as they would without it.
        }
    }

    private static boolean isDriverClass(String entry) {
        return entry.endsWith(CLASS_SUFFIX) && !entry.endsWith("module-info.class")
                && DRIVER_PACKAGES.stream().anyMatch(entry::startsWith);
    }

    private static void load(ClassLoader loader, String className) {
        try {
            Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            // a class of an optional feature whose library is not bundled
        }
    }

    private static Path ownJar() {
        try {
            CodeSource source = ArchiveTraining.class.getProtectionDomain().getCodeSource();
            Path path = source == null ? null : Path.of(source.getLocation().toURI());
            return path != null && Files.isRegularFile(path) ? path : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}

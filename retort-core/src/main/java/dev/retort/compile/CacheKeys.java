package dev.retort.compile;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.api.Revision;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cache keys: SHA-256 of a fingerprint of the compiler setup followed by the source file's bytes. The
 * fingerprint covers the cache format, the target release, retort's version and the bytes of the API
 * classes revisions compile against, so a new retort (or a changed API) never reuses old classes; for a file
 * compiled against a class path of its own (the models, the environment hook), that class path too.
 */
final class CacheKeys {
    /** Bump when the cache layout or the way sources are rewritten changes. */
    static final int FORMAT = 2;
    /** The release revisions are compiled for: retort's own minimum, so cached classes run on any JDK it runs on. */
    static final String RELEASE = "17";

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");
    private static final List<Class<?>> API = List.of(Migration.class, Operations.class, Revision.class);

    private final byte[] fingerprint;

    CacheKeys(byte[] fingerprint) {
        this.fingerprint = fingerprint.clone();
    }

    /** Keys for the retort running now. */
    static CacheKeys current() {
        return Current.KEYS;
    }

    /**
     * Keys for files compiled against {@code classPath} as well as retort's API: they change when the classes
     * there change ({@link ClassPathStamp}). The same keys where the class path is empty.
     */
    CacheKeys with(List<Path> classPath) {
        if (classPath.isEmpty()) {
            return this;
        }
        MessageDigest digest = sha256();
        digest.update(fingerprint);
        ClassPathStamp.update(digest, classPath);
        return new CacheKeys(digest.digest());
    }

    String keyOf(byte[] content) {
        MessageDigest digest = sha256();
        digest.update(fingerprint);
        digest.update(content);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Whether a cache folder's name is a key, so that pruning never touches anything else. */
    static boolean isKey(String name) {
        return KEY.matcher(name).matches();
    }

    private static byte[] currentFingerprint() {
        MessageDigest digest = sha256();
        String version = Migration.class.getPackage().getImplementationVersion();
        digest.update(("retort-compile " + FORMAT + "\nrelease " + RELEASE + "\nretort " + version + "\n")
                .getBytes(StandardCharsets.UTF_8));
        for (Class<?> type : API) {
            digest.update(type.getName().getBytes(StandardCharsets.UTF_8));
            digest.update(classBytes(type));
        }
        return digest.digest();
    }

    private static byte[] classBytes(Class<?> type) {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Computed once, on first use. */
    private static final class Current {
        static final CacheKeys KEYS = new CacheKeys(currentFingerprint());
    }
}

package dev.retort.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Under the C or POSIX locale (no {@code LANG} set, as in many containers and CI jobs) Java writes US-ASCII and
 * turns every other character into {@code ?}, which would corrupt a {@code --sql} script and every name or
 * message out of ASCII. There retort writes UTF-8, as Python does under that locale (its UTF-8 mode) and as
 * Alembic writes its scripts ({@code output_encoding}); any other locale's charset is kept.
 */
final class AsciiLocale {
    private AsciiLocale() {}

    /** Makes standard output and error UTF-8 when the locale's charset is US-ASCII. */
    static void writeUtf8Instead() {
        if (!isAscii(System.getProperty("sun.stdout.encoding")) && !isAscii(Charset.defaultCharset().name())) {
            return;
        }
        String utf8 = StandardCharsets.UTF_8.name();
        // picocli's writers follow these; System.out and System.err are replaced for everything else.
        System.setProperty("sun.stdout.encoding", utf8);
        System.setProperty("sun.stderr.encoding", utf8);
        System.setOut(new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)), true,
                StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    }

    private static boolean isAscii(String charset) {
        return charset != null && (charset.equalsIgnoreCase("US-ASCII") || charset.equalsIgnoreCase("ANSI_X3.4-1968")
                || charset.equalsIgnoreCase("ASCII"));
    }
}

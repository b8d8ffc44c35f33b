package dev.retort.script;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * Reads the metadata of a revision file without compiling or executing anything. Java revisions are
 * scanned up to the end of their {@code @Revision} annotation (usually without reading the rest of the
 * file); SQL revisions are read whole, so that a missing or misplaced marker is found at load time.
 * Files are UTF-8.
 */
public final class RevisionFileParser {
    /**
     * SQL revisions up to this size keep their sections from the reading of their metadata, so that a run splits
     * them without reading the file again; larger ones (data dumps) are read again when they run rather than kept
     * in memory for the whole process.
     */
    static final int KEPT_SQL_CHARS = 16 * 1024;

    private static final int PREFIX_BYTES = 8192;

    private RevisionFileParser() {
    }

    /**
     * The metadata of a {@code .java} or {@code .sql} revision file.
     *
     * @throws BrokenRevisionFileException naming the file, the line and what is wrong
     */
    public static RevisionScript parse(Path file) {
        return read(file).script();
    }

    /**
     * The upgrade and downgrade parts of a SQL revision, with their markers' options.
     *
     * @throws BrokenRevisionFileException when the file is not a valid SQL revision
     */
    public static SqlRevisionBody parseSqlBody(Path file) {
        if (RevisionFormat.ofFile(file).orElse(null) != RevisionFormat.SQL) {
            throw new BrokenRevisionFileException(file, "not a SQL revision: the file name must end in .sql", 0);
        }
        return SqlRevisionReader.read(file, decode(file, readAll(file))).body();
    }

    /** The metadata of a file's content, as if it were at {@code file} (for text not yet written). */
    static RevisionScript parse(Path file, String content, RevisionFormat format) {
        if (format == RevisionFormat.SQL) {
            return SqlRevisionReader.read(file, content).script();
        }
        return JavaRevisionReader.read(file, content, true).script();
    }

    /** The metadata of a file with the line of its id. */
    static Loaded read(Path file) {
        RevisionFormat format = RevisionFormat.ofFile(file).orElseThrow(() -> new BrokenRevisionFileException(
                file, "not a revision file: the file name must end in .java or .sql", 0));
        if (format == RevisionFormat.SQL) {
            String text = decode(file, readAll(file));
            SqlRevisionReader.Result result = SqlRevisionReader.read(file, text);
            return new Loaded(result.script(), result.idLine(), text.length() <= KEPT_SQL_CHARS ? result.body() : null);
        }
        JavaRevisionReader.Result result = readJava(file);
        return new Loaded(result.script(), result.idLine(), null);
    }

    /**
     * A file's metadata, the line its id is on and, for a SQL revision of up to {@link #KEPT_SQL_CHARS}
     * characters, its sections (null otherwise).
     */
    record Loaded(RevisionScript script, int idLine, SqlRevisionBody sqlBody) {
    }

    private static JavaRevisionReader.Result readJava(Path file) {
        byte[] prefix = readPrefix(file);
        if (prefix.length <= PREFIX_BYTES) {
            return JavaRevisionReader.read(file, decode(file, prefix), true);
        }
        try {
            return JavaRevisionReader.read(file, decode(file, wholeCharacters(prefix, PREFIX_BYTES)), false);
        } catch (JavaLexer.Truncated notEnough) {
            return JavaRevisionReader.read(file, decode(file, readAll(file)), true);
        }
    }

    // The whole file, or its first PREFIX_BYTES + 1 bytes when it is longer (one more than the prefix
    // tells that the file goes on).
    private static byte[] readPrefix(Path file) {
        requireRegularFile(file);
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), PREFIX_BYTES + 1));
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // keep reading: a channel may return fewer bytes than asked for
            }
            return buffer.position() == buffer.capacity() ? buffer.array() : Arrays.copyOf(buffer.array(), buffer.position());
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static byte[] readAll(Path file) {
        requireRegularFile(file);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    // Opening a named pipe waits for a writer, and a device may never end: neither is opened.
    private static void requireRegularFile(Path file) {
        try {
            if (Files.readAttributes(file, BasicFileAttributes.class).isOther()) {
                throw new BrokenRevisionFileException(file, "not a regular file (a named pipe, a socket or a device);"
                        + " replace it with the revision's file, or remove it", 0);
            }
        } catch (IOException e) {
            // A file that is gone or cannot be looked at is reported by the read, as such.
        }
    }

    // The first bytes of a UTF-8 text, cut before any character the cut would split.
    private static byte[] wholeCharacters(byte[] bytes, int length) {
        int end = length;
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        return Arrays.copyOf(bytes, end);
    }

    private static String decode(Path file, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        // The lenient decoding above is much faster; a replacement character means the bytes may be
        // malformed, which only the strict decoder can tell from a U+FFFD written in the file.
        if (text.indexOf('\uFFFD') >= 0) {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CoderResult result = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in, CharBuffer.allocate(bytes.length), true);
            if (result.isError()) {
                throw new BrokenRevisionFileException(file, "not valid UTF-8 text (byte " + (in.position() + 1)
                        + " of the file); revision files are read as UTF-8", lineAt(bytes, in.position()));
            }
        }
        return text;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static BrokenRevisionFileException unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new BrokenRevisionFileException(file, "does not exist", 0);
        }
        if (e instanceof AccessDeniedException) {
            return new BrokenRevisionFileException(file, "cannot be read: permission denied", 0);
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new BrokenRevisionFileException(file, "cannot be read (" + detail + ")", 0);
    }
}

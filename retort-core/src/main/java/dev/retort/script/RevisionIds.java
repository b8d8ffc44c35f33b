package dev.retort.script;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Revision identifiers: new random ones, and the check every id given by a user or read from a file
 * passes. The characters {@code @ - + :} have meanings in revision identifiers ({@code label@head},
 * {@code -1}, {@code +2}, {@code a:b}); whitespace, commas, path separators and control characters would
 * break file names or the {@code Revises:} list, so they are refused too, as is a leading {@code .}
 * (a hidden file). The symbols {@code head}, {@code heads}, {@code base} and {@code current} are refused as
 * ids (a revision so named could not be addressed). A new revision's id may not be longer than the version
 * table's {@code version_num VARCHAR(32)} column as Alembic creates it; a file's may, as Alembic reads it, for a
 * version table whose column was widened (a narrower one refuses the row when it is written).
 */
public final class RevisionIds {

    /** The width of the version table's {@code version_num} column, as Alembic creates it. */
    public static final int MAX_LENGTH = 32;

    private static final String RESERVED = "@-+:,/\\";
    private static final Set<String> SYMBOLS = Set.of("head", "heads", "base", "current");

    private RevisionIds() {
    }

    /** Twelve random lowercase hex digits, as Alembic makes them. */
    public static String random() {
        byte[] bytes = new byte[6];
        Random.GENERATOR.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * Refuses what {@link #validate} refuses, and an id longer than {@link #MAX_LENGTH} characters: the id of a
     * revision about to be written.
     */
    public static void validateNew(String id) {
        validate(id);
        int length = id.codePointCount(0, id.length());
        if (length > MAX_LENGTH) {
            throw new InvalidRevisionIdException(id, "Revision identifier '" + id + "' is " + length
                    + " characters long; the version table records at most " + MAX_LENGTH
                    + " (version_num VARCHAR(" + MAX_LENGTH + ")), so choose a shorter id");
        }
    }

    /**
     * Refuses an empty id, one with reserved characters (with Alembic's message: {@code Character(s) '@'
     * not allowed in revision identifier 'x@y'}), and a symbol of the identifier grammar.
     */
    public static void validate(String id) {
        Objects.requireNonNull(id, "id");
        if (id.isEmpty()) {
            throw new InvalidRevisionIdException(id, "A revision identifier cannot be empty");
        }
        if (id.startsWith(".")) {
            throw new InvalidRevisionIdException(id, "Revision identifier '" + id + "' cannot start with '.'"
                    + " (its file would be hidden and never loaded)");
        }
        if (hasRefused(id)) {
            throw refusedCharacters(id);
        }
        if (SYMBOLS.contains(id)) {
            throw new InvalidRevisionIdException(id, "Revision identifier '" + id + "' is reserved: it is a symbol"
                    + " of the revision grammar (head, heads, base, current), so a revision with this id could not"
                    + " be addressed; choose another id");
        }
    }

    private static InvalidRevisionIdException refusedCharacters(String id) {
        TreeSet<Integer> refused = id.codePoints()
                .filter(RevisionIds::isRefused)
                .boxed()
                .collect(Collectors.toCollection(TreeSet::new));
        String characters = refused.stream().map(RevisionIds::describe).collect(Collectors.joining(", "));
        return new InvalidRevisionIdException(
                id, "Character(s) '" + characters + "' not allowed in revision identifier '" + id + "'");
    }

    // A plain loop: ids are checked for every file loaded, where streams would cost start-up time.
    private static boolean hasRefused(String id) {
        for (int i = 0; i < id.length(); i++) {
            if (isRefused(id.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRefused(int codePoint) {
        return RESERVED.indexOf(codePoint) >= 0 || Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint) || Character.isISOControl(codePoint);
    }

    private static String describe(int codePoint) {
        if (codePoint == ' ') {
            return "space";
        }
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.isISOControl(codePoint)) {
            return String.format("U+%04X", codePoint);
        }
        return Character.toString(codePoint);
    }

    /** Made on first use, so that commands which only read revisions do not pay for seeding it (tens of milliseconds). */
    private static final class Random {
        static final SecureRandom GENERATOR = new SecureRandom();
    }
}

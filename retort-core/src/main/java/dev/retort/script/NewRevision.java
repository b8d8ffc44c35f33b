package dev.retort.script;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A revision to write: what the revision and merge commands (and autogenerate) decide, before a
 * template turns it into a file with {@link RevisionWriter}.
 *
 * <p>The message's line breaks are normalised to {@code \n} and trailing blanks removed, since no file
 * format keeps them; a null message is written as {@code empty message}, with an empty slug, as
 * Alembic does. A SQL revision's message cannot have a line starting with {@code retort:}: in the header
 * comment it would read as a marker line. A Java revision's message must fit in a class file's string constant.
 *
 * @param id the new revision's id (checked with {@link RevisionIds#validateNew})
 * @param revises the parents; empty for a new base, several for a merge
 * @param branchLabels the branch labels the revision declares
 * @param dependsOn revisions or labels it depends on
 * @param message the message, or null
 * @param format Java or SQL
 * @param upgradeBody the body of the upgrade, or null for an empty one
 * @param downgradeBody the body of the downgrade, or null for an empty one
 * @param imports qualified names the body needs imported (Java only), e.g. {@code dev.retort.api.Types}
 */
public record NewRevision(
        String id,
        List<String> revises,
        List<String> branchLabels,
        List<String> dependsOn,
        String message,
        RevisionFormat format,
        String upgradeBody,
        String downgradeBody,
        List<String> imports) {

    private static final int MAX_CONSTANT_BYTES = 65_535;
    private static final Pattern MARKER_LIKE = Pattern.compile("\\s*(?i:retort:)");

    public NewRevision {
        RevisionIds.validateNew(id);
        revises = List.copyOf(revises);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        imports = List.copyOf(imports);
        Objects.requireNonNull(format, "format");
        revises.forEach(RevisionIds::validate);
        requireDistinct("revises", revises);
        branchLabels.forEach(label -> requireName("Branch label", label));
        requireDistinct("branch labels", branchLabels);
        dependsOn.forEach(dependency -> requireName("Dependency", dependency));
        requireDistinct("dependsOn", dependsOn);
        message = normalise(message);
        if (format == RevisionFormat.SQL) {
            requireNoMarkerLine(message);
        } else {
            requireClassFileLength(message);
        }
    }

    /** A revision with no labels, dependencies, bodies or imports. */
    public static NewRevision of(String id, List<String> revises, String message, RevisionFormat format) {
        return new NewRevision(id, revises, List.of(), List.of(), message, format, null, null, List.of());
    }

    /** The message as the file states it: the given one, or {@code empty message}. */
    public String messageOrDefault() {
        return message == null ? "empty message" : message;
    }

    private static String normalise(String message) {
        if (message == null) {
            return null;
        }
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < message.length()
                    && Character.isLowSurrogate(message.charAt(i + 1));
            if (paired) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new ScriptException("The revision message contains an unpaired surrogate character"
                        + " at index " + i + "; it cannot be written to a file");
            }
        }
        return message.replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
    }

    /** A SQL revision's message is a header comment: a line {@code -- retort:...} there would read as a marker. */
    private static void requireNoMarkerLine(String message) {
        if (message == null) {
            return;
        }
        List<String> lines = message.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (MARKER_LIKE.matcher(lines.get(i)).lookingAt()) {
                throw new ScriptException("Line " + (i + 1) + " of the revision message, '" + lines.get(i)
                        + "', starts with 'retort:'; a SQL revision's message line cannot start with 'retort:',"
                        + " as it would read as a marker (-- retort:upgrade): reword that line");
            }
        }
    }

    /**
     * A Java revision's message is a string constant of its {@code @Revision} annotation, which a class file
     * holds in at most 65,535 bytes of modified UTF-8 (NUL takes two bytes, a character outside the Basic
     * Multilingual Plane six); javac refuses a longer one.
     */
    private static void requireClassFileLength(String message) {
        if (message == null) {
            return;
        }
        long bytes = 0;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            bytes += c >= 1 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        if (bytes > MAX_CONSTANT_BYTES) {
            throw new ScriptException(String.format(Locale.ROOT, "The revision message is too long for a Java"
                    + " revision: %,d bytes as a class file stores it (modified UTF-8), and the @Revision annotation"
                    + " holds at most %,d; shorten the message, or write a SQL revision, whose message has no limit",
                    bytes, MAX_CONSTANT_BYTES));
        }
    }

    private static void requireName(String what, String name) {
        Objects.requireNonNull(name, what);
        boolean bad = name.isEmpty() || name.codePoints().anyMatch(c -> c == ',' || Character.isWhitespace(c)
                || Character.isSpaceChar(c) || Character.isISOControl(c));
        if (bad) {
            throw new ScriptException(what + " '" + name + "' must be non-empty, without commas or whitespace");
        }
    }

    private static void requireDistinct(String what, List<String> values) {
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (!seen.add(value)) {
                throw new ScriptException("'" + value + "' is given twice in " + what);
            }
        }
    }
}

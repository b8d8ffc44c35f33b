package dev.retort.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The slug of a revision message, as Alembic makes it for file names: the message's words (runs of
 * letters, digits and underscores, in Unicode) joined with {@code _} and lowercased; when longer than
 * the limit, cut at the limit, the partial last word dropped and {@code _} appended.
 */
public final class Slugs {

    private Slugs() {
    }

    /** The slug of {@code message} ({@code ""} for a null or wordless message), cut to {@code truncateLength}. */
    public static String slug(String message, int truncateLength) {
        if (truncateLength < 1) {
            throw new ScriptException("truncate_slug_length must be at least 1, not " + truncateLength);
        }
        String slug = String.join("_", words(message == null ? "" : message)).toLowerCase(Locale.ROOT);
        int length = slug.codePointCount(0, slug.length());
        if (length <= truncateLength) {
            return slug;
        }
        String cut = slug.substring(0, slug.offsetByCodePoints(0, truncateLength));
        int lastUnderscore = cut.lastIndexOf('_');
        return (lastUnderscore < 0 ? cut : cut.substring(0, lastUnderscore)) + "_";
    }

    /** The runs of word characters in {@code text}, in order. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (isWordCharacter(codePoint)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(codePoint);
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        return words;
    }

    // Python's \w on str: letters, anything with a numeric value, and the underscore.
    private static boolean isWordCharacter(int codePoint) {
        if (codePoint == '_' || Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}

package dev.retort.script;

/**
 * Class names for Java revisions: the slug's words in CamelCase, then {@code _} and the revision id
 * ({@code CreateAccountTable_1975ea83b712}), or {@code Revision_<id>} without a message. Characters that
 * cannot appear in a Java identifier are dropped from the words and replaced by {@code _} in the id, so
 * the result is a valid identifier for any message and id, and never a keyword (it always holds a
 * {@code _} followed by something).
 */
public final class ClassNames {

    private static final int MAX_WORDS_LENGTH = 80;

    private ClassNames() {
    }

    public static String of(String slug, String id) {
        if (id.isEmpty()) {
            throw new IllegalArgumentException("id must not be empty");
        }
        return camelCase(slug) + "_" + sanitise(id);
    }

    private static String camelCase(String slug) {
        StringBuilder name = new StringBuilder();
        for (String word : slug.split("_")) {
            StringBuilder kept = new StringBuilder();
            word.codePoints().filter(ClassNames::isIdentifierPart).forEach(kept::appendCodePoint);
            if (kept.length() > 0) {
                int first = kept.codePointAt(0);
                name.appendCodePoint(Character.toUpperCase(first)).append(kept, Character.charCount(first), kept.length());
            }
            if (name.codePointCount(0, name.length()) >= MAX_WORDS_LENGTH) {
                break;
            }
        }
        if (name.length() == 0) {
            return "Revision";
        }
        return Character.isJavaIdentifierStart(name.codePointAt(0)) ? name.toString() : "Revision" + name;
    }

    private static String sanitise(String id) {
        StringBuilder sanitised = new StringBuilder();
        id.codePoints().forEach(c -> {
            if (isIdentifierPart(c)) {
                sanitised.appendCodePoint(c);
            } else {
                sanitised.append('_');
            }
        });
        return sanitised.toString();
    }

    private static boolean isIdentifierPart(int codePoint) {
        return Character.isJavaIdentifierPart(codePoint) && !Character.isIdentifierIgnorable(codePoint);
    }
}

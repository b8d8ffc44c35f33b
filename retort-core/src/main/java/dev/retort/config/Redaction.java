package dev.retort.config;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides passwords in text before it is shown: the password of any {@code scheme://user:password@host}
 * URL and the value of any {@code password=}, {@code pwd=} or {@code ...Password=} parameter become
 * {@value #MASK}. Apply it to every URL, driver message or error text that may reach a person.
 *
 * <p>It errs on the side of hiding too much: a password is taken to run up to the last {@code @} of the
 * URL, so an unencoded {@code @} in a password is hidden as well.
 */
public final class Redaction {
    /** What a password is replaced with. */
    public static final String MASK = "***";

    private static final String SCHEME_AND_USER = "([A-Za-z][A-Za-z0-9+.:-]*://[^\\s/?#:]*:)";
    private static final Pattern USERINFO_IN_TEXT = Pattern.compile(SCHEME_AND_USER + "\\S*@");
    private static final Pattern USERINFO_IN_URL = Pattern.compile(SCHEME_AND_USER + ".*@", Pattern.DOTALL);
    /** The value ends at a separator, or before a colon that ends the text or a word (a message's "url: reason"). */
    private static final Pattern PASSWORD_PARAMETER =
            Pattern.compile("(?i)([A-Za-z_.-]*(?:password|passwd|pwd)=)[^&;\\s'\"]*?(?=$|[&;\\s'\"]|:(?:\\s|$))");

    private Redaction() {
    }

    /** The text with every password found in URLs or password parameters replaced by {@value #MASK}. */
    public static String redact(String text) {
        Objects.requireNonNull(text, "text");
        return redactParameters(replaceUserInfo(USERINFO_IN_TEXT, text));
    }

    /** Like {@link #redact} for a text that is one URL, so a password may contain whitespace. */
    static String redactUrl(String url) {
        return redactParameters(replaceUserInfo(USERINFO_IN_URL, url));
    }

    static String redactParameters(String text) {
        return PASSWORD_PARAMETER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
    }

    private static String replaceUserInfo(Pattern pattern, String text) {
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + "@"));
    }
}

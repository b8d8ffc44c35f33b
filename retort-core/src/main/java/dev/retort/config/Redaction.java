package dev.retort.config;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides passwords in text before it is shown: the password of any {@code scheme://user:password@host}
 * URL, of an Oracle {@code jdbc:oracle:thin:user/password@host} URL, and the value of any {@code password=},
 * {@code pwd=} or {@code ...Password=} parameter become {@value #MASK}. Apply it to every URL, driver message or error text that may reach a person.
 *
 * <p>It errs on the side of hiding too much: a password is taken to run up to the last {@code @} of the
 * URL, so an unencoded {@code @} in a password is hidden as well.
 */
public final class Redaction {
    /** What a password is replaced with. */
    public static final String MASK = "***";

    /**
     * A scheme starts where no scheme character stands before it and its parts are matched without backtracking
     * ({@code jdbc:postgresql://}): a long run of letters and digits (a hex blob in a failing statement) is then
     * read once, not once from each of its characters.
     */
    private static final String SCHEME_AND_USER =
            "((?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*+(?::[A-Za-z][A-Za-z0-9+.-]*+)*+://[^\\s/?#:]*+:)";
    private static final Pattern USERINFO_IN_TEXT = Pattern.compile(SCHEME_AND_USER + "\\S*@");
    private static final Pattern USERINFO_IN_URL = Pattern.compile(SCHEME_AND_USER + ".*@", Pattern.DOTALL);
    /** Oracle's {@code jdbc:oracle:thin:user/password@host:1521:sid}, which a data source's metadata may report. */
    private static final String ORACLE_USER = "((?<![A-Za-z0-9+.-])jdbc:oracle:[A-Za-z0-9]++:[^\\s/@:]*+/)";
    private static final Pattern ORACLE_USERINFO_IN_TEXT = Pattern.compile(ORACLE_USER + "\\S+@");
    private static final Pattern ORACLE_USERINFO_IN_URL = Pattern.compile(ORACLE_USER + ".+@", Pattern.DOTALL);
    /** The value ends at a separator, or before a colon that ends the text or a word (a message's "url: reason"). */
    private static final Pattern PASSWORD_PARAMETER =
            Pattern.compile("(?i)((?<![(A-Za-z_.-])[A-Za-z_.-]*(?:password|passwd|pwd)=)[^&;\\s'\"]*?"
                    + "(?=$|[&;\\s'\"]|:(?:\\s|$))");
    /**
     * In a URL, a parameter's value runs to the next parameter, quotes and spaces included (H2's
     * {@code PASSWORD=<file password> <user password>}).
     */
    private static final Pattern PASSWORD_PARAMETER_IN_URL =
            Pattern.compile("(?i)((?<![(A-Za-z_.-])[A-Za-z_.-]*(?:password|passwd|pwd)=)([^&;]*)");
    /** MariaDB's {@code address=(host=h)(password=secret)} form, whose value ends at the parenthesis. */
    private static final Pattern PASSWORD_IN_ADDRESS = Pattern.compile("(?i)(\\((?:password|passwd|pwd)=)([^)]*)");
    /** The password of {@code //user:password@}, after any sub-protocol ({@code jdbc:mariadb:replication://}). */
    private static final Pattern PASSWORD_IN_USERINFO = Pattern.compile("^[^/?#]*//[^/?#:@]*:(.*)@[^@]*$",
            Pattern.DOTALL);

    private Redaction() {
    }

    /** The text with every password found in URLs or password parameters replaced by {@value #MASK}. */
    public static String redact(String text) {
        Objects.requireNonNull(text, "text");
        // Parameters first: an @ in a password parameter would otherwise be read as the end of a user part that
        // starts at a host's port (jdbc:postgresql://host:5432/db?password=a@b), and the rest of it shown.
        return replaceUserInfo(ORACLE_USERINFO_IN_TEXT, replaceUserInfo(USERINFO_IN_TEXT, redactParameters(text)));
    }

    /** Like {@link #redact} for a text that is one URL, so a password may contain whitespace or quotes. */
    static String redactUrl(String url) {
        return replaceUserInfo(ORACLE_USERINFO_IN_URL, replaceUserInfo(USERINFO_IN_URL,
                withoutAddressPasswords(PASSWORD_PARAMETER_IN_URL.matcher(url)
                        .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK)))));
    }

    /**
     * The passwords a URL holds as written: that of its user part and the values of its password parameters,
     * which a driver may repeat in a message in any form.
     */
    static Set<String> secretsIn(String url) {
        Set<String> secrets = new LinkedHashSet<>();
        Matcher userInfo = PASSWORD_IN_USERINFO.matcher(url);
        if (userInfo.find()) {
            secrets.add(userInfo.group(1));
        }
        for (Pattern parameter : List.of(PASSWORD_PARAMETER_IN_URL, PASSWORD_IN_ADDRESS)) {
            Matcher parameters = parameter.matcher(url);
            while (parameters.find()) {
                secrets.add(parameters.group(2));
            }
        }
        secrets.removeIf(String::isEmpty);
        return secrets;
    }

    /**
     * The text with each of {@code secrets} hidden where it stands as a whole (not inside a longer word, so
     * that a short password does not turn {@code password} into {@code pa***word}), except one that is also
     * the {@code user}, whose name a message may show; then {@link #redact}.
     */
    public static String redact(String text, Set<String> secrets, Optional<String> user) {
        String hidden = text;
        List<String> longestFirst = secrets.stream().filter(secret -> !secret.isEmpty() && !user.equals(
                Optional.of(secret))).sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String secret : longestFirst) {
            hidden = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(secret) + "(?![\\p{L}\\p{N}])")
                    .matcher(hidden).replaceAll(Matcher.quoteReplacement(MASK));
        }
        return redact(hidden);
    }

    static String redactParameters(String text) {
        return withoutAddressPasswords(PASSWORD_PARAMETER.matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK)));
    }

    private static String withoutAddressPasswords(String text) {
        return PASSWORD_IN_ADDRESS.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
    }

    private static String replaceUserInfo(Pattern pattern, String text) {
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + "@"));
    }
}

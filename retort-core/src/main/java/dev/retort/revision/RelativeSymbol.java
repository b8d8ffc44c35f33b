package dev.retort.revision;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A relative identifier, Alembic's {@code [branch@][symbol](+|-)N}: {@code +2}, {@code -1},
 * {@code ae10+2}, {@code feature@-1}, {@code feature@head-1}, {@code base+2}. Unlike Alembic, text after
 * the number is not ignored: such a symbol is not relative and later fails to resolve.
 */
record RelativeSymbol(String branch, String symbol, int steps, String stepsText) {
    private static final Pattern PATTERN =
            Pattern.compile("(?:(.+?)@)?(\\w+)?((?:\\+|-)\\d+)", Pattern.UNICODE_CHARACTER_CLASS);

    static Optional<RelativeSymbol> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = PATTERN.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String steps = matcher.group(3);
        return Optional.of(new RelativeSymbol(matcher.group(1), matcher.group(2), Resolver.integer(steps), steps));
    }

    /**
     * Alembic's message when a relative step finds fewer revisions than asked for, with the number as
     * written ({@code +3}) or, as Alembic prints some, as an integer ({@code -3} for {@code -03}). The number
     * is the one given, however large: {@link #steps} is clamped to the int range.
     */
    RevisionStepException notEnough(boolean asWritten) {
        BigInteger exact = new BigInteger(stepsText.startsWith("+") ? stepsText.substring(1) : stepsText);
        return new RevisionStepException("Relative revision " + (asWritten ? stepsText : exact.toString())
                + " didn't produce " + exact.abs() + " migrations");
    }
}

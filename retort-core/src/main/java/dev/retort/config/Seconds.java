package dev.retort.config;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;

/**
 * A setting given in seconds: a number, zero or more, or a string holding one, which is what a {@code "${VAR}"}
 * value becomes ({@code lock_timeout = "${LOCK_TIMEOUT:-60}"}).
 */
public final class Seconds {
    /**
     * The longest wait, about 24.8 days: the most milliseconds an {@code int} holds, as PostgreSQL's
     * {@code lock_timeout} and SQLite's busy timeout take them; a longer one waits this long.
     */
    public static final Duration LONGEST = Duration.ofMillis(Integer.MAX_VALUE);
    private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(LONGEST.toMillis(), 3);

    private Seconds() {
    }

    /**
     * The duration {@code value} gives, at most {@link #LONGEST}, or empty when it is not a number of seconds,
     * zero or more.
     */
    public static Optional<Duration> parse(Object value) {
        BigDecimal seconds;
        if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
            seconds = new BigDecimal(number.toString());
        } else if (value instanceof String text && text.strip().matches("\\d+(\\.\\d+)?")) {
            seconds = new BigDecimal(text.strip());
        } else {
            return Optional.empty();
        }
        if (seconds.signum() < 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(seconds.min(MAX_SECONDS).movePointRight(3)
                .setScale(0, RoundingMode.HALF_UP).longValueExact()));
    }

    /** {@code duration} in seconds as a person writes them: {@code 60}, {@code 1.5}, {@code 0.25}. */
    public static String format(Duration duration) {
        return decimal(duration).toPlainString();
    }

    /** {@code duration} in seconds, to the millisecond. */
    public static BigDecimal decimal(Duration duration) {
        BigDecimal seconds = BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros();
        return seconds.scale() < 0 ? seconds.setScale(0) : seconds;
    }
}

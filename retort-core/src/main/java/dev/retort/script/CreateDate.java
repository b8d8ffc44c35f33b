package dev.retort.script;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * When a revision was created, written as Python's {@code str(datetime)} writes it, because that is what
 * Alembic puts in its files: {@code 2026-11-22 10:00:00.123456}, the fraction left out when it is zero,
 * and an offset such as {@code +00:00} only when a timezone is configured.
 *
 * @param time the moment, to the microsecond, in the zone it is shown in
 * @param withOffset whether the text shows the offset (a timezone was configured)
 */
public record CreateDate(ZonedDateTime time, boolean withOffset) {

    public CreateDate {
        Objects.requireNonNull(time, "time");
        time = time.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Now, in {@code timezone} with its offset shown, or without a timezone in the clock's zone (pass
     * {@link Clock#systemDefaultZone()} for the local time) without an offset.
     */
    public static CreateDate now(Clock clock, Optional<ZoneId> timezone) {
        ZoneId zone = timezone.orElse(clock.getZone());
        return new CreateDate(ZonedDateTime.ofInstant(clock.instant(), zone), timezone.isPresent());
    }

    /**
     * The zone the {@code timezone} setting names, tried as written and then in upper case (as Alembic
     * does, so {@code utc} works).
     */
    public static ZoneId zone(String name) {
        for (String candidate : new String[] {name, name.toUpperCase(Locale.ROOT)}) {
            try {
                return ZoneId.of(candidate);
            } catch (DateTimeException notThisSpelling) {
                // try the next spelling
            }
        }
        throw new ScriptException("Can't locate timezone: " + name
                + " (use a region such as Europe/Paris or UTC, or an offset such as +02:00)");
    }

    /** The text written in the revision file. */
    public String text() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%04d-%02d-%02d %02d:%02d:%02d",
                time.getYear(), time.getMonthValue(), time.getDayOfMonth(),
                time.getHour(), time.getMinute(), time.getSecond()));
        int micros = time.getNano() / 1000;
        if (micros != 0) {
            text.append(String.format(Locale.ROOT, ".%06d", micros));
        }
        if (withOffset) {
            text.append(offset(time.getOffset()));
        }
        return text.toString();
    }

    /** The values of the date tokens of {@link FileTemplate}: epoch, year, month, day, hour, minute, second. */
    public Map<String, Object> tokens() {
        Map<String, Object> tokens = new LinkedHashMap<>();
        tokens.put("epoch", time.toEpochSecond());
        tokens.put("year", time.getYear());
        tokens.put("month", time.getMonthValue());
        tokens.put("day", time.getDayOfMonth());
        tokens.put("hour", time.getHour());
        tokens.put("minute", time.getMinute());
        tokens.put("second", time.getSecond());
        return tokens;
    }

    private static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int magnitude = Math.abs(total);
        String text = String.format(Locale.ROOT, "%s%02d:%02d",
                total < 0 ? "-" : "+", magnitude / 3600, magnitude / 60 % 60);
        return magnitude % 60 == 0 ? text : text + String.format(Locale.ROOT, ":%02d", magnitude % 60);
    }

    @Override
    public String toString() {
        return text();
    }
}

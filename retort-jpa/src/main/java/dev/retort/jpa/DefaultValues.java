package dev.retort.jpa;

import dev.retort.schema.ServerDefault;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A column default as written in {@code @ColumnDefault}: a quoted string, a number or a boolean is the
 * literal it stands for, as reflection reads literals back; anything else is SQL written as it is.
 */
final class DefaultValues {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern QUOTED = Pattern.compile("'((?:[^']|'')*)'");

    private DefaultValues() {
    }

    static ServerDefault of(String written) {
        String text = written.trim();
        if (QUOTED.matcher(text).matches()) {
            return ServerDefault.literal(text.substring(1, text.length() - 1).replace("''", "'"));
        }
        if (NUMBER.matcher(text).matches()) {
            return ServerDefault.literal(text.contains(".") ? (Object) new BigDecimal(text) : number(text));
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            return ServerDefault.literal(Boolean.valueOf(lower));
        }
        return ServerDefault.sql(text);
    }

    private static Object number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException tooLong) {
            return new BigDecimal(text);
        }
    }
}

package dev.retort.reflect;

import dev.retort.schema.ServerDefault;
import java.math.BigDecimal;

/** A number a database echoes as a default, as every reader gives it: a {@code Long}, else a {@code BigDecimal}. */
final class NumberLiterals {

    private NumberLiterals() {
    }

    static ServerDefault.Literal parse(String text) {
        if (!text.contains(".") && !text.contains("e") && !text.contains("E")) {
            try {
                return ServerDefault.literal(Long.parseLong(text));
            } catch (NumberFormatException tooLong) {
                return ServerDefault.literal(new BigDecimal(text));
            }
        }
        return ServerDefault.literal(new BigDecimal(text));
    }
}

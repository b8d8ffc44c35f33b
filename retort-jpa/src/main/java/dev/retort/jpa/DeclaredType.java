package dev.retort.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * A column type as Hibernate writes it in DDL, in parts: {@code timestamp(6) with time zone} is the name
 * {@code timestamp}, the argument {@code 6} and the suffix {@code with time zone}; {@code enum ('A','B')}
 * has the arguments {@code A} and {@code B}, unquoted. Names and suffixes are in lower case.
 */
record DeclaredType(String written, String name, List<String> arguments, String suffix) {

    static DeclaredType parse(String written) {
        String text = written.trim();
        int open = text.indexOf('(');
        if (open < 0) {
            return new DeclaredType(text, lower(text), List.of(), "");
        }
        int close = closing(text, open);
        List<String> arguments = close < 0 ? List.of() : arguments(text.substring(open + 1, close));
        String suffix = close < 0 ? "" : lower(text.substring(close + 1));
        return new DeclaredType(text, lower(text.substring(0, open)), arguments, suffix);
    }

    /** The first argument as a number, if there is one. */
    OptionalInt first() {
        return number(0);
    }

    /** The second argument as a number, if there is one. */
    OptionalInt second() {
        return number(1);
    }

    private OptionalInt number(int index) {
        if (arguments.size() <= index) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(arguments.get(index)));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    private static String lower(String text) {
        return text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static int closing(String text, int open) {
        boolean quoted = false;
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == ')' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    /** {@code 12,2} as {@code [12, 2]}; {@code 'A','it''s'} as {@code [A, it's]}. */
    private static List<String> arguments(String inside) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            if (c == '\'') {
                if (quoted && i + 1 < inside.length() && inside.charAt(i + 1) == '\'') {
                    current.append('\'');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                arguments.add(current.toString().trim());
                current.setLength(0);
            } else if (quoted || !Character.isWhitespace(c)) {
                current.append(c);
            }
        }
        arguments.add(current.toString().trim());
        return List.copyOf(arguments);
    }
}

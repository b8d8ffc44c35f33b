package dev.retort.script;

import java.util.List;
import java.util.stream.Collectors;

/** Text made safe for Java source: string literals, arrays of them, and Javadoc comment text. */
public final class JavaLiterals {

    private JavaLiterals() {
    }

    /** {@code value} as a Java string literal, quotes included. */
    public static String quote(String value) {
        StringBuilder literal = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                case '\t' -> literal.append("\\t");
                case '\b' -> literal.append("\\b");
                case '\f' -> literal.append("\\f");
                default -> appendOther(literal, value, i, c);
            }
        }
        return literal.append('"').toString();
    }

    private static void appendOther(StringBuilder literal, String value, int i, char c) {
        if (c < 0x20 || c == 0x7f) {
            // Three octal digits, never a unicode escape: javac turns those into characters first.
            literal.append(String.format("\\%03o", (int) c));
        } else if (Character.isSurrogate(c) && !isPaired(value, i)) {
            literal.append(String.format("\\u%04x", (int) c));
        } else {
            literal.append(c);
        }
    }

    /** Whether the surrogate at {@code i} is half of a pair, and so a character a Java source can hold. */
    public static boolean isPaired(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
    }

    /** {@code {"a", "b"}}, or {@code {}}. */
    static String array(List<String> values) {
        return values.stream().map(JavaLiterals::quote).collect(Collectors.joining(", ", "{", "}"));
    }

    /**
     * Each line of {@code text} as a line of a Javadoc comment ({@code " * line"}, or {@code " *"} for an
     * empty one). A {@code *}{@code /} would close the comment and an unpaired backslash before {@code u}
     * would be read as a unicode escape, so both are defused; control characters become spaces.
     */
    static String javadoc(String text) {
        if (text.isEmpty()) {
            return " *";
        }
        return text.lines()
                .map(JavaLiterals::commentText)
                .map(line -> line.isEmpty() ? " *" : " * " + line)
                .collect(Collectors.joining("\n"));
    }

    private static String commentText(String line) {
        StringBuilder out = new StringBuilder(line.length());
        int backslashes = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == 'u' && backslashes % 2 == 1) {
                out.append('\\');
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
            if (c == '/' && i > 0 && line.charAt(i - 1) == '*') {
                out.append(' ');
            }
            out.append(c < 0x20 && c != '\t' || c == 0x7f ? ' ' : c);
        }
        return out.toString();
    }
}

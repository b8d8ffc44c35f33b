package dev.retort.autogenerate.render;

/** Text made safe for generated Java: string literals and line comments. */
final class JavaText {

    private JavaText() {
    }

    /** {@code value} as a Java string literal, quotes included. */
    static String quote(String value) {
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
            // Octal, never a unicode escape: javac reads those before it reads the literal.
            literal.append(String.format("\\%03o", (int) c));
        } else if (Character.isSurrogate(c) && !isPaired(value, i)) {
            literal.append(String.format("\\u%04x", (int) c));
        } else {
            literal.append(c);
        }
    }

    private static boolean isPaired(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
    }

    /**
     * {@code text} as the content of one {@code //} comment line: line breaks and control characters become
     * spaces, and a backslash that would start a unicode escape (which javac reads even in comments) is
     * doubled.
     */
    static String comment(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int backslashes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'u' && backslashes % 2 == 1) {
                out.append('\\');
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
            boolean control = c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029'
                    || Character.isSurrogate(c) && !isPaired(text, i);
            out.append(control ? ' ' : c);
        }
        return out.toString();
    }
}

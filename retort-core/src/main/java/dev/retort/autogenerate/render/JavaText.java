package dev.retort.autogenerate.render;

import dev.retort.script.JavaLiterals;

/** Text made safe for generated Java: string literals and line comments. */
final class JavaText {

    private JavaText() {
    }

    /** {@code value} as a Java string literal, quotes included. */
    static String quote(String value) {
        return JavaLiterals.quote(value);
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
                    || Character.isSurrogate(c) && !JavaLiterals.isPaired(text, i);
            out.append(control ? ' ' : c);
        }
        return out.toString();
    }
}

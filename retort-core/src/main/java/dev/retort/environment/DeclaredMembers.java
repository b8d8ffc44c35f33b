package dev.retort.environment;

import java.util.regex.Pattern;

/**
 * Whether a hook's source declares anything: the scaffolded {@code Environment.java} is a class whose
 * body is only comments, which behaves as no hook at all and so needs no compiler.
 */
final class DeclaredMembers {
    private static final Pattern EMPTY_HOOK = Pattern.compile(
            "\\s*(import\\s+(static\\s+)?[\\w.]+(\\s*\\.\\s*\\*)?\\s*;\\s*)*"
            + "((public|final)\\s+)*class\\s+\\w+\\s+implements\\s+(dev\\.retort\\.hook\\.)?EnvironmentHook\\s*"
            + "\\{\\s*}\\s*");

    private DeclaredMembers() {}

    /** True when the source is one hook class with an empty body, comments aside. */
    static boolean none(String source) {
        return EMPTY_HOOK.matcher(withoutComments(source)).matches();
    }

    /** The source with its comments blanked out; string, character and text-block literals kept. */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
                out.append(' ');
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
                out.append(' ');
            } else if (c == '"' || c == '\'') {
                int end = literalEnd(source, i);
                out.append(source, i, end);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int literalEnd(String source, int start) {
        String quote = source.startsWith("\"\"\"", start) ? "\"\"\"" : String.valueOf(source.charAt(start));
        int i = start + quote.length();
        while (i < source.length()) {
            if (source.charAt(i) == '\\') {
                i += 2;
            } else if (source.startsWith(quote, i)) {
                return i + quote.length();
            } else {
                i++;
            }
        }
        return source.length();
    }
}

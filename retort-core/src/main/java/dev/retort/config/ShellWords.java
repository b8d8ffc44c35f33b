package dev.retort.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words as a POSIX shell would (Python's {@code shlex.split}): whitespace
 * separates words, single quotes keep everything literal, double quotes keep all but {@code \"} and
 * {@code \\}, and a backslash outside quotes escapes the next character. Nothing is expanded.
 */
final class ShellWords {

    private ShellWords() {
    }

    /** The words; {@link IllegalArgumentException} with a short reason when a quote is left open. */
    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
                continue;
            }
            inWord = true;
            if (c == '\'') {
                i = singleQuoted(line, i + 1, word);
            } else if (c == '"') {
                i = doubleQuoted(line, i + 1, word);
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(i + 1));
                i += 2;
            } else {
                word.append(c);
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return List.copyOf(words);
    }

    private static int singleQuoted(String line, int from, StringBuilder word) {
        int close = line.indexOf('\'', from);
        if (close < 0) {
            throw new IllegalArgumentException("a single quote is not closed");
        }
        word.append(line, from, close);
        return close + 1;
    }

    private static int doubleQuoted(String line, int from, StringBuilder word) {
        int i = from;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                word.append(line.charAt(i + 1));
                i += 2;
            } else {
                word.append(c);
                i++;
            }
        }
        throw new IllegalArgumentException("a double quote is not closed");
    }
}

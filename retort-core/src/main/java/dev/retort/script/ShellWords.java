package dev.retort.script;

import java.util.ArrayList;
import java.util.List;

/** Splits a command line into words as a POSIX shell does, without expanding anything. */
final class ShellWords {

    private final String text;
    private final List<String> words = new ArrayList<>();
    private final StringBuilder word = new StringBuilder();
    private boolean inWord;
    private int pos;

    private ShellWords(String text) {
        this.text = text;
    }

    static List<String> split(String text) {
        ShellWords splitter = new ShellWords(text);
        splitter.run();
        return List.copyOf(splitter.words);
    }

    private void run() {
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '\'') {
                quoted('\'', "");
            } else if (c == '"') {
                quoted('"', "\"\\$`");
            } else if (c == '\\' && pos < text.length()) {
                append(text.charAt(pos++));
            } else if (Character.isWhitespace(c)) {
                endWord();
            } else {
                append(c);
            }
        }
        endWord();
    }

    // Inside quotes a backslash escapes only the characters in escapable.
    private void quoted(char quote, String escapable) {
        inWord = true;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == quote) {
                return;
            }
            if (c == '\\' && pos < text.length() && escapable.indexOf(text.charAt(pos)) >= 0) {
                c = text.charAt(pos++);
            }
            word.append(c);
        }
        throw new ScriptException("Unclosed " + quote + " quote in post write hook options: " + text);
    }

    private void append(char c) {
        word.append(c);
        inWord = true;
    }

    private void endWord() {
        if (inWord) {
            words.add(word.toString());
            word.setLength(0);
            inWord = false;
        }
    }
}

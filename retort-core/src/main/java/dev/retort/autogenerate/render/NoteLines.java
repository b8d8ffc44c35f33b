package dev.retort.autogenerate.render;

import java.util.ArrayList;
import java.util.List;

/** The text of a note in lines of a comment no wider than a width, the lines after the first indented. */
final class NoteLines {
    private static final String CONTINUATION = "    ";

    private NoteLines() {
    }

    /** The lines, without the comment marker; a word longer than the width gets a line of its own. */
    static List<String> of(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            String prefix = lines.isEmpty() ? "" : CONTINUATION;
            if (line.length() > 0 && prefix.length() + line.length() + 1 + word.length() > width) {
                lines.add(prefix + line);
                line.setLength(0);
            } else if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add((lines.isEmpty() ? "" : CONTINUATION) + line);
        return lines;
    }
}

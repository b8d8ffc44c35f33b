package dev.retort.sql;

/**
 * Turns offsets into lines and columns. Questions come in increasing order, so each one reads forward
 * from the previous answer and a whole script costs one pass. Lines break at LF, CRLF and lone CR;
 * columns count characters (code points), a tab being one.
 */
final class Positions {
    private final String text;
    private final int firstLine;
    private int offset;
    private int line;
    private int column;

    Positions(String text, int firstLine) {
        this.text = text;
        this.firstLine = firstLine;
        this.line = firstLine;
        this.column = 1;
    }

    Position at(int target) {
        if (target < offset) {
            offset = 0;
            line = firstLine;
            column = 1;
        }
        for (; offset < target; offset++) {
            char c = text.charAt(offset);
            if (c == '\n' || c == '\r' && (offset + 1 == text.length() || text.charAt(offset + 1) != '\n')) {
                line++;
                column = 1;
            } else if (c != '\r' && !Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new Position(line, column);
    }
}

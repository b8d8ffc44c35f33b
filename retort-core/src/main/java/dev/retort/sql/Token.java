package dev.retort.sql;

/** A token of a script: its kind and where it lies, as offsets into the script's text. */
record Token(Kind kind, int start, int end) {

    enum Kind {
        /** An unquoted word: a keyword, an identifier, a number or a parameter such as {@code $1}. */
        WORD,
        /** A string, quoted identifier, dollar-quoted text or executable comment: opaque text. */
        LITERAL,
        COMMENT,
        OPEN_PAREN,
        CLOSE_PAREN,
        /** A {@code ;} while {@code ;} is the terminator. */
        SEMICOLON,
        /** The terminator a {@code DELIMITER} line set, other than {@code ;}. */
        DELIMITER,
        /** Any other character. */
        SYMBOL,
        END_OF_SCRIPT
    }

    /** Whether this is the unquoted word {@code keyword}, ignoring case; keyword is upper case. */
    boolean isWord(String text, String keyword) {
        return kind == Kind.WORD && end - start == keyword.length()
                && text.regionMatches(true, start, keyword, 0, keyword.length());
    }

    String text(String script) {
        return script.substring(start, end);
    }
}

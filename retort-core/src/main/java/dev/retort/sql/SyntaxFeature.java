package dev.retort.sql;

/** The lexical rules that differ between dialects; each dialect has a set of them. */
enum SyntaxFeature {
    /** A backslash escapes the next character in {@code '...'} and {@code "..."} (MySQL, MariaDB). */
    BACKSLASH_ESCAPES,
    /** {@code "..."} is a string, not an identifier (MySQL and MariaDB without ANSI_QUOTES). */
    DOUBLE_QUOTED_STRINGS,
    /** {@code E'...'} strings take backslash escapes (PostgreSQL). */
    ESCAPE_STRINGS,
    /** {@code `...`} quotes an identifier. */
    BACKTICK_IDENTIFIERS,
    /** {@code [...]} quotes an identifier (SQLite). */
    BRACKET_IDENTIFIERS,
    /** {@code #} starts a line comment (MySQL, MariaDB). */
    HASH_COMMENTS,
    /** {@code --} starts a comment only when whitespace or a control character follows (MySQL, MariaDB). */
    DASH_COMMENTS_NEED_SPACE,
    /** {@code //} starts a line comment (H2). */
    SLASH_COMMENTS,
    /** Block comments nest: each {@code /*} inside one needs its own end (PostgreSQL, H2). */
    NESTED_BLOCK_COMMENTS,
    /** {@code /*!...*}{@code /} is code the server runs, not a comment (MySQL, MariaDB). */
    EXECUTABLE_COMMENTS,
    /** {@code /*M!...*}{@code /} is code as well (MariaDB). */
    MARIADB_EXECUTABLE_COMMENTS,
    /** {@code $} may continue an unquoted identifier, as in {@code price$usd}. */
    DOLLAR_IN_IDENTIFIERS,
    /** {@code $$...$$} and {@code $tag$...$tag$} quote text; {@code $1} is a parameter (PostgreSQL). */
    TAGGED_DOLLAR_QUOTES,
    /** {@code $$...$$} quotes text, without tags, where the {@code $$} starts a statement or follows a space (H2). */
    DOLLAR_QUOTES,
    /**
     * A {@code DELIMITER} line, or its short form {@code \d}, changes the statement terminator, as in the mysql
     * client (MySQL, MariaDB).
     */
    DELIMITER_COMMAND,
    /**
     * A {@code COPY ... FROM STDIN} statement is followed by its data lines, up to a line that is exactly
     * {@code \.}, as psql reads them (PostgreSQL).
     */
    COPY_DATA_LINES,
    /**
     * A backslash outside quotes starts a psql meta-command ({@code \connect}, {@code \set}, {@code \gexec} or
     * {@code \gset} ending a statement): the server does not understand it (PostgreSQL). pg_dump's {@code
     * \restrict} and <code>&#92;unrestrict</code> lines between statements are left out.
     */
    PSQL_META_COMMANDS,
    /**
     * A backslash outside quotes starts a command of the mysql client ({@code \g} or {@code \G} ending a
     * statement, {@code \. file}), as does {@code source file} starting a line: the server does not understand
     * them (MySQL, MariaDB).
     */
    MYSQL_CLIENT_COMMANDS,
    /**
     * The client reads a script line by line and drops the carriage return of a Windows line end, inside strings
     * and stored programs too (the mysql client, the sqlite3 shell): a statement is read with {@code \n} line ends.
     */
    LINE_ENDS_WITHOUT_CARRIAGE_RETURN,
    /** A line that starts with {@code .} between statements is a command of the sqlite3 shell (SQLite). */
    SQLITE_DOT_COMMANDS
}

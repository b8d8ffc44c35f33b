package dev.retort.sql;

import static dev.retort.sql.SyntaxFeature.BACKSLASH_ESCAPES;
import static dev.retort.sql.SyntaxFeature.BACKTICK_IDENTIFIERS;
import static dev.retort.sql.SyntaxFeature.BRACKET_IDENTIFIERS;
import static dev.retort.sql.SyntaxFeature.COPY_DATA_LINES;
import static dev.retort.sql.SyntaxFeature.DASH_COMMENTS_NEED_SPACE;
import static dev.retort.sql.SyntaxFeature.DELIMITER_COMMAND;
import static dev.retort.sql.SyntaxFeature.DOLLAR_IN_IDENTIFIERS;
import static dev.retort.sql.SyntaxFeature.DOLLAR_QUOTES;
import static dev.retort.sql.SyntaxFeature.DOUBLE_QUOTED_STRINGS;
import static dev.retort.sql.SyntaxFeature.ESCAPE_STRINGS;
import static dev.retort.sql.SyntaxFeature.EXECUTABLE_COMMENTS;
import static dev.retort.sql.SyntaxFeature.HASH_COMMENTS;
import static dev.retort.sql.SyntaxFeature.MARIADB_EXECUTABLE_COMMENTS;
import static dev.retort.sql.SyntaxFeature.LINE_ENDS_WITHOUT_CARRIAGE_RETURN;
import static dev.retort.sql.SyntaxFeature.MYSQL_CLIENT_COMMANDS;
import static dev.retort.sql.SyntaxFeature.NESTED_BLOCK_COMMENTS;
import static dev.retort.sql.SyntaxFeature.PSQL_META_COMMANDS;
import static dev.retort.sql.SyntaxFeature.SLASH_COMMENTS;
import static dev.retort.sql.SyntaxFeature.SQLITE_DOT_COMMANDS;
import static dev.retort.sql.SyntaxFeature.TAGGED_DOLLAR_QUOTES;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The SQL dialects whose scripts retort can split into statements. Each knows its lexical rules (quotes,
 * comments, dollar quoting) and the bodies inside which a {@code ;} does not end a statement. Get one by
 * its configuration name with {@link #of(String)}.
 */
public enum SqlDialect {
    SQLITE("sqlite", "SQLite", EnumSet.of(BACKTICK_IDENTIFIERS, BRACKET_IDENTIFIERS, DOLLAR_IN_IDENTIFIERS,
            SQLITE_DOT_COMMANDS, LINE_ENDS_WITHOUT_CARRIAGE_RETURN)),
    POSTGRESQL("postgresql", "PostgreSQL",
            EnumSet.of(ESCAPE_STRINGS, NESTED_BLOCK_COMMENTS, DOLLAR_IN_IDENTIFIERS, TAGGED_DOLLAR_QUOTES,
                    COPY_DATA_LINES, PSQL_META_COMMANDS)),
    MYSQL("mysql", "MySQL", EnumSet.of(BACKSLASH_ESCAPES, DOUBLE_QUOTED_STRINGS, BACKTICK_IDENTIFIERS,
            HASH_COMMENTS, DASH_COMMENTS_NEED_SPACE, EXECUTABLE_COMMENTS, DOLLAR_IN_IDENTIFIERS, DELIMITER_COMMAND,
            MYSQL_CLIENT_COMMANDS, LINE_ENDS_WITHOUT_CARRIAGE_RETURN)),
    MARIADB("mariadb", "MariaDB", EnumSet.of(BACKSLASH_ESCAPES, DOUBLE_QUOTED_STRINGS, BACKTICK_IDENTIFIERS,
            HASH_COMMENTS, DASH_COMMENTS_NEED_SPACE, EXECUTABLE_COMMENTS, MARIADB_EXECUTABLE_COMMENTS,
            DOLLAR_IN_IDENTIFIERS, DELIMITER_COMMAND, MYSQL_CLIENT_COMMANDS, LINE_ENDS_WITHOUT_CARRIAGE_RETURN)),
    H2("h2", "H2", EnumSet.of(BACKTICK_IDENTIFIERS, SLASH_COMMENTS, NESTED_BLOCK_COMMENTS, DOLLAR_IN_IDENTIFIERS,
            DOLLAR_QUOTES));

    private final String id;
    private final String displayName;
    // Indexed by ordinal: the lexer asks for each token, so the answer must cost next to nothing.
    private final boolean[] features = new boolean[SyntaxFeature.values().length];

    SqlDialect(String id, String displayName, Set<SyntaxFeature> features) {
        this.id = id;
        this.displayName = displayName;
        features.forEach(feature -> this.features[feature.ordinal()] = true);
    }

    /**
     * The dialect with the given configuration name: {@code sqlite}, {@code postgresql}, {@code mysql},
     * {@code mariadb} or {@code h2}, in any case.
     *
     * @throws UnknownSqlDialectException for any other name
     */
    public static SqlDialect of(String name) {
        Objects.requireNonNull(name, "name");
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (SqlDialect dialect : values()) {
            if (dialect.id.equals(wanted)) {
                return dialect;
            }
        }
        throw new UnknownSqlDialectException(name);
    }

    /** The name used in configuration and database URLs, e.g. {@code postgresql}. */
    public String id() {
        return id;
    }

    /** The name as the database's makers write it, e.g. {@code PostgreSQL}, for messages. */
    public String displayName() {
        return displayName;
    }

    boolean has(SyntaxFeature feature) {
        return features[feature.ordinal()];
    }

    /**
     * One statement as this database's command-line client reads it from a script: followed by {@code ;},
     * or on MySQL and MariaDB, when a {@code ;} inside it would end it early there, between {@code DELIMITER}
     * lines that set another terminator and then {@code ;} again. That {@code ;} may be in a stored
     * program's body or in an executable comment, as mysqldump writes triggers and events: the client looks
     * for the terminator inside {@code /*!...*}{@code /} too.
     */
    public String terminated(String statement) {
        // A terminator right after a line comment would be part of it: the client would read on.
        String ended = endsInLineComment(statement) ? statement + "\n" : statement;
        if (!has(SyntaxFeature.DELIMITER_COMMAND) || !holdsSemicolon(statement)) {
            return ended + ";";
        }
        String delimiter = Stream.concat(Stream.of("$$", "//", ";;", "$$$$"),
                        IntStream.iterate(1, n -> n + 1).mapToObj(n -> "$$" + n))
                .filter(candidate -> endsOnlyAtTheEnd(ended, candidate)).findFirst().orElseThrow();
        return "DELIMITER " + delimiter + "\n" + ended + delimiter + "\nDELIMITER ;";
    }

    /** Whether {@code statement} ends inside a comment that runs to the end of its line ({@code -- note}). */
    private boolean endsInLineComment(String statement) {
        String lastLine = statement.substring(statement.lastIndexOf('\n') + 1);
        if (!lastLine.contains("--") && !lastLine.contains("#") && !lastLine.contains("//")) {
            return false;
        }
        try {
            return endsInLineComment(statement, true);
        } catch (SqlSyntaxException e) {
            // Written after the script set sql_mode with NO_BACKSLASH_ESCAPES ('C:\'), as the client reads it then.
            try {
                return has(BACKSLASH_ESCAPES) && endsInLineComment(statement, false);
            } catch (SqlSyntaxException unreadable) {
                return false;
            }
        }
    }

    private boolean endsInLineComment(String statement, boolean backslashEscapes) {
        SqlLexer lexer = lexer(statement, backslashEscapes);
        Token last = null;
        for (Token token = lexer.next(); token.kind() != Token.Kind.END_OF_SCRIPT; token = lexer.next()) {
            last = token;
        }
        return last != null && last.kind() == Token.Kind.COMMENT && last.end() == statement.length()
                && !statement.startsWith("/*", last.start());
    }

    private SqlLexer lexer(String statement, boolean backslashEscapes) {
        SqlLexer lexer = new SqlLexer(statement, this, new Positions(statement, 1));
        lexer.backslashEscapes(backslashEscapes);
        return lexer;
    }

    /**
     * Whether the client, reading {@code statement} with {@code delimiter} after it, finds the delimiter at the
     * end and nowhere before: {@code //} after a statement ending in {@code *}{@code /} would be found one
     * character early.
     */
    private static boolean endsOnlyAtTheEnd(String statement, String delimiter) {
        return (statement + delimiter).indexOf(delimiter) == statement.length();
    }

    private boolean holdsSemicolon(String statement) {
        try {
            return holdsSemicolon(statement, true);
        } catch (SqlSyntaxException e) {
            try {
                return has(BACKSLASH_ESCAPES) && holdsSemicolon(statement, false);
            } catch (SqlSyntaxException unreadable) {
                throw e;
            }
        }
    }

    private boolean holdsSemicolon(String statement, boolean backslashEscapes) {
        SqlLexer lexer = lexer(statement, backslashEscapes);
        for (Token token = lexer.next(); token.kind() != Token.Kind.END_OF_SCRIPT; token = lexer.next()) {
            if (token.kind() == Token.Kind.SEMICOLON || isExecutableComment(statement, token)
                    && executableCodeHoldsSemicolon(statement, token, backslashEscapes)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isExecutableComment(String statement, Token token) {
        return token.kind() == Token.Kind.LITERAL && statement.startsWith("/*", token.start());
    }

    // The code between "/*!" (or "/*M!") and "*/", its strings and comments read as they would be outside.
    private boolean executableCodeHoldsSemicolon(String statement, Token comment, boolean backslashEscapes) {
        String code = statement.substring(statement.indexOf('!', comment.start()) + 1, comment.end() - 2);
        try {
            return holdsSemicolon(code, backslashEscapes);
        } catch (SqlSyntaxException e) {
            // A quote opened in one executable comment and closed in another: a terminator is assumed.
            return code.contains(";");
        }
    }

    /** A fresh tracker of the bodies inside which {@code ;} does not end a statement. */
    BlockTracker blockTracker(String script) {
        return switch (this) {
            case POSTGRESQL -> new PostgresBlocks(script);
            case MYSQL -> new ProgramBlocks(script, ProgramSyntax.MYSQL);
            case MARIADB -> new ProgramBlocks(script, ProgramSyntax.MARIADB);
            case SQLITE -> new ProgramBlocks(script, ProgramSyntax.SQLITE);
            case H2 -> NoBlocks.INSTANCE;
        };
    }
}

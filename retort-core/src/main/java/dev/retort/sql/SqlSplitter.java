package dev.retort.sql;

import dev.retort.sql.BlockTracker.OpenBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a SQL script into the statements a database runs one at a time, by the rules of one dialect.
 * A {@code ;} ends a statement except inside a string, a quoted identifier, a comment, a dollar quote or
 * a body that holds statements of its own (PostgreSQL {@code BEGIN ATOMIC}, MySQL and MariaDB stored
 * programs, SQLite triggers); in MySQL and MariaDB a {@code DELIMITER} line sets another terminator, as
 * the mysql client does. The last statement needs no terminator. In PostgreSQL, as in psql, the lines after a
 * {@code COPY ... FROM STDIN} statement, up to a line that is exactly {@code \.}, are its data, kept as
 * written in {@link SqlStatement#copyData()}; splitting goes on after that line. A psql meta-command (a
 * backslash outside quotes) is refused: only psql understands it; so are the mysql client's commands, and a
 * {@code COPY ... TO STDOUT}, whose rows only psql has somewhere to put.
 *
 * <p>A statement's text runs from its first token to its last: comments before it and after it belong
 * to no statement, comments inside it are kept as written, and a statement of comments alone is dropped.
 * Its line and column are those of its first token, so an error the database reports can point at the
 * line of the script to fix, past any comment above it; and a statement written out with a terminator
 * after it (an offline script) never ends in a line comment that would swallow that terminator. The text
 * is not otherwise changed: line breaks stay as written, even inside strings, where they are data, except that
 * the mysql client and the sqlite3 shell drop the carriage return of a Windows line end, and so does this split.
 *
 * <p>The work is one pass over the script. A construct that the script never closes stops the split
 * with a {@link SqlSyntaxException} naming where it starts, rather than running the rest of the script
 * as one statement.
 */
public final class SqlSplitter {
    /** The words that continue a stored program's body and cannot start a statement of MySQL or MariaDB. */
    private static final Pattern BODY_REST = Pattern.compile(
            "(?i)(END(\\s+(IF|WHILE|LOOP|REPEAT|FOR|CASE))?|ELSEIF|ELSE|UNTIL)\\b");
    /**
     * pg_dump's {@code \restrict KEY} and <code>&#92;unrestrict KEY</code> lines, which only keep psql from running
     * meta-commands a malicious server could have put in the dump between them; no statement runs in psql.
     */
    private static final Pattern RESTRICT_LINE = Pattern.compile("\\\\(un)?restrict\\s+\\S+");
    /**
     * The characters that make a backslash a command of the mysql client ({@code \g}, {@code \G}, {@code \.},
     * ...); after any other the client passes the backslash to the server, as in MySQL's {@code \N} (NULL).
     */
    private static final String MYSQL_CLIENT_COMMAND_LETTERS = "?cCdegGhnpPqrRstTuwW#.!";
    /**
     * A statement that sets the session's sql_mode: {@code SET [SESSION|LOCAL] sql_mode = ...} or {@code SET
     * @@[session.]sql_mode = ...}, also as one of several variables and in an executable comment, as mysqldump
     * writes it; not the global one, nor MariaDB's {@code SET STATEMENT ... FOR} of one statement.
     */
    private static final Pattern SETS_SQL_MODE = Pattern.compile("(?is)(?:/\\*M?!\\d*)?\\s*SET\\s+(?!STATEMENT\\b)"
            + "(?:.*,\\s*)?(?:(?:SESSION|LOCAL)\\s+|@@(?:SESSION\\.|LOCAL\\.)?)?SQL_MODE\\s*:?=.*");
    private static final Pattern NO_BACKSLASH_ESCAPES = Pattern.compile("(?i)NO_BACKSLASH_ESCAPES");
    /**
     * The start of the line mariadb-dump (MariaDB 10.11.8 and later) writes first: {@code /*M!999999\- enable the
     * sandbox mode *}{@code /}.
     */
    private static final String SANDBOX_MODE = "/*M!999999\\-";
    private final String script;
    private final SqlDialect dialect;
    private final Positions positions;
    private final SqlLexer lexer;
    private final BlockTracker blocks;
    private final CopyThroughClient copy;
    private final List<SqlStatement> statements = new ArrayList<>();
    private int start = -1;
    /** How deep in square brackets the statement is: there {@code 1:'2'} is an array slice, not a psql variable. */
    private int bracketDepth;
    private int end;

    private SqlSplitter(String script, SqlDialect dialect, int firstLine) {
        this.script = dialect.has(SyntaxFeature.LINE_ENDS_WITHOUT_CARRIAGE_RETURN) ? script.replace("\r\n", "\n")
                : script;
        this.dialect = dialect;
        this.positions = new Positions(this.script, firstLine);
        this.lexer = new SqlLexer(this.script, dialect, positions);
        this.blocks = dialect.blockTracker(this.script);
        this.copy = new CopyThroughClient(this.script);
    }

    /** The statements of the script, in order, with lines counted from 1. */
    public static List<SqlStatement> split(String script, SqlDialect dialect) {
        return split(script, dialect, 1);
    }

    /**
     * The statements of a script that starts at line {@code firstLine} of a larger file, such as the
     * upgrade section of a SQL revision; lines in statements and errors are the file's.
     */
    public static List<SqlStatement> split(String script, SqlDialect dialect, int firstLine) {
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(dialect, "dialect");
        if (firstLine < 1) {
            throw new IllegalArgumentException("firstLine starts at 1: " + firstLine);
        }
        return new SqlSplitter(script, dialect, firstLine).run();
    }

    private List<SqlStatement> run() {
        for (Token token = next(); ; token = next()) {
            switch (token.kind()) {
                case END_OF_SCRIPT -> {
                    finish(token);
                    return List.copyOf(statements);
                }
                case COMMENT -> { }
                case DELIMITER -> endStatement();
                case SEMICOLON -> semicolon(token);
                case WORD -> word(token);
                case SYMBOL -> symbol(token);
                case LITERAL -> literal(token);
                default -> include(token);
            }
        }
    }

    private Token next() {
        lexer.betweenStatements(start < 0);
        return lexer.next();
    }

    private void semicolon(Token token) {
        blocks.accept(token);
        if (start >= 0 && blocks.openBlock() != null) {
            end = token.end();
        } else if (start >= 0 && dialect.has(SyntaxFeature.COPY_DATA_LINES) && copy.readsStdin()) {
            endStatement(Optional.of(lexer.copyData(start)));
        } else {
            endStatement();
        }
    }

    private void word(Token token) {
        // As in the mysql client, only between statements: inside one, 'delimiter' starting a line is a name.
        boolean clientCommand = start < 0 && lexer.startsLine(token.start()) && !followedByNonBlank(token);
        if (clientCommand && dialect.has(SyntaxFeature.DELIMITER_COMMAND) && token.isWord(script, "DELIMITER")) {
            lexer.delimiter(new DelimiterLine(token, lexer.restOfLine(), positions).delimiter());
        } else if (clientCommand && dialect.has(SyntaxFeature.MYSQL_CLIENT_COMMANDS)
                && token.isWord(script, "SOURCE")) {
            throw mysqlClientCommand(token, token.text(script) + lexer.restOfLine());
        } else {
            include(token);
        }
    }

    /**
     * Drops mariadb-dump's sandbox line between statements: a command of the mariadb client (the client's own
     * commands are refused after it, as retort refuses them anyway) that has no terminator, and that the server
     * takes for the comment of a version to come; it would otherwise start the next statement.
     */
    private void literal(Token token) {
        boolean sandboxMode = start < 0 && dialect.has(SyntaxFeature.MARIADB_EXECUTABLE_COMMENTS)
                && script.startsWith(SANDBOX_MODE, token.start());
        if (!sandboxMode) {
            include(token);
        }
    }

    private SqlSyntaxException mysqlClientCommand(Token token, String command) {
        return new SqlSyntaxException(positions.at(token.start()), command.strip() + " is a command of the mysql"
                + " client, which the client runs itself and the server does not understand; retort sends every"
                + " statement to the server, so end the statement with ';' (or the DELIMITER) instead of \\g or \\G,"
                + " and copy the script that \\. or source reads into the revision");
    }

    private void symbol(Token token) {
        char symbol = script.charAt(token.start());
        // Inside a statement too: \g, \gexec or \gset ending it. No SQL of these servers has a backslash there.
        if (symbol == '\\' && dialect.has(SyntaxFeature.PSQL_META_COMMANDS)) {
            String command = ("\\" + lexer.restOfLine()).strip();
            if (start < 0 && lexer.startsLine(token.start()) && RESTRICT_LINE.matcher(command).matches()) {
                return;
            }
            throw new SqlSyntaxException(positions.at(token.start()), command + " is a psql meta-command, which psql"
                    + " runs itself and the server does not understand; retort sends every statement to the server, so"
                    + " delete it");
        }
        if (symbol == '[' || symbol == ']') {
            bracketDepth = Math.max(0, bracketDepth + (symbol == '[' ? 1 : -1));
        }
        if (symbol == ':' && dialect.has(SyntaxFeature.PSQL_META_COMMANDS) && bracketDepth == 0
                && isPsqlVariable(token)) {
            String variable = ":" + script.substring(token.end(), script.indexOf(script.charAt(token.end()),
                    token.end() + 1) + 1);
            throw new SqlSyntaxException(positions.at(token.start()), variable + " is a psql variable, which psql fills"
                    + " in itself (psql -v); the server does not understand it, and retort sends every statement as"
                    + " written, so write the value in its place (a Java revision can take it from -x with"
                    + " op.xArgument)");
        }
        if (symbol == '\\' && dialect.has(SyntaxFeature.DELIMITER_COMMAND) && script.startsWith("d", token.end())) {
            delimiterShortForm(token);
            return;
        }
        if (symbol == '\\' && dialect.has(SyntaxFeature.MYSQL_CLIENT_COMMANDS) && token.end() < script.length()
                && MYSQL_CLIENT_COMMAND_LETTERS.indexOf(script.charAt(token.end())) >= 0) {
            throw mysqlClientCommand(token, "\\" + lexer.restOfLine());
        }
        if (symbol == '.' && start < 0 && dialect.has(SyntaxFeature.SQLITE_DOT_COMMANDS)
                && lexer.startsLine(token.start())) {
            String line = ("." + lexer.restOfLine()).strip();
            throw new SqlSyntaxException(positions.at(token.start()), line + " is a command of the sqlite3 shell,"
                    + " which the shell runs itself and SQLite does not understand; retort sends every statement to"
                    + " SQLite, so delete the line");
        }
        include(token);
    }

    /**
     * The mysql client's {@code \d //}, its short form of {@code DELIMITER //}: read as that between statements,
     * at the start of a line. Inside a statement the client sets the delimiter without ending the statement, which
     * then runs on into the next; that is refused.
     */
    private void delimiterShortForm(Token backslash) {
        String argument = lexer.restOfLine().substring(1);
        if (start < 0 && lexer.startsLine(backslash.start())) {
            lexer.delimiter(new DelimiterLine(backslash, argument, positions).delimiter());
            return;
        }
        throw new SqlSyntaxException(positions.at(backslash.start()), ("\\d" + argument).strip() + " is the mysql"
                + " client's short form of DELIMITER, which sets the delimiter of the statements after it but does not"
                + " end the one before it; end that statement with its delimiter and put DELIMITER (or \\d) on a line"
                + " of its own");
    }

    /**
     * A {@code :} right before a quoted name of letters, digits and underscores, not a cast's second one: psql's
     * {@code :'name'} or {@code :"name"}.
     */
    private boolean isPsqlVariable(Token colon) {
        int next = colon.end();
        if (next >= script.length() || script.charAt(next) != '\'' && script.charAt(next) != '"'
                || colon.start() > 0 && script.charAt(colon.start() - 1) == ':') {
            return false;
        }
        int close = script.indexOf(script.charAt(next), next + 1);
        return close > next + 1 && script.substring(next + 1, close).chars()
                .allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
    }

    private boolean followedByNonBlank(Token token) {
        return token.end() < script.length() && script.charAt(token.end()) > ' ';
    }

    private void include(Token token) {
        if (start < 0) {
            start = token.start();
        }
        end = token.end();
        blocks.accept(token);
        copy.accept(token);
    }

    private void finish(Token endOfScript) {
        blocks.accept(endOfScript);
        OpenBlock open = blocks.openBlock();
        if (start >= 0 && open != null && lexer.hasStandardDelimiter()) {
            throw new SqlSyntaxException(positions.at(open.opener().start()),
                    "'" + open.opener().text(script) + "' has no matching '" + open.closer()
                            + "', so the rest of the script would run as one statement; add the missing '"
                            + open.closer() + "'");
        }
        endStatement();
    }

    private void endStatement() {
        endStatement(Optional.empty());
    }

    /**
     * On MySQL and MariaDB, a statement that starts with {@code END IF}, {@code ELSE} or {@code UNTIL} is the
     * rest of a stored program whose body was cut at a {@code ;} (a body that is an {@code IF} or a loop, not
     * {@code BEGIN ... END}, as the mysql client cuts it too); the script is refused before anything runs.
     */
    private void refuseACutBody(Position at) {
        Matcher rest = BODY_REST.matcher(script).region(start, end);
        if (dialect.has(SyntaxFeature.DELIMITER_COMMAND) && rest.lookingAt()) {
            String words = rest.group().strip().replaceAll("\\s+", " ");
            throw new SqlSyntaxException(at, "a statement cannot start with '" + words + "': the statement before"
                    + " it was cut at a ';' inside a stored program's body. retort keeps a body of BEGIN ... END"
                    + " whole; a body that is IF, WHILE, LOOP, REPEAT or FOR without BEGIN needs DELIMITER"
                    + " around it, as for the mysql client (DELIMITER // before it, // after it, then DELIMITER ;)");
        }
    }

    /**
     * On PostgreSQL, {@code COPY ... TO STDOUT} sends a table's rows to the client, which psql prints; a run has
     * nowhere to send them (the driver refuses the statement), so the script is refused before anything runs.
     */
    private void refuseACopyToTheClient(Position at) {
        if (dialect.has(SyntaxFeature.COPY_DATA_LINES) && copy.writesStdout()) {
            throw new SqlSyntaxException(at, "COPY ... TO STDOUT sends the rows to the client, which psql prints;"
                    + " a migration has nowhere to send them, so delete the statement (COPY ... TO a file on the"
                    + " server, or INSERT INTO ... SELECT, keeps a copy of the rows in the database's own reach)");
        }
    }

    /**
     * As the mysql client does, reads the statements after one that sets sql_mode as that mode says: without
     * backslash escapes when its text holds {@code NO_BACKSLASH_ESCAPES}, else with them, as by the servers'
     * default (also after {@code = @saved_sql_mode} or {@code = DEFAULT}, which retort cannot see into).
     */
    private void followSqlMode(String sql) {
        if (dialect.has(SyntaxFeature.BACKSLASH_ESCAPES) && SETS_SQL_MODE.matcher(sql).matches()) {
            lexer.backslashEscapes(!NO_BACKSLASH_ESCAPES.matcher(sql).find());
        }
    }

    private void endStatement(Optional<String> copyData) {
        if (start >= 0) {
            Position at = positions.at(start);
            refuseACutBody(at);
            refuseACopyToTheClient(at);
            String sql = script.substring(start, end);
            statements.add(new SqlStatement(sql, at.line(), at.column(), copyData));
            followSqlMode(sql);
            start = -1;
        }
        blocks.reset();
        copy.reset();
        bracketDepth = 0;
    }
}

package dev.retort.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a statement does to the transaction it runs in, as its first words tell: most statements run in it;
 * some begin, commit or roll back one; and some commit it by themselves on databases whose schema changes
 * cannot be rolled back. Get one with {@link #of(String)}.
 */
public enum TransactionEffect {
    /** Runs in the transaction: queries, data changes, and every statement not named below. */
    NONE,
    /** {@code BEGIN} (not MariaDB's {@code BEGIN NOT ATOMIC} or {@code BEGIN ATOMIC}), {@code START TRANSACTION}. */
    BEGINS,
    /**
     * {@code COMMIT}, {@code END} alone or followed by {@code WORK} or {@code TRANSACTION}, and turning
     * autocommit on ({@code SET autocommit = 1} on MySQL and MariaDB, {@code SET AUTOCOMMIT ON} on H2), which
     * commits the open transaction and every statement after it.
     */
    COMMITS,
    /** {@code ROLLBACK} (but not {@code ROLLBACK TO} a savepoint), {@code ABORT}. */
    ROLLS_BACK,
    /**
     * Commits the open transaction before it runs on the databases whose schema changes commit by themselves
     * (MySQL, MariaDB, H2): {@code CREATE}, {@code ALTER}, {@code DROP}, {@code RENAME}, {@code TRUNCATE},
     * {@code COMMENT}, {@code GRANT}, {@code REVOKE}, {@code LOCK TABLES} and {@code UNLOCK TABLES}, the
     * table-management statements ({@code ANALYZE}, {@code OPTIMIZE}, {@code REPAIR}, {@code CHECK TABLE},
     * {@code FLUSH}, {@code RESET} but not {@code RESET PERSIST}; not {@code CACHE INDEX} and {@code LOAD INDEX},
     * which MySQL's manual lists but MariaDB does not commit with),
     * {@code INSTALL} and {@code UNINSTALL}, also when written in executable comments as mysqldump writes a
     * trigger; not the creation or drop of a {@code TEMPORARY} table, as on MySQL. Elsewhere it runs in the
     * transaction like any other.
     */
    IMPLICIT_COMMIT,
    /**
     * May commit the open transaction, by what it runs or by the database: {@code EXECUTE} runs a statement
     * retort does not see, and H2 commits where it creates or drops a {@code TEMPORARY} table, as MySQL does not.
     * Where the database can tell, retort asks it after such a statement.
     */
    MAY_COMMIT,
    /**
     * Runs statements of its own that retort does not see: {@code CALL} of a procedure, and MariaDB's compound
     * statements outside a stored program ({@code BEGIN NOT ATOMIC}, {@code IF}, {@code CASE}, {@code LOOP},
     * {@code REPEAT}, {@code WHILE}, {@code FOR}). A schema change among them commits the open transaction, and
     * the ones after it open another: a transaction open after it does not tell that nothing was committed.
     */
    RUNS_STATEMENTS;

    private static final Pattern END = Pattern.compile("(?i)END(\\s+(WORK|TRANSACTION))?");
    // Also as one of several variables set at once (SET foreign_key_checks = 0, autocommit = 1), as a string
    // ('ON'), and as DEFAULT, which is on unless the server was configured otherwise.
    private static final Pattern AUTOCOMMIT_ON = Pattern.compile(
            "(?is)\\s*SET\\s+(?:.*,\\s*)?(?:(?:SESSION|LOCAL)\\s+|@@(?:SESSION\\.|LOCAL\\.)?)?"
                    + "AUTOCOMMIT\\s*(?:=|:=|\\s)\\s*(?:(['\"]?)(?:1|ON|TRUE)\\1|DEFAULT)\\s*(?:,.*)?");
    private static final int WORDS_READ = 4;
    /** The words after {@code SET} of what outlives the session, or does more than set. */
    private static final Set<String> LASTING_SET = Set.of("GLOBAL", "PERSIST", "PERSIST_ONLY", "PASSWORD",
            "DEFAULT", "STATEMENT", "RESOURCE");
    private static final Pattern LASTING_VARIABLE = Pattern.compile("(?i)@@(global|persist)|\\b(global|persist)\\s");

    /** The effect of the statement {@code sql}, read from its first words. */
    public static TransactionEffect of(String sql) {
        List<String> words = leadingWords(sql);
        String first = words.isEmpty() ? "" : words.get(0);
        String second = words.size() > 1 ? words.get(1) : "";
        return switch (first) {
            case "BEGIN" -> second.equals("NOT") ? RUNS_STATEMENTS : second.equals("ATOMIC") ? NONE : BEGINS;
            case "START" -> second.equals("TRANSACTION") ? BEGINS : NONE;
            case "COMMIT" -> COMMITS;
            case "END" -> END.matcher(sql).matches() ? COMMITS : NONE;
            case "SET" -> AUTOCOMMIT_ON.matcher(sql).matches() ? COMMITS : NONE;
            case "ROLLBACK" -> words.contains("TO") ? NONE : ROLLS_BACK;
            case "ABORT" -> ROLLS_BACK;
            case "CREATE", "DROP" -> words.contains("TEMPORARY") ? MAY_COMMIT : IMPLICIT_COMMIT;
            case "EXECUTE" -> MAY_COMMIT;
            case "CALL", "IF", "CASE", "LOOP", "REPEAT", "WHILE", "FOR" -> RUNS_STATEMENTS;
            case "ALTER", "RENAME", "TRUNCATE", "COMMENT", "GRANT", "REVOKE", "LOCK", "UNLOCK", "ANALYZE",
                    "OPTIMIZE", "REPAIR", "FLUSH", "INSTALL", "UNINSTALL" -> IMPLICIT_COMMIT;
            case "CHECK" -> second.equals("TABLE") ? IMPLICIT_COMMIT : NONE;
            case "RESET" -> second.equals("PERSIST") ? NONE : IMPLICIT_COMMIT;
            default -> NONE;
        };
    }

    /**
     * Whether any statement of {@code sql} begins, commits or rolls back a transaction: a string may hold
     * several, which PostgreSQL's and H2's drivers run one after the other. Where {@code sql} cannot be split
     * (an unclosed quote), its first words decide.
     */
    public static boolean anyControlsTransaction(String sql, SqlDialect dialect) {
        try {
            return SqlSplitter.split(sql, dialect).stream().anyMatch(SqlStatement::controlsTransaction);
        } catch (SqlException e) {
            return of(sql).controlsTransaction();
        }
    }

    /**
     * Whether {@code sql} is MySQL's {@code LOCK TABLES} (or {@code LOCK TABLE}), after which the session may use
     * only the tables it locked until {@code UNLOCK TABLES}, a transaction's start or the end of the session.
     */
    public static boolean locksTables(String sql) {
        List<String> words = leadingWords(sql);
        return words.size() > 1 && words.get(0).equals("LOCK")
                && (words.get(1).equals("TABLES") || words.get(1).equals("TABLE"));
    }

    /** Whether {@code sql} is MySQL's {@code UNLOCK TABLES} (or {@code UNLOCK TABLE}). */
    public static boolean unlocksTables(String sql) {
        List<String> words = leadingWords(sql);
        return words.size() > 1 && words.get(0).equals("UNLOCK")
                && (words.get(1).equals("TABLES") || words.get(1).equals("TABLE"));
    }

    /**
     * Whether {@code sql} is MySQL's statement that changes only the session it runs in and leaves nothing behind
     * when the session ends: {@code USE}, and {@code SET} of session and user variables, names and modes (the
     * lines a dump begins with). Not a {@code SET} of a global or persisted variable, a password or a default
     * role, MariaDB's {@code SET STATEMENT ... FOR} (which runs a statement), nor one that calls a function.
     */
    public static boolean changesSessionOnly(String sql) {
        List<String> words = leadingWords(sql);
        if (words.isEmpty()) {
            return false;
        }
        return words.get(0).equals("USE") || words.get(0).equals("SET")
                && (words.size() == 1 || !LASTING_SET.contains(words.get(1)))
                && !LASTING_VARIABLE.matcher(sql).find() && sql.indexOf('(') < 0;
    }

    /** Whether the statement begins, commits or rolls back a transaction itself. */
    public boolean controlsTransaction() {
        return this == BEGINS || this == COMMITS || this == ROLLS_BACK;
    }

    /**
     * The first words of the statement, upper-cased. Comments before and between them are skipped, and so are
     * the marks of executable comments ({@code /*!50003 }, {@code *}{@code /}), whose text the server reads;
     * the words stop at anything else.
     */
    private static List<String> leadingWords(String sql) {
        List<String> words = new ArrayList<>();
        boolean inExecutableComment = false;
        int at = 0;
        while (words.size() < WORDS_READ && at < sql.length()) {
            if (Character.isWhitespace(sql.charAt(at))) {
                at++;
            } else if (sql.startsWith("/*!", at) || sql.startsWith("/*M!", at)) {
                at = afterDigits(sql, sql.indexOf('!', at) + 1);
                inExecutableComment = true;
            } else if (inExecutableComment && sql.startsWith("*/", at)) {
                at += 2;
                inExecutableComment = false;
            } else if (sql.startsWith("/*", at)) {
                int close = sql.indexOf("*/", at + 2);
                at = close < 0 ? sql.length() : close + 2;
            } else if (sql.startsWith("--", at)) {
                int lineEnd = sql.indexOf('\n', at);
                at = lineEnd < 0 ? sql.length() : lineEnd + 1;
            } else {
                int end = afterWord(sql, at);
                if (end == at) {
                    break;
                }
                words.add(sql.substring(at, end).toUpperCase(Locale.ROOT));
                at = end;
                if (at < sql.length() && !Character.isWhitespace(sql.charAt(at)) && !sql.startsWith("/*", at)
                        && !sql.startsWith("--", at) && !(inExecutableComment && sql.startsWith("*/", at))) {
                    break;
                }
            }
        }
        return words;
    }

    private static int afterWord(String sql, int start) {
        int end = start;
        while (end < sql.length() && (Character.isLetter(sql.charAt(end)) || sql.charAt(end) == '_')) {
            end++;
        }
        return end;
    }

    private static int afterDigits(String sql, int start) {
        int end = start;
        while (end < sql.length() && Character.isDigit(sql.charAt(end))) {
            end++;
        }
        return end;
    }
}

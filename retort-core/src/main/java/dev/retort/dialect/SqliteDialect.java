package dev.retort.dialect;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SQLite: transactional DDL, but no ALTER of constraints (use batch mode). */
public class SqliteDialect extends Dialect {
    /**
     * SQLite's keywords that its parser does not take as names everywhere (beyond the ANSI ones): those SQLAlchemy
     * quotes, and {@code nothing} and {@code returning}, which fail in a column definition.
     */
    private static final Set<String> RESERVED = Set.of(
            "add", "after", "analyze", "attach", "autoincrement", "before", "begin", "cascade", "cast", "collate",
            "commit", "conflict", "database", "deferrable", "deferred", "detach", "each", "escape", "exclusive",
            "explain", "fail", "glob", "if", "ignore", "immediate", "indexed", "initially", "instead", "isnull",
            "match", "natural", "nothing", "notnull", "of", "plan", "pragma", "query", "raise", "reindex", "rename",
            "replace", "restrict", "returning", "rollback", "temp", "temporary", "transaction", "trigger", "vacuum",
            "view", "virtual");
    /** Comments, which a pragma may hold anywhere: {@code PRAGMA foreign_keys = OFF -- rebuild}. */
    private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?(\\*/|$)|--[^\\n]*");
    /**
     * {@code PRAGMA [schema.]foreign_keys = value} or {@code PRAGMA journal_mode(value)}, names quoted or not: the
     * settings SQLite does not change while a transaction is open.
     */
    private static final Pattern SETTING_IGNORED_IN_TRANSACTION = Pattern.compile(
            "(?is)\\s*PRAGMA\\s+((?:\\w+|\"[^\"]*\"|\\[[^\\]]*\\]|`[^`]*`)\\s*\\.\\s*)?"
                    + "([\"\\[`]?)(foreign_keys|journal_mode)[\"\\]`]?"
                    + "\\s*(?:=\\s*([^;()]*?)|\\(\\s*([^;()]*?)\\s*\\))[\\s;]*");
    /** SQLite's words for a boolean that is on; any other word is off, and a number is on unless 0. */
    private static final Set<String> TRUE_WORDS = Set.of("on", "yes", "true");
    private static final DialectCapabilities CAPABILITIES =
            new DialectCapabilities(true, false, true, false, false, true, false,
                    false, true, true, EnumStorage.CHECK_CONSTRAINT, false, false, false, true, true, true);

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public DialectCapabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    protected boolean isReserved(String lowerCaseWord) {
        return RESERVED.contains(lowerCaseWord) || super.isReserved(lowerCaseWord);
    }

    @Override
    public Optional<SessionSetting> settingIgnoredInTransaction(String sql) {
        Matcher matcher = SETTING_IGNORED_IN_TRANSACTION.matcher(COMMENTS.matcher(sql).replaceAll(" "));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String schema = matcher.group(1) == null ? "" : matcher.group(1).replaceAll("\\s", "");
        String name = matcher.group(3).toLowerCase(Locale.ROOT);
        String written = (matcher.group(4) != null ? matcher.group(4) : matcher.group(5)).strip();
        String value = written.replaceAll("^(['\"])(.*)\\1$", "$2").strip().toLowerCase(Locale.ROOT);
        String wanted = name.equals("journal_mode") ? value : isTrue(value) ? "1" : "0";
        return Optional.of(new SessionSetting("PRAGMA " + name, "PRAGMA " + schema + name, wanted));
    }

    /** As SQLite reads a boolean setting: a number is on unless it is 0; of words, only on, yes and true. */
    private static boolean isTrue(String value) {
        if (value.matches("[+-]?\\d+")) {
            return !value.matches("[+-]?0+");
        }
        return TRUE_WORDS.contains(value);
    }

    @Override
    public LockMethod lockMethod() {
        return LockMethod.FILE_LOCK;
    }
}

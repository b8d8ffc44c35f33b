package dev.retort.dialect;

import java.util.Locale;
import java.util.Map;
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
    /**
     * {@code PRAGMA [schema.]foreign_keys = value} or {@code PRAGMA journal_mode(value)}, after any comments: the
     * settings SQLite does not change while a transaction is open.
     */
    private static final Pattern SETTING_IGNORED_IN_TRANSACTION = Pattern.compile(
            "(?is)(?:\\s|--[^\\n]*(?:\\n|$)|/\\*.*?\\*/)*PRAGMA\\s+"
                    + "((?:\\w+|\"[^\"]*\"|\\[[^\\]]*\\]|`[^`]*`)\\s*\\.\\s*)?"
                    + "(foreign_keys|journal_mode)\\s*(?:=\\s*([^;()]*?)|\\(\\s*([^;()]*?)\\s*\\))\\s*;?\\s*");
    private static final Map<String, String> BOOLEAN_WORDS = Map.of(
            "1", "1", "on", "1", "true", "1", "yes", "1", "0", "0", "off", "0", "false", "0", "no", "0");
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
        Matcher matcher = SETTING_IGNORED_IN_TRANSACTION.matcher(sql);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String schema = matcher.group(1) == null ? "" : matcher.group(1).replaceAll("\\s", "");
        String name = matcher.group(2).toLowerCase(Locale.ROOT);
        String written = (matcher.group(3) != null ? matcher.group(3) : matcher.group(4)).strip();
        String value = written.replaceAll("^(['\"])(.*)\\1$", "$2").toLowerCase(Locale.ROOT);
        String wanted = name.equals("foreign_keys") ? BOOLEAN_WORDS.get(value) : value;
        return wanted == null ? Optional.empty()
                : Optional.of(new SessionSetting("PRAGMA " + name, "PRAGMA " + schema + name, wanted));
    }

    @Override
    public LockMethod lockMethod() {
        return LockMethod.FILE_LOCK;
    }
}

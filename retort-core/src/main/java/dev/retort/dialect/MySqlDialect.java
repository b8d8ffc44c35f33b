package dev.retort.dialect;

import dev.retort.sql.TransactionEffect;
import java.sql.Connection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** MySQL: DDL commits implicitly; identifiers quoted with backticks. */
public class MySqlDialect extends Dialect {
    private static final DialectCapabilities CAPABILITIES =
            new DialectCapabilities(false, true, true, true, true, true, false,
                    true, false, true, EnumStorage.COLUMN_TYPE, true, false, false, false, true, false);

    /** Words MySQL 8 or MariaDB reserves (the MySQL dialect may well be talking to MariaDB). */
    private static final Set<String> RESERVED = Set.of(
            "accessible", "add", "all", "alter", "analyze", "and", "as", "asc", "asensitive", "before",
            "between", "bigint", "binary", "blob", "both", "by", "call", "cascade", "case", "change",
            "char", "character", "check", "collate", "column", "condition", "constraint", "continue",
            "convert", "create", "cross", "cube", "cume_dist", "current_date", "current_role",
            "current_time", "current_timestamp", "current_user", "cursor", "database", "databases",
            "day_hour", "day_microsecond", "day_minute", "day_second", "dec", "decimal", "declare",
            "default", "delayed", "delete", "delete_domain_id", "dense_rank", "desc", "describe",
            "deterministic", "distinct", "distinctrow", "div", "do_domain_ids", "double", "drop", "dual",
            "each", "else", "elseif", "empty", "enclosed", "escaped", "except", "exists", "exit",
            "explain", "false", "fetch", "first_value", "float", "float4", "float8", "for", "force",
            "foreign", "from", "fulltext", "function", "general", "generated", "get", "grant", "group",
            "grouping", "groups", "having", "high_priority", "hour_microsecond", "hour_minute",
            "hour_second", "if", "ignore", "ignore_domain_ids", "ignore_server_ids", "in", "index",
            "infile", "inner", "inout", "insensitive", "insert", "int", "int1", "int2", "int3", "int4",
            "int8", "integer", "intersect", "interval", "into", "io_after_gtids", "io_before_gtids", "is",
            "iterate", "join", "json_table", "key", "keys", "kill", "lag", "last_value", "lateral",
            "lead", "leading", "leave", "left", "like", "limit", "linear", "lines", "load", "localtime",
            "localtimestamp", "lock", "long", "longblob", "longtext", "loop", "low_priority", "manual",
            "master_bind", "master_heartbeat_period", "master_ssl_verify_server_cert", "match",
            "maxvalue", "mediumblob", "mediumint", "mediumtext", "member", "middleint",
            "minute_microsecond", "minute_second", "mod", "modifies", "natural", "no_write_to_binlog",
            "not", "nth_value", "ntile", "null", "numeric", "of", "offset", "on", "optimize",
            "optimizer_costs", "option", "optionally", "or", "order", "out", "outer", "outfile", "over",
            "page_checksum", "parallel", "parse_vcol_expr", "partition", "percent_rank", "position",
            "precision", "primary", "procedure", "purge", "qualify", "range", "rank", "read",
            "read_write", "reads", "real", "recursive", "ref_system_id", "references", "regexp",
            "release", "rename", "repeat", "replace", "require", "resignal", "restrict", "return",
            "returning", "revoke", "right", "rlike", "row", "row_number", "rows", "schema", "schemas",
            "second_microsecond", "select", "sensitive", "separator", "set", "show", "signal", "slow",
            "smallint", "spatial", "specific", "sql", "sql_big_result", "sql_calc_found_rows",
            "sql_small_result", "sqlexception", "sqlstate", "sqlwarning", "ssl", "starting",
            "stats_auto_recalc", "stats_persistent", "stats_sample_pages", "stored", "straight_join",
            "system", "table", "tablesample", "terminated", "then", "tinyblob", "tinyint", "tinytext",
            "to", "trailing", "trigger", "true", "undo", "union", "unique", "unlock", "unsigned",
            "update", "usage", "use", "using", "utc_date", "utc_time", "utc_timestamp", "values",
            "varbinary", "varchar", "varcharacter", "varying", "virtual", "when", "where", "while",
            "window", "with", "write", "xor", "year_month", "zerofill");

    @Override
    public String name() {
        return "mysql";
    }

    @Override
    public DialectCapabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    protected String quoteAlways(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    /** Whether a backslash in a string literal escapes the character after it: not under NO_BACKSLASH_ESCAPES. */
    private boolean backslashEscapes = true;

    @Override
    public String literal(String value) {
        return "'" + (backslashEscapes ? value.replace("\\", "\\\\") : value).replace("'", "''") + "'";
    }

    @Override
    public Dialect forSession(Connection connection) {
        boolean noEscapes = sessionValue(connection, "SELECT @@SESSION.sql_mode")
                .map(mode -> mode.toUpperCase(Locale.ROOT).contains("NO_BACKSLASH_ESCAPES")).orElse(false);
        if (!noEscapes) {
            return this;
        }
        MySqlDialect session = (MySqlDialect) copy();
        session.backslashEscapes = false;
        return session;
    }

    /** Synonyms in MySQL and MariaDB, which MariaDB echoes by the second name: {@code octet_length(name)}. */
    @Override
    public Map<String, String> functionSynonyms() {
        return Map.of("length", "octet_length", "character_length", "char_length", "substring", "substr",
                "lower", "lcase", "upper", "ucase");
    }

    @Override
    public LockMethod lockMethod() {
        return LockMethod.NAMED_LOCK;
    }

    @Override
    public Optional<String> unlockTables() {
        return Optional.of("UNLOCK TABLES");
    }

    /** The character set the driver asks for when it connects. */
    @Override
    public Optional<String> restoreCharacterSet() {
        return Optional.of("SET NAMES utf8mb4");
    }

    /** ER_PARSE_ERROR and ER_SYNTAX_ERROR. */
    @Override
    public boolean changesSessionOnly(String sql) {
        return TransactionEffect.changesSessionOnly(sql);
    }

    @Override
    public boolean isSyntaxError(int errorCode) {
        return errorCode == 1064 || errorCode == 1149;
    }

    @Override
    protected boolean isReserved(String lowerCaseWord) {
        return RESERVED.contains(lowerCaseWord) || super.isReserved(lowerCaseWord);
    }
}

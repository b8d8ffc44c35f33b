package dev.retort.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The query of a {@code sqlite://} URL, made into what the JDBC driver reads: SQLite pragmas (and the driver's own
 * settings) pass on, with statements as long as Python's sqlite3 takes them unless the URL sets that limit, the options of Python's sqlite3 module that an Alembic URL may carry ({@code
 * check_same_thread=false}, {@code timeout=5}) are left out, as they configure a driver retort does not use; any
 * other name is refused. The driver takes a name it does not know as part of the file's name, so a run would
 * migrate another file than the application's.
 */
final class SqliteUrlParameters {
    /** The names sqlite-jdbc reads from a URL's query, as SQLite pragmas or its own settings. */
    private static final Set<String> DRIVER_SETTINGS = Set.of("open_mode", "shared_cache", "enable_load_extension",
            "automatic_index", "cache_size", "cache_spill", "mmap_size", "case_sensitive_like", "count_changes",
            "default_cache_size", "defer_foreign_keys", "empty_result_callback", "encoding", "foreign_keys",
            "full_column_names", "fullsync", "incremental_vacuum", "journal_mode", "journal_size_limit",
            "legacy_alter_table", "legacy_file_format", "locking_mode", "page_size", "max_page_count",
            "read_uncommitted", "recursive_triggers", "reverse_unordered_selects", "secure_delete",
            "short_column_names", "synchronous", "temp_store", "temp_store_directory", "user_version",
            "application_id", "wal_autocheckpoint", "limit_length", "limit_sql_length", "limit_column",
            "limit_expr_depth", "limit_compound_select", "limit_vdbe_op", "limit_function_arg", "limit_attached",
            "limit_like_pattern_length", "limit_variable_number", "limit_trigger_depth", "limit_worker_threads",
            "limit_page_count", "transaction_mode", "date_precision", "date_class", "date_string_format",
            "busy_timeout", "hexkey_mode", "password", "jdbc.explicit_readonly", "jdbc.get_generated_keys");
    /** Options of Python's sqlite3.connect() that SQLAlchemy takes from the URL. */
    private static final Set<String> PYTHON_DRIVER_OPTIONS = Set.of("check_same_thread", "timeout",
            "cached_statements", "detect_types", "isolation_level", "factory");

    /**
     * The longest statement SQLite takes: one million bytes by default in the JDBC driver, a billion in the sqlite3
     * module of Python (so Alembic) and in the sqlite3 shell; a dump's INSERT of a blob is often longer than the
     * former.
     */
    private static final String SQL_LENGTH = "limit_sql_length";
    private static final String SQL_LENGTH_OF_PYTHON = "1000000000";

    private SqliteUrlParameters() {
    }

    /**
     * The query the driver gets ({@code ?a=1&b=2}) for {@code query} as written after the file's path (without
     * its {@code ?}; empty when there is none).
     *
     * @return the refusal's reason when a parameter is neither the driver's nor a Python option
     */
    static Result forDriver(String query) {
        List<String> kept = new ArrayList<>();
        for (String parameter : query.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            String name = parameter.split("=", 2)[0];
            if (DRIVER_SETTINGS.contains(name)) {
                kept.add(parameter);
            } else if (!PYTHON_DRIVER_OPTIONS.contains(name)) {
                return new Result("", Optional.of("parameter '" + name + "' is not one the SQLite driver reads, so it"
                        + " would become part of the file's name; give SQLite pragmas such as foreign_keys=true,"
                        + " journal_mode=wal or busy_timeout=5000 (options of Python's sqlite3 module, such as"
                        + " check_same_thread and timeout, are accepted and left out)"));
            }
        }
        if (kept.stream().noneMatch(parameter -> parameter.startsWith(SQL_LENGTH + "="))) {
            kept.add(SQL_LENGTH + "=" + SQL_LENGTH_OF_PYTHON);
        }
        return new Result("?" + String.join("&", kept), Optional.empty());
    }

    /** The driver's query, or why the URL is refused. */
    record Result(String query, Optional<String> refusal) {}
}

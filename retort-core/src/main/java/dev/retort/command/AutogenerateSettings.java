package dev.retort.command;

import dev.retort.autogenerate.CompareOptions;
import dev.retort.autogenerate.NameFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The configuration keys of autogenerate: {@code compare_type} and {@code compare_server_default}
 * (both true unless set false), and the name filters {@code include_schemas}, {@code exclude_schemas},
 * {@code include_tables}, {@code exclude_tables}, {@code exclude_objects} (lists of globs). Alembic's
 * version table, {@code alembic_version}, is always left out, so that a database Alembic managed is never
 * told to drop it.
 */
final class AutogenerateSettings {
    private static final String ALEMBIC_VERSION_TABLE = "alembic_version";

    private AutogenerateSettings() {}

    static CompareOptions from(Map<String, Object> settings) {
        return from(settings, nameFilter(settings));
    }

    /** The options, with {@code filter} as the name filter (the settings' own, told the default schema, say). */
    static CompareOptions from(Map<String, Object> settings, NameFilter filter) {
        return new CompareOptions(flag(settings, "compare_type"), flag(settings, "compare_server_default"), filter);
    }

    /** The name filters of the settings. */
    static NameFilter nameFilter(Map<String, Object> settings) {
        List<String> excludeTables = new ArrayList<>(list(settings, "exclude_tables"));
        excludeTables.add(ALEMBIC_VERSION_TABLE);
        return new NameFilter(list(settings, "include_schemas"), list(settings, "exclude_schemas"),
                list(settings, "include_tables"), excludeTables, list(settings, "exclude_objects"));
    }

    private static boolean flag(Map<String, Object> settings, String key) {
        Object value = settings.get(key);
        if (value == null) {
            return true;
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        // What a "${VAR}" value becomes; the configuration's reader checked it is one of the two.
        if (value instanceof String text && (text.strip().equalsIgnoreCase("true")
                || text.strip().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(text.strip());
        }
        throw new CommandException("key '" + key + "' must be true or false, not '" + value + "'");
    }

    private static List<String> list(Map<String, Object> settings, String key) {
        Object value = settings.get(key);
        if (value == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        if (value instanceof List<?> items) {
            for (Object item : items) {
                if (!(item instanceof String text)) {
                    throw new CommandException("key '" + key + "' must list names as strings, not '" + item + "'");
                }
                names.add(text);
            }
            return names;
        }
        throw new CommandException("key '" + key + "' must be a list of names such as [\"audit_*\"], not '"
                + value + "'");
    }
}

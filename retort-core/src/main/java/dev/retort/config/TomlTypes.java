package dev.retort.config;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/** Names of TOML types with their article, as error messages use them ("an integer", "a string"). */
final class TomlTypes {

    private TomlTypes() {
    }

    static String describe(Object value) {
        if (value instanceof String) {
            return "a string";
        } else if (value instanceof Long) {
            return "an integer";
        } else if (value instanceof Double) {
            return "a float";
        } else if (value instanceof Boolean) {
            return "a boolean";
        } else if (value instanceof List || value instanceof TomlArray) {
            return "an array";
        } else if (value instanceof Map || value instanceof TomlTable) {
            return "a table";
        } else if (value instanceof OffsetDateTime || value instanceof LocalDateTime) {
            return "a date-time";
        } else if (value instanceof LocalDate) {
            return "a date";
        } else if (value instanceof LocalTime) {
            return "a time";
        }
        return "a " + value.getClass().getSimpleName();
    }
}

package dev.retort.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code -x key=value} arguments of the command line, which reach revisions and the environment
 * hook. As in Alembic, each is split on its first {@code =} and a missing value becomes {@code ""}; a key
 * given twice keeps its last value.
 */
public final class XArguments {

    private XArguments() {
    }

    /** The arguments as an ordered map, in the order their keys were first given. */
    public static Map<String, String> parse(List<String> arguments) {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            int equals = argument.indexOf('=');
            String key = equals < 0 ? argument : argument.substring(0, equals);
            if (key.isEmpty()) {
                // The value is not repeated: it may be a secret.
                throw new ConfigException("-x argument " + (i + 1) + " has no key before '='; write -x key=value");
            }
            parsed.put(key, equals < 0 ? "" : argument.substring(equals + 1));
        }
        return Collections.unmodifiableMap(parsed);
    }
}

package dev.retort.config;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Expands {@code ${VAR}} and {@code ${VAR:-default}} in a string value; <code>$${</code> stands for a
 * literal <code>${</code>. As in a shell, the default applies when the variable is unset or empty, and may itself
 * contain references. Values are inserted as they are, never expanded again. Errors name the variable,
 * never its value.
 */
final class Interpolator {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String DEFAULT_SEPARATOR = ":-";

    private final Variables variables;

    Interpolator(Variables variables) {
        this.variables = Objects.requireNonNull(variables, "variables");
    }

    String expand(String text, SourceLocation where) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("$${", i)) {
                out.append("${");
                i += 3;
            } else if (text.startsWith("${", i)) {
                int close = closingBrace(text, i + 2, where);
                out.append(resolve(text.substring(i + 2, close), where));
                i = close + 1;
            } else {
                out.append(text.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    private String resolve(String reference, SourceLocation where) {
        int separator = reference.indexOf(DEFAULT_SEPARATOR);
        String name = separator < 0 ? reference : reference.substring(0, separator);
        if (!NAME.matcher(name).matches()) {
            throw where.error("key '" + where.key() + "' refers to variable '" + name + "', which is not a"
                    + " valid name; use ${NAME} or ${NAME:-default}, or write $${ for a literal '${'");
        }
        Optional<String> value = variables.lookup(name).filter(v -> !v.isEmpty());
        if (value.isPresent()) {
            return value.get();
        }
        if (separator >= 0) {
            return expand(reference.substring(separator + DEFAULT_SEPARATOR.length()), where);
        }
        if (variables.lookup(name).isPresent()) {
            return "";
        }
        throw where.unsetVariable("key '" + where.key() + "' uses variable '" + name + "', which is not set;"
                + " set it in the environment or in " + DotEnvFile.NAME + " beside the config file,"
                + " or give a default with ${" + name + ":-value}");
    }

    /** The index of the '}' closing a reference whose body starts at {@code from}; nested ones count. */
    private static int closingBrace(String text, int from, SourceLocation where) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            if (text.startsWith("$${", i)) {
                i += 2;
            } else if (text.startsWith("${", i)) {
                depth++;
                i++;
            } else if (text.charAt(i) == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        throw where.error("key '" + where.key() + "' has a '${' without its closing '}';"
                + " close it, or write $${ for a literal '${'");
    }
}

package dev.retort.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code file_template} setting: how a new revision file is named, without its extension. Tokens
 * are written in braces, {@code {rev}_{slug}}; numbers are written as they are, unpadded, as Alembic's
 * {@code %(month)s} does, unless a width is given: {@code {month:02d}} pads to two digits, as Alembic's
 * {@code %(month).2d}. {@code {{} and {@code }}} stand for literal braces; {@code /} makes subfolders.
 */
public final class FileTemplate {

    /** The tokens a file template may use. */
    public static final List<String> TOKENS =
            List.of("rev", "slug", "epoch", "year", "month", "day", "hour", "minute", "second");
    private static final Set<String> NUMERIC = Set.of("epoch", "year", "month", "day", "hour", "minute", "second");

    private final String template;
    private final List<Part> parts;

    /** Parses {@code template}; an unknown token or an unbalanced brace is refused here. */
    public FileTemplate(String template) {
        this.template = Objects.requireNonNull(template, "template");
        this.parts = parse(template);
    }

    public String template() {
        return template;
    }

    /**
     * Fills in the tokens. Every token the template uses must be in {@code tokens}; numbers may be any
     * {@link Number}, other values are written with {@code toString()}.
     */
    public String render(Map<String, ?> tokens) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part.token == null) {
                out.append(part.text);
                continue;
            }
            Object value = tokens.get(part.token);
            if (value == null) {
                throw new IllegalArgumentException("no value for token {" + part.token + "}");
            }
            out.append(format(value, part));
        }
        return out.toString();
    }

    private static String format(Object value, Part part) {
        String text = value.toString();
        if (part.width == 0) {
            return text;
        }
        StringBuilder padded = new StringBuilder();
        boolean negative = text.startsWith("-");
        String digits = negative ? text.substring(1) : text;
        for (int i = text.length(); i < part.width; i++) {
            padded.append(part.zeroPad ? '0' : ' ');
        }
        return part.zeroPad ? (negative ? "-" : "") + padded + digits : padded + text;
    }

    private static List<Part> parse(String template) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < template.length() && template.charAt(i + 1) == c) {
                literal.append(c);
                i += 2;
            } else if (c == '{') {
                int close = template.indexOf('}', i);
                if (close < 0) {
                    throw new ScriptException("file_template '" + template + "' has a '{' without its '}'"
                            + " (write '{{' for a literal brace)");
                }
                parts.add(new Part(literal.toString(), null, false, 0));
                literal.setLength(0);
                parts.add(token(template, template.substring(i + 1, close)));
                i = close + 1;
            } else if (c == '}') {
                throw new ScriptException("file_template '" + template + "' has a '}' without its '{'"
                        + " (write '}}' for a literal brace)");
            } else {
                literal.append(c);
                i++;
            }
        }
        parts.add(new Part(literal.toString(), null, false, 0));
        return List.copyOf(parts);
    }

    private static Part token(String template, String body) {
        int colon = body.indexOf(':');
        String name = colon < 0 ? body : body.substring(0, colon);
        if (!TOKENS.contains(name)) {
            throw new ScriptException("Unknown token {" + name + "} in file_template '" + template
                    + "'; available: " + String.join(", ", TOKENS));
        }
        if (colon < 0) {
            return new Part("", name, false, 0);
        }
        String spec = body.substring(colon + 1);
        if (!NUMERIC.contains(name) || !spec.matches("0?[0-9]{0,2}d?")) {
            throw new ScriptException("Unsupported format '{" + body + "}' in file_template '" + template
                    + "'; numeric tokens take a width such as {month:02d}");
        }
        String width = spec.endsWith("d") ? spec.substring(0, spec.length() - 1) : spec;
        return new Part("", name, width.startsWith("0"), width.isEmpty() ? 0 : Integer.parseInt(width));
    }

    private record Part(String text, String token, boolean zeroPad, int width) {
    }

    @Override
    public String toString() {
        return template;
    }
}

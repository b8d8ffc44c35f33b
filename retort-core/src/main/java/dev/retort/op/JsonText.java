package dev.retort.op;

import dev.retort.schema.ColumnType;
import dev.retort.schema.SchemaDefinitionException;
import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * JSON documents given as Java values for a JSON column, as Alembic takes dicts and lists: a {@link Map}
 * with string keys is an object, a {@link List} an array, and inside them strings, numbers, booleans and
 * null are JSON's own values; an object's members keep the order of a {@code LinkedHashMap} or a sorted map,
 * and any other map's are sorted by key ({@code Map.of}, {@code HashMap}, whose order changes between runs). {@link #write} gives the document's text as Python's {@code json.dumps}
 * spaces it ({@code {"a": [1, 2]}}), escaping in strings what JSON requires (quotes, backslashes, control
 * characters and lone surrogates).
 */
public final class JsonText {

    private JsonText() {
    }

    /** Whether {@code value} is a JSON object or array, which only a JSON column takes. */
    public static boolean isDocument(Object value) {
        return value instanceof Map || value instanceof List;
    }

    /** Whether a column of {@code type} holds JSON: the generic type, or a database's {@code json} or {@code jsonb}. */
    public static boolean holdsJson(ColumnType type) {
        return type instanceof ColumnType.JsonType || type instanceof ColumnType.DialectType dialectType
                && (dialectType.name().equalsIgnoreCase("json") || dialectType.name().equalsIgnoreCase("jsonb"));
    }

    /**
     * An unmodifiable copy of the document, nested maps and lists too; fails, naming {@code subject}, on a
     * key that is not a string, a value JSON has no form for, or a document that contains itself.
     */
    public static Object copy(Object document, String subject) {
        return copy(document, subject, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /** The document as JSON text; it must hold only what {@link #copy} accepts. */
    public static String write(Object document) {
        StringBuilder text = new StringBuilder();
        write(copy(document, "JSON document"), text);
        return text.toString();
    }

    private static Object copy(Object value, String subject, Set<Object> enclosing) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        } else if (value instanceof Number number) {
            return finite(number, subject);
        } else if (!isDocument(value)) {
            throw new SchemaDefinitionException(subject, "a JSON document holds null, strings, numbers, booleans, "
                    + "maps with string keys and lists, not " + value + " of " + value.getClass().getName()
                    + "; write it as a string");
        }
        if (!enclosing.add(value)) {
            throw new SchemaDefinitionException(subject, "the JSON document contains itself");
        }
        Object copied = value instanceof Map<?, ?> map ? copyObject(map, subject, enclosing)
                : copyArray((List<?>) value, subject, enclosing);
        enclosing.remove(value);
        return copied;
    }

    private static Map<String, Object> copyObject(Map<?, ?> map, String subject, Set<Object> enclosing) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, member) -> {
            if (!(key instanceof String name)) {
                throw new SchemaDefinitionException(subject, "the keys of a JSON object are strings, not " + key
                        + (key == null ? "" : " of " + key.getClass().getName()));
            }
            copy.put(name, copy(member, subject, enclosing));
        });
        if (!keepsOrder(map)) {
            Map<String, Object> sorted = new LinkedHashMap<>();
            copy.keySet().stream().sorted().forEach(key -> sorted.put(key, copy.get(key)));
            return new JsonObject(sorted);
        }
        return new JsonObject(copy);
    }

    /**
     * Whether the map's members come in an order of its making ({@code LinkedHashMap}, a sorted map, a copy made
     * here): any other map's may change from one run to the next ({@code Map.of}, {@code HashMap}, a map wrapped
     * in another), so its keys are written sorted and the same revision writes the same text every time.
     */
    private static boolean keepsOrder(Map<?, ?> map) {
        return map instanceof LinkedHashMap || map instanceof SortedMap || map instanceof JsonObject;
    }

    /** A JSON object as copied: its members in the order they are written, unmodifiable. */
    private static final class JsonObject extends AbstractMap<String, Object> {
        private final Map<String, Object> members;

        JsonObject(Map<String, Object> members) {
            this.members = Collections.unmodifiableMap(members);
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return members.entrySet();
        }

        @Override
        public Object get(Object key) {
            return members.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return members.containsKey(key);
        }
    }

    private static List<Object> copyArray(List<?> list, String subject, Set<Object> enclosing) {
        List<Object> copy = new ArrayList<>(list.size());
        list.forEach(element -> copy.add(copy(element, subject, enclosing)));
        return Collections.unmodifiableList(copy);
    }

    private static Number finite(Number number, String subject) {
        if ((number instanceof Double || number instanceof Float)
                && (Double.isNaN(number.doubleValue()) || Double.isInfinite(number.doubleValue()))) {
            throw new SchemaDefinitionException(subject, "JSON has no number " + number);
        }
        return number;
    }

    private static void write(Object value, StringBuilder text) {
        if (value == null) {
            text.append("null");
        } else if (value instanceof String string) {
            string(string, text);
        } else if (value instanceof BigDecimal decimal) {
            text.append(decimal.toString());
        } else if (value instanceof Boolean || value instanceof Number) {
            text.append(value);
        } else if (value instanceof Map<?, ?> map) {
            text.append('{');
            String separator = "";
            for (Map.Entry<?, ?> member : map.entrySet()) {
                text.append(separator);
                string((String) member.getKey(), text);
                text.append(": ");
                write(member.getValue(), text);
                separator = ", ";
            }
            text.append('}');
        } else {
            text.append('[');
            String separator = "";
            for (Object element : (List<?>) value) {
                text.append(separator);
                write(element, text);
                separator = ", ";
            }
            text.append(']');
        }
    }

    private static void string(String string, StringBuilder text) {
        text.append('"');
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                case '\b' -> text.append("\\b");
                case '\f' -> text.append("\\f");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c) && !pairedSurrogate(string, i)) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        text.append('"');
    }

    /** Whether the surrogate at {@code index} is half of a pair, which UTF-8 can encode. */
    private static boolean pairedSurrogate(String string, int index) {
        char c = string.charAt(index);
        return Character.isHighSurrogate(c) ? index + 1 < string.length()
                && Character.isLowSurrogate(string.charAt(index + 1))
                : index > 0 && Character.isHighSurrogate(string.charAt(index - 1));
    }
}

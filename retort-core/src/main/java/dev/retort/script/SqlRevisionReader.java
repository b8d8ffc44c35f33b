package dev.retort.script;

import dev.retort.revision.Revision;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a SQL revision: the leading comment block (message lines, then {@code Revision ID:},
 * {@code Revises:}, {@code Branch labels:}, {@code Depends on:}, {@code Create Date:}), then the
 * {@code -- retort:upgrade} and {@code -- retort:downgrade} markers and what follows each.
 */
final class SqlRevisionReader {

    // A marker line may be indented.
    private static final Pattern MARKER = Pattern.compile("[ \\t]*--\\s*retort:(\\S*)(.*)");
    private static final Pattern MARKER_IN_ANY_CASE =
            Pattern.compile("(?i)[ \\t]*--\\s*retort:(upgrade|downgrade)\\b.*");
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final List<String> KEYS =
            List.of("Revision ID", "Revises", "Branch labels", "Depends on", "Create Date");

    /** What was read, with the line of the id for later messages (duplicate ids). */
    record Result(RevisionScript script, SqlRevisionBody body, int idLine) {
    }

    /** A header line {@code Key: value}, with its line number. */
    private record Field(String value, int line) {
    }

    private final Path path;
    private final String[] lines;
    /** The line break after each line as the file has it ({@code \r\n} or {@code \n}); none after the last. */
    private final String[] breaks;

    private SqlRevisionReader(Path path, String text) {
        this.path = path;
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lineTexts = new ArrayList<>();
        List<String> lineBreaks = new ArrayList<>();
        Matcher lineBreak = LINE_BREAK.matcher(content);
        int start = 0;
        while (lineBreak.find()) {
            lineTexts.add(content.substring(start, lineBreak.start()));
            // A lone carriage return becomes a line feed: MySQL and SQLite end a '--' comment at a line feed only.
            lineBreaks.add(lineBreak.group().equals("\r") ? "\n" : lineBreak.group());
            start = lineBreak.end();
        }
        lineTexts.add(content.substring(start));
        lineBreaks.add("");
        this.lines = lineTexts.toArray(String[]::new);
        this.breaks = lineBreaks.toArray(String[]::new);
    }

    static Result read(Path path, String text) {
        return new SqlRevisionReader(path, text).read();
    }

    private Result read() {
        int start = 0;
        while (start < lines.length && lines[start].isBlank()) {
            start++;
        }
        int end = start;
        while (end < lines.length && lines[end].startsWith("--") && !isMarker(lines[end])) {
            end++;
        }
        if (start == end) {
            throw broken("no header comment: a SQL revision starts with comment lines holding its message"
                    + " and '-- Revision ID: ...'", Math.min(start, lines.length - 1) + 1);
        }
        int idIndex = idLineIndex(start, end);
        Map<String, Field> fields = fields(idIndex, end);
        Revision revision = revision(fields);
        // The docstring is rebuilt from the metadata, as for Java revisions, not taken from the header as written.
        RevisionScript script = new RevisionScript(revision, content(start, idIndex).stripTrailing(),
                value(fields, "Create Date"), path, RevisionFormat.SQL);
        return new Result(script, body(end), idIndex + 1);
    }

    /**
     * The line of {@code Revision ID:}: looked for after the header's last empty comment line, which separates
     * the message from the fields as retort writes them (so that a message line reading {@code Revision ID: x}
     * stays message), or in the whole header when no field follows that line.
     */
    private int idLineIndex(int start, int end) {
        int fieldsStart = start;
        for (int i = start; i < end; i++) {
            if (stripCommentMark(lines[i]).isBlank()) {
                fieldsStart = i + 1;
            }
        }
        int found = idLineIndex(fieldsStart, end, true);
        return found >= 0 ? found : idLineIndex(start, end, false);
    }

    private int idLineIndex(int start, int end, boolean mayBeMissing) {
        int found = -1;
        for (int i = start; i < end; i++) {
            if (key(stripCommentMark(lines[i])).equalsIgnoreCase("Revision ID")) {
                if (found >= 0) {
                    throw broken("the header gives 'Revision ID:' twice (first on line " + (found + 1) + ")", i + 1);
                }
                found = i;
            }
        }
        if (found < 0 && !mayBeMissing) {
            throw broken("the header comment has no '-- Revision ID: ...' line" + laterIdLine(end), start + 1);
        }
        return found;
    }

    /** A marker line, also one whose case is wrong (which the body refuses). */
    private static boolean isMarker(String line) {
        return MARKER.matcher(line).matches() || MARKER_IN_ANY_CASE.matcher(line).matches();
    }

    /** Where a '-- Revision ID:' line after the header's end is: the header stops at its first non-comment line. */
    private String laterIdLine(int end) {
        for (int i = end; i < lines.length && !isMarker(lines[i]); i++) {
            if (lines[i].startsWith("--") && key(stripCommentMark(lines[i])).equalsIgnoreCase("Revision ID")) {
                return "; the header ends at line " + (end + 1) + ", which is not a comment, so line " + (i + 1)
                        + " is not part of it: delete the lines between";
            }
        }
        return "";
    }

    private Map<String, Field> fields(int from, int end) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (int i = from; i < end; i++) {
            String content = stripCommentMark(lines[i]);
            if (content.isBlank()) {
                continue;
            }
            String key = canonicalKey(key(content));
            if (key == null) {
                throw broken("unrecognised header line '" + lines[i] + "'; after '-- Revision ID:' the header"
                        + " holds only " + String.join(", ", KEYS.subList(1, KEYS.size()))
                        + " lines (separate other comments from the header with a blank line)", i + 1);
            }
            if (fields.containsKey(key)) {
                throw broken("the header gives '" + key + ":' twice (first on line "
                        + fields.get(key).line() + ")", i + 1);
            }
            fields.put(key, new Field(content.substring(content.indexOf(':') + 1).strip(), i + 1));
        }
        return fields;
    }

    private Revision revision(Map<String, Field> fields) {
        Field id = fields.get("Revision ID");
        if (id.value().isEmpty()) {
            throw broken("'-- Revision ID:' is empty", id.line());
        }
        try {
            RevisionIds.validate(id.value());
        } catch (InvalidRevisionIdException e) {
            throw broken(e.getMessage(), id.line());
        }
        if (!fields.containsKey("Revises")) {
            throw broken("the header has no '-- Revises:' line; name the parent revisions there, or leave it"
                    + " empty ('-- Revises:') for a base revision", id.line());
        }
        return new Revision(id.value(), list(fields, "Revises"), list(fields, "Branch labels"),
                list(fields, "Depends on"));
    }

    private List<String> list(Map<String, Field> fields, String key) {
        Field field = fields.get(key);
        if (field == null || field.value().isEmpty()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (String entry : field.value().split(",", -1)) {
            String value = entry.strip();
            if (value.isEmpty()) {
                throw broken("'" + key + ":' has an empty entry (entries are separated by commas)", field.line());
            }
            if (values.contains(value)) {
                throw broken("'" + key + ":' lists '" + value + "' twice", field.line());
            }
            values.add(value);
        }
        return values;
    }

    private SqlRevisionBody body(int from) {
        List<Marker> markers = new ArrayList<>();
        int stray = -1;
        for (int i = from; i < lines.length; i++) {
            Matcher marker = MARKER.matcher(lines[i]);
            boolean markerWord = MARKER_IN_ANY_CASE.matcher(lines[i]).matches();
            if (marker.matches() && (!markerWord || marker.group(1).matches("upgrade|downgrade"))) {
                markers.add(marker(marker, i));
            } else if (markerWord) {
                throw broken("markers are written in lower case: '-- retort:upgrade' and '-- retort:downgrade'",
                        i + 1);
            } else if (markers.isEmpty() && stray < 0 && !lines[i].isBlank() && !lines[i].startsWith("--")) {
                stray = i;
            }
        }
        requireOrder(markers);
        if (markers.isEmpty()) {
            throw broken("no '-- retort:upgrade' marker line; the upgrade statements follow it", 0);
        }
        if (markers.size() == 1) {
            throw broken("no '-- retort:downgrade' marker line; add one after the upgrade statements,"
                    + " even if nothing follows it", 0);
        }
        if (stray >= 0) {
            throw broken("SQL before the '-- retort:upgrade' marker would never run; move it below the marker",
                    stray + 1);
        }
        Marker downgrade = markers.get(1);
        return new SqlRevisionBody(section(markers.get(0), downgrade.index()), section(downgrade, lines.length));
    }

    private Marker marker(Matcher marker, int index) {
        String name = marker.group(1);
        if (!name.equals("upgrade") && !name.equals("downgrade")) {
            throw broken("unknown marker 'retort:" + name + "'; the markers are '-- retort:upgrade' and"
                    + " '-- retort:downgrade'", index + 1);
        }
        return new Marker(name, index, options(marker.group(2), index));
    }

    // Upgrade first, then downgrade, each once.
    private void requireOrder(List<Marker> markers) {
        for (int i = 0; i < markers.size(); i++) {
            Marker marker = markers.get(i);
            for (Marker earlier : markers.subList(0, i)) {
                if (earlier.name().equals(marker.name())) {
                    throw broken("second '-- retort:" + marker.name() + "' marker (the first is on line "
                            + (earlier.index() + 1) + ")", marker.index() + 1);
                }
            }
            if (i == 0 && marker.name().equals("downgrade")) {
                boolean upgradeLater = markers.stream().anyMatch(other -> other.name().equals("upgrade"));
                throw broken(upgradeLater ? "'-- retort:downgrade' comes before '-- retort:upgrade'"
                        : "no '-- retort:upgrade' marker line before the downgrade's; the upgrade statements follow"
                                + " it", marker.index() + 1);
            }
        }
    }

    private record Marker(String name, int index, Map<String, String> options) {
    }

    /** The statements after {@code marker}, their line breaks kept: inside a string they are data. */
    private SqlSection section(Marker marker, int endIndex) {
        StringBuilder text = new StringBuilder();
        for (int i = marker.index() + 1; i < endIndex; i++) {
            text.append(lines[i]);
            if (i + 1 < endIndex) {
                text.append(breaks[i]);
            }
        }
        return new SqlSection(text.toString(), marker.options(), marker.index() + 2);
    }

    private Map<String, String> options(String text, int index) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String option : text.strip().split("\\s+")) {
            if (option.isEmpty()) {
                continue;
            }
            int equals = option.indexOf('=');
            String key = equals < 0 ? option : option.substring(0, equals);
            String value = equals < 0 ? "" : option.substring(equals + 1);
            List<String> allowed = SqlSection.KNOWN_OPTIONS.get(key);
            if (allowed == null || !allowed.contains(value)) {
                throw broken("unknown marker option '" + option + "'; markers accept "
                        + "transaction=true or transaction=false", index + 1);
            }
            if (options.put(key, value) != null) {
                throw broken("marker option '" + key + "' is given twice", index + 1);
            }
        }
        return options;
    }

    private String content(int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            text.append(stripCommentMark(lines[i]));
            if (i + 1 < to) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static String value(Map<String, Field> fields, String key) {
        Field field = fields.get(key);
        return field == null ? "" : field.value();
    }

    private static String stripCommentMark(String line) {
        String content = line.substring(2);
        return content.startsWith(" ") ? content.substring(1) : content;
    }

    private static String key(String content) {
        int colon = content.indexOf(':');
        return colon < 0 ? "" : content.substring(0, colon).strip();
    }

    private static String canonicalKey(String key) {
        for (String known : KEYS) {
            if (known.equalsIgnoreCase(key)) {
                return known;
            }
        }
        return null;
    }

    private BrokenRevisionFileException broken(String reason, int line) {
        return new BrokenRevisionFileException(path, reason, line);
    }
}

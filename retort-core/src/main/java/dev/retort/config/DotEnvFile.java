package dev.retort.config;

import io.github.cdimascio.dotenv.DotenvEntry;
import io.github.cdimascio.dotenv.DotenvException;
import io.github.cdimascio.dotenv.internal.DotenvParser;
import io.github.cdimascio.dotenv.internal.DotenvReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The variables a {@code .env} file declares, without the process environment mixed in. */
final class DotEnvFile {
    static final String NAME = ".env";
    private static final Pattern EXPORT = Pattern.compile("^(\\s*)export[ \\t]+(?=[\\w.\\-]+\\s*=)");

    private DotEnvFile() {
    }

    /** The entries of {@code folder/.env}; none when the file does not exist. */
    static Map<String, String> read(Path folder) {
        Path file = folder.resolve(NAME);
        // A named pipe is read too, as a secret manager may hand the file over as one; it is read once.
        if (!Files.exists(file) || Files.isDirectory(file)) {
            return Map.of();
        }
        List<String> lines = lines(file);
        int unclosed = unclosedQuoteLine(lines);
        if (unclosed > 0) {
            throw new ConfigException(file + ", line " + unclosed + ": the value's opening quote is never closed;"
                    + " close it (a value in double quotes may run over several lines)", file, unclosed, null, null);
        }
        List<String> entryLines = withoutExport(lines);
        try {
            Map<String, String> entries = new HashMap<>();
            for (DotenvEntry entry : entries(file, entryLines)) {
                entries.put(entry.getKey(), unquoted(entry.getValue()));
            }
            entries.putAll(valuesHoldingAHash(entryLines));
            return Map.copyOf(entries);
        } catch (DotenvException e) {
            throw malformed(file, entryLines, e);
        }
    }

    /**
     * The library's entries of {@code lines}, the file's lines without their {@code export}: its parser reads
     * what its reader gives, and this reader gives those lines instead of reading the file again.
     */
    private static List<DotenvEntry> entries(Path file, List<String> lines) {
        DotenvReader reader = new DotenvReader(file.getParent().toString(), NAME) {
            @Override
            public List<String> read() {
                return lines;
            }
        };
        return new DotenvParser(reader, true, true).parse();
    }

    /**
     * The lines with the {@code export } that shells need before {@code KEY=VALUE} taken off, as python-dotenv
     * reads them; a line inside a value in double quotes is left as it is.
     */
    private static List<String> withoutExport(List<String> lines) {
        List<String> result = new ArrayList<>(lines.size());
        boolean inQuotedValue = false;
        for (String line : lines) {
            if (inQuotedValue) {
                inQuotedValue = closingQuote(line, 0, '"') < 0;
                result.add(line);
                continue;
            }
            String entry = EXPORT.matcher(line).replaceFirst("$1");
            int equals = entry.indexOf('=');
            String value = equals < 0 || entry.strip().startsWith("#") ? "" : entry.substring(equals + 1).strip();
            inQuotedValue = value.startsWith("\"") && closingQuote(value, 1, '"') < 0;
            result.add(entry);
        }
        return result;
    }

    /** Whether {@code problem} is one of a {@code .env} file's. */
    static boolean isAbout(ConfigException problem) {
        return problem.file().map(file -> file.getFileName().toString().equals(NAME)).orElse(false);
    }

    /** The file's lines, as UTF-8, without the byte order mark an editor may put first. */
    private static List<String> lines(Path file) {
        List<String> lines;
        try {
            lines = new ArrayList<>(Files.readAllLines(file));
        } catch (IOException e) {
            String reason = e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof CharacterCodingException ? "not UTF-8 text" : String.valueOf(e.getMessage());
            throw new ConfigException(file + ": cannot be read (" + reason + ")", file, 0, null, e);
        }
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
            lines.set(0, lines.get(0).substring(1));
        }
        return lines;
    }

    /** A value in single quotes, as shells and most {@code .env} readers take it (the library strips double ones). */
    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("'") && value.endsWith("'")
                ? value.substring(1, value.length() - 1) : value;
    }

    /**
     * The line of a value whose opening quote is never closed, or 0. The library would take such a double-quoted
     * value to run to the end of the file, dropping every variable after it without a word, and a single quote
     * as part of the value.
     */
    private static int unclosedQuoteLine(List<String> lines) {
        int opened = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (opened > 0) {
                opened = closingQuote(line, 0, '"') >= 0 ? 0 : opened;
                continue;
            }
            int equals = line.indexOf('=');
            if (line.startsWith("#") || equals < 0) {
                continue;
            }
            String value = line.substring(equals + 1).strip();
            // A comment may follow the closing quote: VALUE="x" # note.
            if (value.startsWith("'") && closingQuote(value, 1, '\'') < 0) {
                return i + 1;
            }
            if (value.startsWith("\"") && closingQuote(value, 1, '"') < 0) {
                opened = i + 1;
            }
        }
        return opened;
    }

    /**
     * The unquoted values that hold a {@code #} with no space before it ({@code PASSWORD=pa#ss}), which the
     * library cuts there; as python-dotenv and shells read them, such a {@code #} is part of the value and only
     * one after a space starts a comment.
     */
    private static Map<String, String> valuesHoldingAHash(List<String> lines) {
        Map<String, String> values = new HashMap<>();
        boolean inQuotedValue = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (inQuotedValue) {
                inQuotedValue = closingQuote(line, 0, '"') < 0;
                continue;
            }
            int equals = line.indexOf('=');
            if (line.startsWith("#") || equals < 0) {
                continue;
            }
            String value = line.substring(equals + 1).strip();
            String key = line.substring(0, equals).strip();
            if (value.startsWith("\"")) {
                inQuotedValue = closingQuote(value, 1, '"') < 0;
                values.remove(key);
            } else if (!value.startsWith("'") && value.indexOf('#') >= 0) {
                values.put(key, value.split("\\s#", 2)[0].strip());
            } else {
                values.remove(key); // a later line of the key wins, as the library has it
            }
        }
        return values;
    }

    /** Where {@code quote} next stands in {@code text} from {@code from}, not escaped by a backslash; or -1. */
    private static int closingQuote(String text, int from, char quote) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == quote) {
                return i;
            }
        }
        return -1;
    }

    // The library's message repeats the offending line, which may hold a secret: report its number instead.
    private static ConfigException malformed(Path file, List<String> lines, DotenvException e) {
        String prefix = "Malformed entry ";
        String message = String.valueOf(e.getMessage());
        int line = message.startsWith(prefix) ? lineOf(lines, message.substring(prefix.length())) : 0;
        String where = line > 0 ? file + ", line " + line : file.toString();
        return new ConfigException(where + ": not a KEY=VALUE line; fix or remove it", file, line, null, null);
    }

    // The line number is a courtesy; the error stands without it.
    private static int lineOf(List<String> lines, String entry) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(entry.strip())) {
                return i + 1;
            }
        }
        return 0;
    }
}

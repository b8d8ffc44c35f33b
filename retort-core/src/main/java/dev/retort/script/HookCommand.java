package dev.retort.script;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A post-write hook: a command run on each new revision file, e.g. a formatter.
 *
 * @param name the hook's name, shown in progress lines and errors
 * @param executable the program, found on the {@code PATH} unless it is a path
 * @param options its arguments; {@value PostWriteHooks#REVISION_SCRIPT_FILENAME} in any of them is
 *     replaced by the file's path, and when none holds it the path is passed first
 * @param cwd the folder to run in; the current one when empty
 */
public record HookCommand(String name, String executable, List<String> options, Optional<Path> cwd) {

    public HookCommand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(executable, "executable");
        options = List.copyOf(options);
        Objects.requireNonNull(cwd, "cwd");
        if (executable.isBlank()) {
            throw new ScriptException("Post write hook '" + name + "' has no executable");
        }
    }

    /**
     * Splits an {@code options} string as a POSIX shell would (as Alembic does with {@code shlex}):
     * on unquoted blanks, with single quotes, double quotes and backslashes quoting.
     */
    public static List<String> splitOptions(String options) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < options.length(); i++) {
            char c = options.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\\' && i + 1 < options.length() && (quote == 0 || "\"\\$`".indexOf(options.charAt(i + 1)) >= 0)) {
                word.append(options.charAt(++i));
                inWord = true;
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new ScriptException("Unclosed " + quote + " quote in post write hook options: " + options);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}

package dev.retort.script;

import java.nio.file.Path;
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
        return ShellWords.split(options);
    }
}

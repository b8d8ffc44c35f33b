package dev.retort.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A command run on each new revision file, such as a formatter, declared in the config as
 * <pre>
 * [[retort.post_write_hooks]]
 * name = "format"
 * type = "exec"
 * executable = "google-java-format"
 * options = "--replace REVISION_SCRIPT_FILENAME"
 * </pre>
 * Type {@code exec} runs {@code executable}, which it requires. Type {@code console} runs a command
 * looked up on the search path: {@code executable} when given (Alembic's {@code entrypoint} is accepted
 * as another name for it), else the hook's name; see {@link #command()}.
 *
 * <p>{@code options} are split as a shell would split them; as in Alembic, the
 * {@value #REVISION_SCRIPT_FILENAME} placeholder stands for the new file and is put first when no option
 * mentions it. A relative {@code cwd} is relative to the config file's folder.
 */
public record PostWriteHook(String name, String type, Optional<String> executable, List<String> options,
        Optional<Path> cwd) {

    /** The placeholder for the path of the revision file in {@link #options()}. */
    public static final String REVISION_SCRIPT_FILENAME = "REVISION_SCRIPT_FILENAME";
    /** Runs {@link #executable()} with the options. */
    public static final String EXEC = "exec";
    /** Runs a command found on the search path. */
    public static final String CONSOLE = "console";

    public PostWriteHook {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(executable, "executable");
        Objects.requireNonNull(cwd, "cwd");
        options = withPlaceholder(options);
        if (!type.equals(EXEC) && !type.equals(CONSOLE)) {
            throw new IllegalArgumentException("type must be 'exec' or 'console', not '" + type + "'");
        }
        if (type.equals(EXEC) && executable.isEmpty()) {
            throw new IllegalArgumentException("an 'exec' hook needs an executable");
        }
    }

    /** The program to run: the executable, or for a {@code console} hook without one, its name. */
    public String command() {
        return executable.orElse(name);
    }

    private static List<String> withPlaceholder(List<String> options) {
        if (options.stream().anyMatch(option -> option.contains(REVISION_SCRIPT_FILENAME))) {
            return List.copyOf(options);
        }
        List<String> prepended = new ArrayList<>(options.size() + 1);
        prepended.add(REVISION_SCRIPT_FILENAME);
        prepended.addAll(options);
        return List.copyOf(prepended);
    }
}

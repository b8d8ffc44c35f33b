package dev.retort.script;

import java.util.List;
import java.util.OptionalInt;

/** A post-write hook could not be started or exited with a non-zero status. */
public class PostWriteHookException extends ScriptException {
    private static final long serialVersionUID = 1L;

    private final String hookName;
    private final transient List<String> command;
    private final Integer exitStatus;
    private final String stderr;

    public PostWriteHookException(String message, String hookName, List<String> command, OptionalInt exitStatus,
            String stderr) {
        super(message);
        this.hookName = hookName;
        this.command = List.copyOf(command);
        this.exitStatus = exitStatus.isPresent() ? exitStatus.getAsInt() : null;
        this.stderr = stderr;
    }

    public String hookName() {
        return hookName;
    }

    public List<String> command() {
        return command;
    }

    /** The exit status, or empty when the hook could not be started. */
    public OptionalInt exitStatus() {
        return exitStatus == null ? OptionalInt.empty() : OptionalInt.of(exitStatus);
    }

    /** What the hook wrote to its standard error ({@code ""} when it did not run). */
    public String stderr() {
        return stderr;
    }
}

package dev.retort.script;

import java.util.List;
import java.util.Objects;

/**
 * A post-write hook that ran successfully: its name, the command line it ran, and what it printed (the
 * core prints nothing; a front end may show it).
 */
public record HookRun(String name, List<String> command, String stdout, String stderr) {

    public HookRun {
        Objects.requireNonNull(name, "name");
        command = List.copyOf(command);
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
    }
}

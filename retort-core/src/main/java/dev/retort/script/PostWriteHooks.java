package dev.retort.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Runs post-write hooks on a new revision file, one after the other, as Alembic's {@code exec} hooks
 * run: the executable with its options, {@value #REVISION_SCRIPT_FILENAME} replaced by the file's path.
 * The first hook that cannot start or exits with a non-zero status stops the run with a {@link
 * PostWriteHookException}.
 */
public final class PostWriteHooks {

    /** The token replaced by the revision file's path in a hook's options. */
    public static final String REVISION_SCRIPT_FILENAME = "REVISION_SCRIPT_FILENAME";

    /** Runs {@code hooks} in order on {@code file}; returns what ran. */
    public List<HookRun> run(List<HookCommand> hooks, Path file) {
        List<HookRun> runs = new ArrayList<>();
        for (HookCommand hook : hooks) {
            runs.add(run(hook, file));
        }
        return runs;
    }

    /** The command line {@code hook} runs for {@code file}. */
    public static List<String> commandLine(HookCommand hook, Path file) {
        String path = file.toAbsolutePath().toString();
        List<String> command = new ArrayList<>();
        command.add(hook.executable());
        if (hook.options().stream().noneMatch(option -> option.contains(REVISION_SCRIPT_FILENAME))) {
            command.add(path);
        }
        hook.options().forEach(option -> command.add(option.replace(REVISION_SCRIPT_FILENAME, path)));
        return command;
    }

    private HookRun run(HookCommand hook, Path file) {
        List<String> command = commandLine(hook, file);
        Process process = start(hook, command);
        try {
            process.getOutputStream().close();
            CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            String stderr = read(process.getErrorStream());
            int status = process.waitFor();
            String out = stdout.join();
            if (status != 0) {
                throw new PostWriteHookException("Post write hook '" + hook.name() + "' failed with exit status "
                        + status + (stderr.isBlank() ? "" : ":\n" + stderr.stripTrailing()), hook.name(), command,
                        OptionalInt.of(status), stderr);
            }
            return new HookRun(hook.name(), command, out, stderr);
        } catch (IOException | CompletionException e) {
            throw new ScriptException("Cannot read the output of post write hook '" + hook.name() + "': " + e, e);
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new PostWriteHookException("Interrupted while post write hook '" + hook.name() + "' ran",
                    hook.name(), command, OptionalInt.empty(), "");
        }
    }

    private static Process start(HookCommand hook, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command);
        hook.cwd().ifPresent(cwd -> builder.directory(cwd.toFile()));
        try {
            return builder.start();
        } catch (IOException e) {
            throw new PostWriteHookException("Post write hook '" + hook.name() + "' could not run "
                    + hook.executable() + ": " + e.getMessage() + " (check its executable"
                    + hook.cwd().map(cwd -> " and cwd " + cwd).orElse("") + ")",
                    hook.name(), command, OptionalInt.empty(), "");
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), Charset.defaultCharset());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

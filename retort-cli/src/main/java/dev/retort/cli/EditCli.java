package dev.retort.cli;

import dev.retort.command.CommandException;
import dev.retort.command.GraphCommands;
import dev.retort.command.HistoryRange;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "edit",
        description = "Open a revision file in $EDITOR (or $VISUAL, or a common editor); each in turn where the"
                + " revision names several (heads).")
final class EditCli implements Runnable {
    @Mixin
    HelpOption help;

    private static final List<String> COMMON_EDITORS = List.of("sensible-editor", "editor", "nano", "vim", "vi", "code");

    @ParentCommand
    RetortCommand root;

    @Parameters(paramLabel = "REV", converter = RevisionArgument.class,
            description = "Revision id, prefix, label or symbol; 'current' reads the database.")
    String revision;

    @Override
    public void run() {
        // As Alembic, 'current' reads the database: the revisions its version table holds.
        List<Path> files = revision.equals(HistoryRange.CURRENT) ? Migrations.of(root).currentFilesToEdit()
                : GraphCommands.filesToEdit(root.catalog(), revision);
        List<String> editor = editorCommand(System.getenv());
        for (Path file : files) {
            List<String> command = new ArrayList<>(editor);
            command.add(file.toString());
            open(command);
        }
    }

    private static void open(List<String> command) {
        try {
            int status = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (status != 0) {
                throw new CommandException("Editor '" + command.get(0) + "' exited with status " + status);
            }
        } catch (IOException e) {
            throw new CommandException("Error executing editor (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandException("Interrupted while waiting for the editor");
        }
    }

    /** {@code $EDITOR} or {@code $VISUAL} (which may carry arguments), else the first common editor on the PATH. */
    static List<String> editorCommand(Map<String, String> environment) {
        for (String variable : List.of("EDITOR", "VISUAL")) {
            String value = environment.getOrDefault(variable, "").strip();
            if (!value.isEmpty()) {
                return List.of(value.split("\\s+"));
            }
        }
        return COMMON_EDITORS.stream()
                .map(name -> onPath(name, environment.getOrDefault("PATH", "")))
                .flatMap(Optional::stream)
                .findFirst()
                .map(List::of)
                .orElseThrow(() -> new CommandException(
                        "No suitable editor found. Please set the \"EDITOR\" or \"VISUAL\" environment variables"));
    }

    private static Optional<String> onPath(String name, String path) {
        for (String directory : path.split(File.pathSeparator)) {
            Path candidate = Path.of(directory.isEmpty() ? "." : directory, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }
}

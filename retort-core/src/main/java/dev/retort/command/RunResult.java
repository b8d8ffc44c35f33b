package dev.retort.command;

import dev.retort.revision.VersionStep;
import java.util.List;

/**
 * What a migrating command did: the steps in order and the version rows before and after. For
 * {@code --sql} runs the rows are the ones the script assumes and leaves.
 */
public record RunResult(List<VersionStep> steps, List<String> rowsBefore, List<String> rowsAfter) {

    public RunResult {
        steps = List.copyOf(steps);
        rowsBefore = List.copyOf(rowsBefore);
        rowsAfter = List.copyOf(rowsAfter);
    }
}

package dev.retort.script;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Loading a script directory found revision files it cannot read. Every broken file is listed, so
 * that they can all be fixed before trying again; nothing was loaded.
 */
public class BrokenRevisionFilesException extends ScriptException {
    private static final long serialVersionUID = 1L;

    private final transient List<RevisionFileProblem> problems;

    public BrokenRevisionFilesException(List<RevisionFileProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    public List<RevisionFileProblem> problems() {
        return problems;
    }

    private static String message(List<RevisionFileProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems to report");
        }
        String heading = problems.size() == 1
                ? "1 revision file cannot be read:"
                : problems.size() + " revision files cannot be read:";
        return problems.stream()
                .map(problem -> "  " + problem)
                .collect(Collectors.joining("\n", heading + "\n", "\nFix or remove "
                        + (problems.size() == 1 ? "it" : "them") + "; no revision was loaded."));
    }
}

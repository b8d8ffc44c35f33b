package dev.retort.script;

import java.nio.file.Path;

/** One revision file cannot be read; the message is {@code path:line: reason}. */
public class BrokenRevisionFileException extends ScriptException {
    private static final long serialVersionUID = 1L;

    private final transient RevisionFileProblem problem;

    public BrokenRevisionFileException(Path path, String reason, int line) {
        this(new RevisionFileProblem(path, line, reason));
    }

    public BrokenRevisionFileException(RevisionFileProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public RevisionFileProblem problem() {
        return problem;
    }

    public Path path() {
        return problem.path();
    }

    public String reason() {
        return problem.reason();
    }

    /** The line of the problem, or {@code 0} when it concerns the whole file. */
    public int line() {
        return problem.line();
    }
}
